// Helpers for the BPMN tests: a rich sample map, a comparable projection of a map, and a moddle parse check.
import { BpmnModdle } from 'bpmn-moddle';
import { prozesswerkPackage } from '@prozesswerk/bpmn';
import { asEdgeId, asLaneId, asNodeId, DEFAULT_LANE_SIZE, nodeSize } from '@prozesswerk/process-model';
import type {
  ActivityAttrs,
  EdgeKind,
  Lane,
  NodeKind,
  ProcessEdge,
  ProcessMap,
  ProcessNode,
} from '@prozesswerk/process-model';

export function node(
  id: string,
  kind: NodeKind,
  fields: Partial<Omit<ProcessNode, 'id' | 'kind' | 'laneId'>> & { laneId?: string } = {},
): ProcessNode {
  const { laneId, ...rest } = fields;
  const result: ProcessNode = { id: asNodeId(id), kind, label: id, x: 0, y: 0, attrs: {}, ...rest };
  if (laneId !== undefined) result.laneId = asLaneId(laneId);
  return result;
}

export function edge(
  id: string,
  source: string,
  target: string,
  kind: EdgeKind = 'sequence',
  fields: Partial<ProcessEdge> = {},
): ProcessEdge {
  return { id: asEdgeId(id), kind, source: asNodeId(source), target: asNodeId(target), ...fields };
}

export function lane(id: string, order: number, fields: Partial<Omit<Lane, 'id' | 'order'>> = {}): Lane {
  return { id: asLaneId(id), label: id, order, size: DEFAULT_LANE_SIZE, kind: 'orgUnit', ...fields };
}

const allAttrs: ActivityAttrs = {
  role: 'Sachbearbeitung Gewerbe',
  durationMin: 12.5,
  waitMin: 1440,
  casesPerYear: 850,
  medium: 'mixed',
  itSystem: 'OK.VORFAHRT',
  legalBasis: '§ 14 GewO',
  description: 'Antrag prüfen:\n- Vollständigkeit\n- Zuständigkeit <Ort> & "Frist"',
};

// A Gewerbeanmeldung with every node, edge and lane kind, awkward ids and labels, and nodes outside lanes.
export function sampleMap(): ProcessMap {
  return {
    schemaVersion: 1,
    lanes: [
      lane('L-buerger', 0, { label: 'Antragsteller:in', kind: 'external', size: 160 }),
      lane('3lane', 1, { label: 'Bürgerbüro', kind: 'role', size: 240 }),
      lane('lane_gew', 2, { label: 'Gewerbeamt', kind: 'orgUnit', size: 220.5 }),
    ],
    nodes: [
      node('start', 'start', { label: 'Antrag geht ein', x: 20, y: 58, laneId: 'L-buerger' }),
      node('1-pruefen', 'activity', {
        label: 'Antrag prüfen & erfassen',
        x: 120,
        y: 200,
        laneId: '3lane',
        attrs: allAttrs,
      }),
      node('pw_komplett', 'decision', { label: 'Vollständig?', x: 360, y: 206, laneId: '3lane' }),
      node('nachfordern', 'activity', {
        label: 'Unterlagen\nnachfordern',
        x: 340,
        y: 40,
        laneId: 'L-buerger',
        w: 200,
        h: 80,
        attrs: { medium: 'paper', durationMin: 5 },
      }),
      node('split', 'parallel', { label: '', x: 480, y: 206, laneId: '3lane' }),
      node('ihk', 'activity', {
        label: 'IHK informieren',
        x: 600,
        y: 420,
        laneId: 'lane_gew',
        attrs: { medium: 'digital' },
      }),
      node('gz', 'activity', {
        label: 'Gewerbezentralregister',
        x: 600,
        y: 180,
        laneId: '3lane',
        attrs: { casesPerYear: 0 },
      }),
      node('ende', 'end', { label: 'Bescheinigung versandt', x: 880, y: 430, laneId: 'lane_gew' }),
      node('formular', 'document', { label: 'GewA 1', x: 130, y: 320, laneId: '3lane' }),
      node('akte', 'document', { label: 'E-Akte', x: 900, y: 700 }),
      node('hinweis', 'note', { label: 'Frist: 3 Tage', x: 360, y: 300, laneId: '3lane' }),
      node('frei', 'note', { label: 'Notiz außerhalb', x: 700, y: 50 }),
      node('3lane', 'activity', { label: 'id wie eine Lane', x: 700, y: 300, laneId: 'lane_gew' }),
      node('x'.repeat(64), 'activity', { label: 'lange id', x: 760, y: 620 }),
    ],
    edges: [
      edge('e1', 'start', '1-pruefen', 'sequence', { sourceHandle: 'right', targetHandle: 'top' }),
      edge('e2', '1-pruefen', 'pw_komplett'),
      edge('e3', 'pw_komplett', 'nachfordern', 'sequence', { label: 'nein' }),
      edge('e4', 'nachfordern', '1-pruefen'),
      edge('e5', 'pw_komplett', 'split', 'sequence', { label: 'ja' }),
      edge('e6', 'split', 'ihk'),
      edge('e7', 'split', 'gz'),
      edge('e8', 'ihk', 'ende'),
      edge('e9', 'gz', 'ende', 'sequence', { label: '' }),
      edge('m1', 'nachfordern', 'start', 'message', { label: 'Brief' }),
      edge('a1', 'hinweis', 'pw_komplett', 'association'),
      edge('a2', 'formular', '1-pruefen', 'association', { label: 'liegt bei' }),
      edge('a3', 'gz', 'akte', 'association'),
      edge('start', '3lane', 'x'.repeat(64)),
    ],
  };
}

/*
 * What must survive a round trip, in a form `toEqual` can compare: nodes by id with every field
 * (kind, label, lane, attributes, BPMN fields) and their drawn box (w/h or the default size, rounded to whole pixels, so
 * "within 1 px" holds); edges as they are; lanes in their order with label, kind and size.
 */
export function comparable(map: ProcessMap) {
  const sortedLanes = [...map.lanes].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  return {
    nodes: Object.fromEntries(
      map.nodes.map((n) => {
        const { width, height } = nodeSize(n);
        const box = [n.x, n.y, width, height].map(Math.round);
        const { id: _id, x: _x, y: _y, w: _w, h: _h, ...rest } = n;
        return [n.id, { ...rest, laneId: n.laneId, box }];
      }),
    ),
    edges: Object.fromEntries(map.edges.map(({ id, ...rest }) => [id, rest])),
    lanes: sortedLanes.map(({ id, label, kind, size, poolId }) => ({ id, label, kind, size, poolId })),
    pools: map.pools ?? [],
  };
}

// Parse warnings of plain bpmn-moddle with our extension registered, as bpmn-js would be set up.
export async function moddleWarnings(xml: string, withExtension = true): Promise<string[]> {
  const moddle = withExtension ? new BpmnModdle({ pw: prozesswerkPackage }) : new BpmnModdle();
  const { warnings } = await moddle.fromXML(xml);
  return warnings.map((warning) => warning.message);
}
