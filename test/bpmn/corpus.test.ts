// A corpus of BPMN files written in the styles of different tools imports with lanes, flows and positions, and reports what it could not map.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BpmnImportError, exportBpmn, importBpmn } from '@prozesswerk/bpmn';
import type { ImportResult } from '@prozesswerk/bpmn';
import { laneBands, validateProcessMap } from '@prozesswerk/process-model';
import type { EdgeKind, NodeKind, ProcessMap } from '@prozesswerk/process-model';
import { comparable, moddleWarnings } from './support.ts';

interface Expectation {
  file: string;
  /** Pool names, sorted by pool id. */
  pools: string[];
  /** Lane labels from top to bottom, and their kinds. */
  lanes: [string, 'role' | 'orgUnit' | 'external'][];
  nodes: Partial<Record<NodeKind, number>>;
  edges: Partial<Record<EdgeKind, number>>;
  /** Positions worked out by hand from the file's DI (lane offsets, see import/positions.ts). */
  positions: Record<string, [number, number]>;
  /** Exactly what the import could not map, as `element#id`. */
  unsupported: string[];
  /** One pattern per expected warning, in order. */
  warnings: RegExp[];
}

const CORPUS: Expectation[] = [
  {
    file: 'camunda-modeler-antrag.bpmn',
    pools: ['Bürgerbüro Kehl'],
    lanes: [
      ['Servicepoint', 'orgUnit'],
      ['Sachbearbeitung', 'orgUnit'],
    ],
    nodes: { start: 1, activity: 4, decision: 1, end: 1, document: 1 },
    edges: { sequence: 7, association: 1 },
    positions: {
      StartEvent_1: [-10, 62],
      Activity_pruefen: [338, 230],
      // drawn 36 × 50 at (110, 225); grown to a readable 100 × 60 around the same centre
      DataObjectReference_antrag: [78, 220],
    },
    unsupported: [],
    warnings: [],
  },
  {
    file: 'signavio-offenburg-handgeschrieben.bpmn',
    pools: ['Stadt Offenburg'],
    lanes: [
      ['Bürgerbüro', 'orgUnit'],
      ['Gewerbeamt', 'orgUnit'],
    ],
    nodes: { start: 1, activity: 3, intermediate: 1, inclusive: 2, end: 1, note: 1 },
    edges: { sequence: 8, association: 1 },
    positions: { 'sid-start': [-17, 110], 'sid-melden': [298, 335] },
    unsupported: [],
    warnings: [],
  },
  {
    file: 'picture-baugenehmigung.bpmn',
    pools: [],
    lanes: [
      ['Posteingang', 'orgUnit'],
      ['Untere Baurechtsbehörde', 'orgUnit'],
    ],
    nodes: { start: 1, activity: 4, decision: 1, end: 2 },
    edges: { sequence: 7 },
    positions: { _t_eingang: [88, 40], _t_ablehnen: [538, 300] },
    unsupported: [],
    warnings: [],
  },
  {
    file: 'fim-stammprozess-gewerbeanmeldung.bpmn',
    pools: ['Antragsteller', 'Zuständige Stelle'],
    lanes: [
      ['', 'external'],
      ['', 'orgUnit'],
    ],
    nodes: { start: 1, activity: 2, intermediate: 1, end: 1, document: 1 },
    edges: { sequence: 4, association: 1, message: 2 },
    positions: { Task_Pruefen: [68, 140] },
    unsupported: [],
    warnings: [],
  },
  {
    file: 'no-di-meldebescheinigung.bpmn',
    pools: [],
    lanes: [
      ['Online-Dienst', 'orgUnit'],
      ['Meldebehörde', 'orgUnit'],
    ],
    nodes: { start: 1, activity: 3, decision: 1, end: 1 },
    edges: { sequence: 6 },
    positions: {},
    unsupported: [],
    warnings: [],
  },
  {
    file: 'two-pools-message-flows.bpmn',
    pools: ['Stadt Offenburg', 'Gewerbetreibende:r', 'Finanzamt'],
    lanes: [
      ['', 'orgUnit'],
      ['Poststelle', 'orgUnit'],
      ['Gewerbeamt', 'orgUnit'],
      ['', 'external'],
    ],
    nodes: { start: 1, activity: 4, end: 2 },
    edges: { sequence: 5, message: 3 },
    positions: { Task_Senden: [58, 40], Task_Empfangen: [58, 180] },
    unsupported: [],
    warnings: [],
  },
  {
    file: 'nested-lanes-ordnungsamt.bpmn',
    pools: ['Ordnungsamt'],
    lanes: [
      ['Poststelle', 'orgUnit'],
      ['Fachbereich Ordnung / Gewerbe', 'orgUnit'],
      ['Fachbereich Ordnung / Gaststätten', 'orgUnit'],
    ],
    nodes: { start: 1, activity: 3, end: 1 },
    edges: { sequence: 5 },
    positions: { Task_Gaststaette: [258, 300] },
    unsupported: [],
    warnings: [/Bahnen in „Fachbereich Ordnung“ waren verschachtelt/],
  },
  {
    file: 'boundary-events-groups.bpmn',
    pools: [],
    lanes: [],
    nodes: { start: 1, activity: 2, intermediate: 2, end: 2, note: 1, group: 1 },
    edges: { sequence: 4, association: 1 },
    positions: { Task_Bearbeiten: [240, 80], Boundary_Frist: [272, 142] },
    unsupported: [],
    warnings: [],
  },
  {
    file: 'data-stores-annotations.bpmn',
    pools: ['Gewerbeamt'],
    lanes: [['', 'orgUnit']],
    nodes: { start: 1, activity: 2, end: 1, document: 1, dataStore: 1, note: 2 },
    edges: { sequence: 3, association: 4 },
    positions: { Task_Erfassen: [58, 60], DataStoreRef_Register: [203, 195], Note_Collab: [-92, -80] },
    unsupported: [],
    warnings: [],
  },
  {
    file: 'all-gateways-events.bpmn',
    pools: ['Sondernutzungserlaubnis'],
    lanes: [['', 'orgUnit']],
    nodes: {
      start: 1,
      activity: 4,
      intermediate: 3,
      decision: 1,
      inclusive: 1,
      eventBased: 1,
      complex: 1,
      parallel: 2,
      end: 2,
    },
    edges: { sequence: 18 },
    positions: { Gw_Complex: [763, 185] },
    unsupported: [],
    warnings: [],
  },
  {
    file: 'subprocesses-transaction.bpmn',
    pools: [],
    lanes: [],
    nodes: { start: 2, activity: 12, end: 2 },
    edges: { sequence: 12 },
    positions: { Sub_Pruefung: [740, 240], Tx_Zahlung: [300, 230], Tx_Task: [370, 245] },
    unsupported: [
      'bpmn:StartEvent#Sub_Start',
      'bpmn:Task#Sub_Task',
      'bpmn:EndEvent#Sub_End',
      'bpmn:SequenceFlow#Sub_F1',
      'bpmn:SequenceFlow#Sub_F2',
    ],
    warnings: [],
  },
  {
    file: 'bpmn-io-simple-no-lanes.bpmn',
    pools: [],
    lanes: [],
    nodes: { start: 1, activity: 2, end: 1 },
    edges: { sequence: 3 },
    positions: { StartEvent_1: [412, 240], Activity_0marke: [660, 218] },
    unsupported: [],
    warnings: [],
  },
];

function fixture(file: string): string {
  return readFileSync(new URL(`../fixtures/bpmn/${file}`, import.meta.url), 'utf8');
}

function countBy<T extends string>(items: readonly { kind: T }[]): Partial<Record<T, number>> {
  const counts: Partial<Record<T, number>> = {};
  for (const { kind } of items) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

function laneSpans(map: ProcessMap): Map<string, { top: number; bottom: number }> {
  return new Map(
    laneBands(map.lanes).map(({ lane, top, height }) => [lane.id, { top, bottom: top + height }]),
  );
}

describe('BPMN corpus import', () => {
  it('has at least ten files of different origins', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(CORPUS)('$file', (expected) => {
    let result: ImportResult;
    const load = async () => (result ??= await importBpmn(fixture(expected.file)));

    it('imports pools with their names, and lanes with labels and kinds, top to bottom', async () => {
      const { map } = await load();
      expect((map.pools ?? []).map((pool) => pool.label)).toEqual(expected.pools);
      expect(map.lanes.map((lane) => [lane.label, lane.kind])).toEqual(expected.lanes);
      expect(map.lanes.map((lane) => lane.order)).toEqual(map.lanes.map((_, i) => i));
    });

    it('imports every mappable node and flow', async () => {
      const { map } = await load();
      expect(countBy(map.nodes)).toEqual(expected.nodes);
      expect(countBy(map.edges)).toEqual(expected.edges);
      expect(validateProcessMap(map).success).toBe(true);
    });

    it('places every node, inside its lane, where the diagram drew it', async () => {
      const { map } = await load();
      const bands = laneSpans(map);
      for (const node of map.nodes) {
        expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
        const band = node.laneId === undefined ? undefined : bands.get(node.laneId);
        if (band !== undefined) {
          expect(node.y, `${node.id} in its lane`).toBeGreaterThanOrEqual(band.top);
          expect(node.y + (node.h ?? 0), `${node.id} in its lane`).toBeLessThanOrEqual(band.bottom);
        }
      }
      for (const [id, [x, y]] of Object.entries(expected.positions)) {
        const node = map.nodes.find((candidate) => candidate.id === id);
        expect(node && [node.x, node.y], id).toEqual([x, y]);
      }
    });

    it('reports exactly what it could not map, and warns about lossy mappings', async () => {
      const { unsupported, warnings } = await load();
      expect(unsupported.map(({ element, id }) => `${element}#${id}`)).toEqual(expected.unsupported);
      expect(warnings).toHaveLength(expected.warnings.length);
      expected.warnings.forEach((pattern, i) => expect(warnings[i]).toMatch(pattern));
    });

    it('exports the imported map cleanly and imports that again unchanged', async () => {
      const { map } = await load();
      const xml = await exportBpmn(map);
      expect(await moddleWarnings(xml)).toEqual([]);
      const again = await importBpmn(xml);
      expect(again.unsupported).toEqual([]);
      expect(comparable(again.map)).toEqual(comparable(map));
    });
  });
});

describe('BPMN import without diagram', () => {
  it('lays the flow out left to right, each node in its lane band', async () => {
    const { map } = await importBpmn(fixture('no-di-meldebescheinigung.bpmn'));
    const x = (id: string) => map.nodes.find((node) => node.id === id)?.x ?? NaN;
    const order = ['start', 'antrag', 'bezahlt', 'pruefen', 'ausstellen', 'fertig'].map(x);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });
});

describe('BPMN import of intermediate events', () => {
  it('keeps them as intermediate events with their trigger and timer', async () => {
    const { map } = await importBpmn(fixture('all-gateways-events.bpmn'));
    const timer = map.nodes.find((node) => node.id === 'Catch_Frist');
    expect(timer).toMatchObject({ kind: 'intermediate', label: '14 Tage', trigger: 'timer' });
  });
});

describe('BPMN import of unreadable files', () => {
  it('rejects text that is not XML with a typed error', async () => {
    await expect(importBpmn('Gewerbeanmeldung.pdf')).rejects.toBeInstanceOf(BpmnImportError);
  });

  it('rejects XML that is not BPMN', async () => {
    const error = await importBpmn('<?xml version="1.0"?><html><body /></html>').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BpmnImportError);
  });
});
