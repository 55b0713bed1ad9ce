// REST call of the library import: the BPMN file goes to the server, which creates the process and reports.
import type { Role } from '@prozesswerk/protocol';
import { request } from '../shared/http.ts';
import type { ImportReport } from './report.ts';

export type ImportedProcess = { id: string; title: string; orgId: string; role: Role; report: ImportReport };

/** `part` picks one diagram or process of a file with several (an id from the report's `parts`). */
export function importProcessFile(orgId: string, file: File, part?: string): Promise<ImportedProcess> {
  const query = new URLSearchParams({ fileName: file.name, ...(part === undefined ? {} : { part }) });
  return request<ImportedProcess>(`/api/orgs/${encodeURIComponent(orgId)}/processes/import?${query}`, {
    method: 'POST',
    body: file,
    contentType: 'application/xml',
  });
}
