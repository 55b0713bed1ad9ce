// /api/orgs/:orgId/processes/import: a BPMN 2.0 file becomes a new process of the municipality, with a report.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as Y from 'yjs';
import { BpmnImportError, type ImportResult } from '@prozesswerk/bpmn';
import { applyProcessMap, createProcessDoc, initProcessDoc } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { requireOrgRole } from '../auth/guards.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { roleInOrg } from '../auth/principal.ts';
import { badRequest, DomainError } from '../errors.ts';
import { ImportTimeout, importInWorker } from '../interchange/import-in-worker.ts';
import { newRecordId } from '../ids.ts';
import type { SearchIndexer } from '../library/search-indexer.ts';
import type { Store } from '../store/store.ts';

/** Real-world BPMN files with diagram data stay well below this; a larger body is refused unread. */
export const MAX_BPMN_BYTES = 5 * 1024 * 1024;
const MAX_TITLE_LENGTH = 200;
const FALLBACK_TITLE = 'Importierter Prozess';

export function interchangeRoutes(store: Store, indexer: SearchIndexer) {
  return new Hono<AuthEnv>().post(
    '/:orgId/processes/import',
    bodyLimit({
      maxSize: MAX_BPMN_BYTES,
      onError: () => {
        throw new DomainError(
          'bpmn-too-large',
          413,
          'Payload too large',
          `A BPMN file may have at most ${MAX_BPMN_BYTES} bytes.`,
        );
      },
    }),
    async (c) => {
      const orgId = c.req.param('orgId');
      const principal = requireOrgRole(c, orgId, 'editor');
      const imported = await parseBpmn(await c.req.text());
      if (imported.map.nodes.length === 0 && imported.map.lanes.length === 0) {
        throw badRequest('bpmn-empty', 'The BPMN file contains no elements that fit a process map.');
      }
      const fileName = c.req.query('fileName')?.replace(/\.(bpmn2?|xml)$/i, '');
      const title = chooseTitle(c.req.query('title'), imported.title, fileName);
      const process = await store.createProcess({ id: newRecordId(), orgId, title });
      await store.appendUpdates([{ room: roomName(process.id, 'map'), update: mapUpdate(imported) }]);
      await indexer.refresh(process.id);
      const { map, unsupported, warnings, notes } = imported;
      return c.json(
        {
          ...process,
          role: roleInOrg(principal, orgId),
          report: {
            nodes: map.nodes.length,
            edges: map.edges.length,
            lanes: map.lanes.length,
            unsupported,
            warnings,
            notes,
          },
        },
        201,
        { location: `/api/processes/${process.id}` },
      );
    },
  );
}

async function parseBpmn(xml: string): Promise<ImportResult> {
  if (xml.trim() === '') throw badRequest('bpmn-invalid', 'The request body is empty; send the BPMN XML.');
  try {
    // In a worker thread: laying out a large file without diagram data takes up to a second, which would
    // otherwise stall every live room on this server.
    return await importInWorker(xml);
  } catch (error) {
    if (error instanceof ImportTimeout)
      throw new DomainError('bpmn-too-complex', 422, 'Unprocessable content', error.message);
    if (error instanceof BpmnImportError && error.code === 'too-many-elements')
      throw new DomainError('bpmn-too-many-elements', 413, 'Payload too large', error.message);
    if (error instanceof BpmnImportError) throw badRequest('bpmn-invalid', error.message);
    throw error;
  }
}

// The whole map as one Yjs update: the process starts with it, as if its first editor had drawn it.
function mapUpdate(imported: ImportResult): Uint8Array {
  const doc = createProcessDoc();
  initProcessDoc(doc);
  applyProcessMap(doc, imported.map);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

// An explicit title wins, then the name inside the file, then the file's name.
function chooseTitle(...candidates: (string | undefined)[]): string {
  const title = candidates
    .map((candidate) => candidate?.replace(/\s+/g, ' ').trim())
    .find((candidate) => !!candidate);
  return (title ?? FALLBACK_TITLE).slice(0, MAX_TITLE_LENGTH);
}
