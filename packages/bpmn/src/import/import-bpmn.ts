// importBpmn: BPMN 2.0 XML → process map, with everything it could not map reported, never dropped silently.
import { SCHEMA_VERSION, validateProcessMap } from '@prozesswerk/process-model';
import type { ProcessEdge, ProcessMap } from '@prozesswerk/process-model';
import { BpmnImportError } from '../errors.ts';
import { sortLanes } from '../geometry.ts';
import { EXPORTER } from '../ids.ts';
import { autoLayout } from '../layout.ts';
import { createModdle } from '../moddle.ts';
import type { Definitions } from '../moddle-types.ts';
import { draftEdges, draftLanes, draftNodes } from './drafts.ts';
import { scanLanes } from './lanes.ts';
import { diShapes, placeFromDi } from './positions.ts';
import type { LaneDraft, NodeDraft } from './positions.ts';
import { scanDefinitions } from './scan.ts';
import type { Unsupported } from './scan.ts';
import { noteText, type ImportNote } from './notes.ts';
import { bpmnTitle } from './title.ts';

export type { ImportNote, Unsupported };

export interface ImportResult {
  /** Valid (validateProcessMap) and sorted like readProcessMap: nodes and edges by id, lanes by order. */
  map: ProcessMap;
  /** Elements that have no place in a process map, by BPMN type, id and name. */
  unsupported: Unsupported[];
  /** Parser warnings and mappings that lost something, as German sentences (the same as `notes`, worded). */
  warnings: string[];
  /** The same, as codes with parameters, so an interface in another language can word them itself. */
  notes: ImportNote[];
  /** The name the file gives its process (collaboration, single pool or single process), if any. */
  title?: string;
}

/*
 * A municipal process has tens of steps, a large one a few hundred. Past this the automatic layout takes seconds
 * (and, on a long chain, overflows the stack), so such a file is refused before it is laid out.
 */
export const MAX_IMPORT_ELEMENTS = 2000;

export async function importBpmn(xml: string): Promise<ImportResult> {
  const { definitions, warnings } = await parse(xml);
  // Named `warnings` inside the import; they reach the caller as `notes` and, worded in German, `warnings`.
  const scan = scanDefinitions(definitions);
  const laneScan = scanLanes(scan);
  warnings.push(...scan.warnings, ...laneScan.warnings);
  const unsupported = [...scan.unsupported];
  const lanes = draftLanes(laneScan, warnings);
  const nodes = draftNodes(scan, laneScan, lanes, warnings);
  const edges = draftEdges(scan, nodes, unsupported, warnings);
  if (nodes.length + edges.length > MAX_IMPORT_ELEMENTS) {
    throw new BpmnImportError(
      'too-many-elements',
      `Die Datei hat ${nodes.length + edges.length} Elemente; übernommen werden höchstens ${MAX_IMPORT_ELEMENTS}.`,
    );
  }
  const map = await place(definitions, lanes, nodes, edges, warnings);
  const valid = validateProcessMap(sortLikeReadProcessMap(map));
  if (!valid.success) {
    throw new BpmnImportError('invalid-map', `Importierte Karte ist ungültig: ${valid.error.message}`, {
      cause: valid.error,
    });
  }
  const title = bpmnTitle(scan);
  return {
    map: valid.data,
    unsupported,
    warnings: warnings.map(noteText),
    notes: warnings,
    ...(title ? { title } : {}),
  };
}

async function parse(xml: string): Promise<{ definitions: Definitions; warnings: ImportNote[] }> {
  let result;
  try {
    result = await createModdle().fromXML(xml);
  } catch (error) {
    throw new BpmnImportError('unreadable-xml', 'Die Datei ist kein lesbares BPMN 2.0 XML.', {
      cause: error,
    });
  }
  if (result.rootElement.$type !== 'bpmn:Definitions') {
    throw new BpmnImportError('not-bpmn', 'Die Datei enthält keine BPMN-Definitionen.');
  }
  return {
    definitions: result.rootElement as Definitions,
    warnings: result.warnings.map((warning) => ({
      code: 'parser-warning',
      params: { message: warning.message },
    })),
  };
}

// Positions from the diagram when it draws every node, else an automatic layout.
async function place(
  definitions: Definitions,
  lanes: readonly LaneDraft[],
  nodes: readonly NodeDraft[],
  edges: ProcessEdge[],
  warnings: ImportNote[],
): Promise<ProcessMap> {
  // Our own files name every node's lane and size; in others a data object or annotation joins the lane it is
  // drawn in, and shapes too small for their name grow.
  const fromElsewhere = definitions.get('exporter') !== EXPORTER;
  const placed = placeFromDi(lanes, nodes, diShapes(definitions), { fromElsewhere });
  if (placed !== undefined)
    return { schemaVersion: SCHEMA_VERSION, nodes: placed.nodes, edges, lanes: placed.lanes };
  if ((definitions.diagrams ?? []).length > 0) {
    warnings.push({ code: 'diagram-incomplete', params: {} });
  }
  return autoLayout({
    schemaVersion: SCHEMA_VERSION,
    nodes: nodes.map((draft) => draft.node),
    edges,
    lanes: lanes.map((draft) => draft.lane),
  });
}

function sortLikeReadProcessMap(map: ProcessMap): ProcessMap {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ...map,
    nodes: [...map.nodes].sort(byId),
    edges: [...map.edges].sort(byId),
    lanes: sortLanes(map.lanes),
  };
}
