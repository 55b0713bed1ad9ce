// REST call of the library import: the BPMN file goes to the server, which creates the process and reports.
import type { Role } from '@prozesswerk/protocol';
import { ProblemError } from '../library/http.ts';
import type { ImportReport } from './report.ts';

export type ImportedProcess = { id: string; title: string; orgId: string; role: Role; report: ImportReport };

export async function importProcessFile(orgId: string, file: File): Promise<ImportedProcess> {
  const query = new URLSearchParams({ fileName: file.name });
  let response: Response;
  try {
    response = await fetch(`/api/orgs/${encodeURIComponent(orgId)}/processes/import?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: file,
    });
  } catch (error) {
    throw new ProblemError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const body = (await response.json().catch((error: unknown) => {
      console.warn('The import failed without problem details', error);
      return {};
    })) as { code?: unknown; detail?: unknown };
    const code = typeof body.code === 'string' ? body.code : `http-${response.status}`;
    throw new ProblemError(response.status, code, typeof body.detail === 'string' ? body.detail : '');
  }
  return (await response.json()) as ImportedProcess;
}
