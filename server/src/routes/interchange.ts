// /api/orgs/:orgId/processes/import: a BPMN 2.0 file becomes a new process of the municipality, with a report.
import { operations as api } from '@prozesswerk/contract';
import { BpmnImportError } from '@prozesswerk/bpmn/errors';
import { requireOrgRole } from '../auth/guards.ts';
import { roleInOrg } from '../auth/principal.ts';
import { badRequest, DomainError, tooManyRequests } from '../errors.ts';
import { ImportBusy, ImportTimeout, type ImportPool } from '../interchange/import-pool.ts';
import type { PreparedImport } from '../interchange/import-protocol.ts';
import { newRecordId } from '../ids.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

/** Real-world BPMN files with diagram data stay well below this; a larger body is refused unread (see app.ts). */
export const MAX_BPMN_BYTES = 5 * 1024 * 1024;
export const BPMN_IMPORT_PATH = /^\/api\/orgs\/[^/]+\/processes\/import$/;
const MAX_TITLE_LENGTH = 200;
const FALLBACK_TITLE = 'Importierter Prozess';
/** A busy pool clears a queue of small imports within a second or two. */
const BUSY_RETRY_AFTER_SECONDS = 2;

export function interchangeRoutes(store: Store, imports: ImportPool) {
  return createRouter().openapi(api.importProcess, async (c) => {
    const { orgId } = c.req.valid('param');
    const query = c.req.valid('query');
    const principal = requireOrgRole(c, orgId, 'editor');
    // The bytes as sent: the importer decodes them by their byte order mark or XML declaration (ISO-8859-1 …).
    // They move to the import thread (not copied), so nothing here reads the body after parseBpmn.
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (isBlank(bytes)) throw badRequest('bpmn-invalid', 'The request body is empty; send the BPMN XML.');
    let imported: PreparedImport;
    try {
      imported = await parseBpmn(imports, bytes, query.part);
    } catch (error) {
      if (!(error instanceof ImportBusy)) throw error;
      c.header('Retry-After', String(BUSY_RETRY_AFTER_SECONDS));
      throw tooManyRequests(
        'import-busy',
        'The server is importing other BPMN files right now; try again in a moment.',
      );
    }
    const { counts, unsupported, warnings, notes, parts, part } = imported;
    if (counts.nodes === 0 && counts.lanes === 0) {
      throw badRequest('bpmn-empty', 'The BPMN file contains no elements that fit a process map.');
    }
    const fileName = query.fileName?.replace(/\.(bpmn2?|xml)$/i, '');
    const title = chooseTitle(query.title, imported.title, fileTitle(fileName, imported));
    // Record, map and search entry in one transaction: the answer names only a process that is stored whole.
    const process = await store.createProcess({
      id: newRecordId(),
      orgId,
      title,
      startsWith: { map: imported.mapUpdate, searchText: imported.searchText },
    });
    return c.json(
      {
        ...process,
        role: roleInOrg(principal, orgId),
        report: {
          ...counts,
          unsupported,
          warnings,
          notes,
          ...(parts ? { parts, part } : {}),
        },
      },
      201,
      { location: `/api/processes/${process.id}` },
    );
  });
}

async function parseBpmn(
  imports: ImportPool,
  bytes: Uint8Array,
  part: string | undefined,
): Promise<PreparedImport> {
  try {
    // On a pool thread: laying out a large file without diagram data takes up to a second, which would
    // otherwise stall every live room on this server.
    return await imports.run(bytes, part);
  } catch (error) {
    if (error instanceof ImportTimeout)
      throw new DomainError('bpmn-too-complex', 422, 'Unprocessable content', error.message);
    if (error instanceof BpmnImportError && error.code === 'too-many-elements')
      throw new DomainError('bpmn-too-many-elements', 413, 'Payload too large', error.message);
    if (error instanceof BpmnImportError) throw badRequest('bpmn-invalid', error.message);
    throw error;
  }
}

/** Only white space and a UTF-8 byte order mark; looks no further than the first other byte. */
function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((byte) => BLANK_BYTES.has(byte));
}
const BLANK_BYTES = new Set([0x09, 0x0a, 0x0d, 0x20, 0xef, 0xbb, 0xbf]);

// With several parts in one file, each imported part names its number, so the processes stay apart.
function fileTitle(fileName: string | undefined, imported: PreparedImport): string | undefined {
  const index = imported.parts?.findIndex((part) => part.id === imported.part) ?? -1;
  if (index < 0) return fileName;
  return `${fileName?.trim() || FALLBACK_TITLE} – Teil ${index + 1}`;
}

// An explicit title wins, then the name inside the file, then the file's name.
function chooseTitle(...candidates: (string | undefined)[]): string {
  const title = candidates
    .map((candidate) => candidate?.replace(/\s+/g, ' ').trim())
    .find((candidate) => !!candidate);
  return (title ?? FALLBACK_TITLE).slice(0, MAX_TITLE_LENGTH);
}
