// Turns an import into what the route stores: the map as one Yjs update, its search words and the report's counts.
import * as Y from 'yjs';
import type { ImportResult } from '@prozesswerk/bpmn';
import { applyValidatedProcessMap, createProcessDoc, initProcessDoc } from '@prozesswerk/process-model';
import { mapSearchText } from '../library/map-search-text.ts';
import type { PreparedImport } from './import-protocol.ts';

export function prepareImport(imported: ImportResult): PreparedImport {
  const { map, unsupported, warnings, notes, title, parts, part } = imported;
  return {
    mapUpdate: mapUpdate(imported),
    searchText: mapSearchText(map),
    counts: { nodes: map.nodes.length, edges: map.edges.length, lanes: map.lanes.length },
    unsupported,
    warnings,
    notes,
    ...(title !== undefined ? { title } : {}),
    ...(parts ? { parts } : {}),
    ...(part !== undefined ? { part } : {}),
  };
}

function mapUpdate(imported: ImportResult): Uint8Array {
  const doc = createProcessDoc();
  initProcessDoc(doc);
  // importBpmn hands back a map it validated (ImportResult.map).
  applyValidatedProcessMap(doc, imported.map);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
