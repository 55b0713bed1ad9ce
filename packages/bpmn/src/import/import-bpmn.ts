// importBpmn: BPMN 2.0 XML → process map, with everything it could not map reported by name, never dropped silently.
import { SCHEMA_VERSION, sortLanes, validateProcessMap } from '@prozesswerk/process-model';
import type { Pool, ProcessEdge, ProcessMap } from '@prozesswerk/process-model';
import { BpmnImportError } from '../errors.ts';
import type { Box } from '../geometry.ts';
import { EXPORTER } from '../ids.ts';
import { autoLayout } from '../layout.ts';
import { createModdle } from '../moddle.ts';
import type { BaseElement, Definitions, Participant } from '../moddle-types.ts';
import { decodeXml } from './decode.ts';
import { drawnContext } from './drawn.ts';
import { draftEdges, draftLanes, draftNodes, draftPools } from './drafts.ts';
import { scanLanes } from './lanes.ts';
import { noteText, type ImportNote } from './notes.ts';
import { germanParserWarning } from './parser-warnings.ts';
import { findParts, type Part, type PartInfo } from './parts.ts';
import { diShapes, placeFromDi } from './positions.ts';
import { diWaypoints, placeRoutes } from './routes.ts';
import type { LaneDraft, NodeDraft } from './positions.ts';
import { reportContent, scanPart } from './scan.ts';
import type { Unsupported } from './scan.ts';
import { unsupported as unsupportedEntry } from './unsupported.ts';
import { bpmnTitle } from './title.ts';

export type { ImportNote, PartInfo, Unsupported };

export interface ImportResult {
  /** Valid (validateProcessMap) and sorted like readProcessMap: nodes and edges by id, lanes by order. */
  map: ProcessMap;
  /** Elements that have no place in the map, by BPMN type, id and name, each with a German reason. */
  unsupported: Unsupported[];
  /** Parser warnings and mappings that lost something, as German sentences (the same as `notes`, worded). */
  warnings: string[];
  /** The same, as codes with parameters, so an interface in another language can word them itself. */
  notes: ImportNote[];
  /**
   * The name the file gives its process (collaboration, single pool or single process), if any; for a file with
   * several parts, the imported part's name as `parts` gives it, if the modeller named it.
   */
  title?: string;
  /** When the file holds several diagrams or processes: all of them; `part` chooses one. */
  parts?: PartInfo[];
  /** The part imported (its id), when there are several. */
  part?: string;
  /** BPMN ids of the elements that became a pool, lane, node or edge. */
  importedIds: string[];
}

export interface ImportOptions {
  /** Which part of a file with several diagrams or processes to import (an id from `parts`); default the first. */
  part?: string;
}

/*
 * A municipal process has tens of steps, a large one a few hundred. Past this the automatic layout takes seconds
 * (and, on a long chain, overflows the stack), so such a file is refused before it is laid out.
 */
export const MAX_IMPORT_ELEMENTS = 2000;

/** `input` as text, or as the file's bytes (decoded by its byte order mark or XML declaration). */
export async function importBpmn(
  input: string | Uint8Array | ArrayBuffer,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { definitions, warnings } = await parse(decodeXml(input));
  const parts = findParts(definitions);
  const part = parts.find((candidate) => candidate.id === options.part) ?? parts[0] ?? emptyPart();
  const context = drawnContext(definitions, part.diagram);
  const scan = scanPart(part, context);
  const unsupported = [...scan.unsupported, ...otherParts(parts, part)];
  if (parts.length > 1) {
    const others = parts.filter((other) => other !== part).map((other) => other.name);
    warnings.push({ code: 'several-parts', params: { chosen: part.name, others } });
  }
  const shapes = diShapes(definitions, part.diagram);
  const isVertical = (participant: Participant) => shapes.get(participant)?.get('isHorizontal') === false;
  const laneScan = scanLanes(scan, isVertical);
  warnings.push(...scan.warnings, ...laneScan.warnings);
  const pools = draftPools(laneScan, warnings);
  const lanes = draftLanes(laneScan, pools, warnings);
  const nodes = draftNodes(scan, laneScan, lanes, warnings);
  const fromElsewhere = definitions.get('exporter') !== EXPORTER;
  const routes = diWaypoints(definitions, part.diagram, fromElsewhere);
  const edges = draftEdges(scan, nodes, pools, unsupported, warnings, routes);
  if (nodes.length + edges.length > MAX_IMPORT_ELEMENTS) {
    throw new BpmnImportError(
      'too-many-elements',
      `Die Datei hat ${nodes.length + edges.length} Elemente; übernommen werden höchstens ${MAX_IMPORT_ELEMENTS}.`,
    );
  }
  const map = await place({ definitions, lanes, nodes, edges, pools, warnings, fromElsewhere, part });
  const valid = validateProcessMap(sortLikeReadProcessMap(map));
  if (!valid.success) {
    throw new BpmnImportError('invalid-map', `Importierte Karte ist ungültig: ${valid.error.message}`, {
      cause: valid.error,
    });
  }
  // Each part of a file with several becomes its own process, named as the part is offered.
  const title = parts.length > 1 ? (part.named ? part.name : undefined) : bpmnTitle(scan);
  const importedIds = importedBpmnIds(
    [...laneScan.pools.map((p) => p.element), ...laneScan.merged],
    lanes,
    nodes,
    scan,
    unsupported,
  );
  return {
    map: valid.data,
    unsupported,
    warnings: warnings.map(noteText),
    notes: warnings,
    ...(title ? { title } : {}),
    ...(parts.length > 1 ? { parts: parts.map(({ id, name }) => ({ id, name })), part: part.id } : {}),
    importedIds,
  };
}

/**
 * One moddle for every import in this thread: it caches its type descriptors, which makes parsing a small file
 * about three times faster than with a fresh instance. Parsing keeps no state in it between files.
 */
let moddle: ReturnType<typeof createModdle> | undefined;

async function parse(xml: string): Promise<{ definitions: Definitions; warnings: ImportNote[] }> {
  let result;
  try {
    result = await (moddle ??= createModdle()).fromXML(xml);
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
      params: { message: germanParserWarning(warning.message), original: warning.message },
    })),
  };
}

function emptyPart(): Part {
  return { id: '', name: '', named: false, collaborations: [], processes: [] };
}

// Everything of the parts not imported is reported, so nothing drawn disappears without a word.
function otherParts(parts: readonly Part[], chosen: Part): Unsupported[] {
  const reported: Unsupported[] = [];
  const done = new Set<BaseElement>([...chosen.processes, ...chosen.collaborations]);
  for (const other of parts) {
    if (other === chosen) continue;
    for (const process of other.processes) {
      if (done.has(process)) continue;
      done.add(process);
      reportContent(process, { unsupported: reported }, 'other-part', other.name);
    }
    for (const collaboration of other.collaborations) {
      if (done.has(collaboration)) continue;
      done.add(collaboration);
      for (const element of [...(collaboration.messageFlows ?? []), ...(collaboration.artifacts ?? [])])
        reported.push(unsupportedEntry(element, 'other-part', other.name));
    }
  }
  return reported;
}

function importedBpmnIds(
  pools: readonly BaseElement[],
  lanes: readonly LaneDraft[],
  nodes: readonly NodeDraft[],
  scan: ReturnType<typeof scanPart>,
  reported: readonly Unsupported[],
): string[] {
  const left = new Set(reported.map((entry) => entry.id));
  const ids = new Set<string>();
  const elements = [...pools, ...lanes.map((d) => d.element), ...nodes.map((d) => d.element)];
  for (const element of [...elements, ...scan.flows.map((flow) => flow.element)])
    if (element.id !== undefined && !left.has(element.id)) ids.add(element.id);
  return [...ids];
}

interface PlaceInput {
  definitions: Definitions;
  lanes: readonly LaneDraft[];
  nodes: readonly NodeDraft[];
  edges: ProcessEdge[];
  pools: ReadonlyMap<BaseElement, Pool>;
  warnings: ImportNote[];
  fromElsewhere: boolean;
  part: Part;
}

// Positions from the diagram when it draws every node, else an automatic layout.
async function place(input: PlaceInput): Promise<ProcessMap> {
  const { definitions, lanes, nodes, edges, warnings } = input;
  const pools = [...input.pools.values()];
  const base = { schemaVersion: SCHEMA_VERSION, edges, ...(pools.length > 0 ? { pools } : {}) };
  const shapes = diShapes(definitions, input.part.diagram);
  const placed = placeFromDi(lanes, nodes, shapes, { fromElsewhere: input.fromElsewhere });
  if (placed !== undefined) {
    if (placed.moved > 0) warnings.push({ code: 'moved-into-lane', params: { count: placed.moved } });
    const drawn = new Map<string, Box>();
    for (const { element, node } of nodes) {
      const bounds = shapes.get(element)?.bounds;
      if (bounds !== undefined) drawn.set(node.id, bounds);
    }
    return {
      ...base,
      edges: placeRoutes(edges, drawn, placed.nodes),
      nodes: placed.nodes,
      lanes: placed.lanes,
    };
  }
  if ((definitions.diagrams ?? []).length > 0) warnings.push({ code: 'diagram-incomplete', params: {} });
  const laidOut = await autoLayout({
    ...base,
    nodes: nodes.map((draft) =>
      input.fromElsewhere ? { ...draft.node, ...laneFallback(draft) } : draft.node,
    ),
    lanes: lanes.map((draft) => draft.lane),
  });
  // Without a diagram there is nothing to say a pool is vertical.
  return {
    ...laidOut,
    ...(pools.length > 0 ? { pools: pools.map((p) => ({ ...p, orientation: 'horizontal' as const })) } : {}),
  };
}

// Without a diagram, a node no lane lists goes into the first lane of its pool or process.
function laneFallback(draft: NodeDraft): { laneId?: NodeDraft['candidates'][number] } {
  if (draft.node.laneId !== undefined || draft.node.kind === 'group') return {};
  const first = draft.candidates[0];
  return first === undefined ? {} : { laneId: first };
}

function sortLikeReadProcessMap(map: ProcessMap): ProcessMap {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted: ProcessMap = {
    ...map,
    nodes: [...map.nodes].sort(byId),
    edges: [...map.edges].sort(byId),
    lanes: sortLanes(map.lanes),
  };
  if (map.pools !== undefined) sorted.pools = [...map.pools].sort(byId);
  return sorted;
}
