// A map exported to BPMN opens cleanly in bpmn-moddle and imports back to the same map.
import { describe, expect, it } from 'vitest';
import { exportBpmn, importBpmn } from '@prozesswerk/bpmn';
import {
  applyProcessMap,
  createProcessDoc,
  readProcessMap,
  SCHEMA_VERSION,
  validateProcessMap,
} from '@prozesswerk/process-model';
import type { ProcessMap } from '@prozesswerk/process-model';
import { comparable, edge, lane, moddleWarnings, node, sampleMap } from './support.ts';

async function roundTrip(map: ProcessMap) {
  const xml = await exportBpmn(map, { processName: 'Gewerbeanmeldung' });
  return { xml, ...(await importBpmn(xml)) };
}

describe('BPMN round trip', () => {
  it('exports XML that bpmn-moddle parses without a single warning, with or without our extension', async () => {
    const xml = await exportBpmn(sampleMap());
    expect(await moddleWarnings(xml)).toEqual([]);
    expect(await moddleWarnings(xml, false)).toEqual([]);
  });

  it('imports its own export back to the same nodes, lanes, attributes, edges and positions', async () => {
    const map = sampleMap();
    const result = await roundTrip(map);
    expect(result.unsupported).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(comparable(result.map)).toEqual(comparable(map));
  });

  it('gives a map that a process doc stores and reads back unchanged (readProcessMap)', async () => {
    const original = createProcessDoc();
    applyProcessMap(original, sampleMap());
    const { map } = await roundTrip(readProcessMap(original));
    const copy = createProcessDoc();
    applyProcessMap(copy, map);
    expect(comparable(readProcessMap(copy))).toEqual(comparable(readProcessMap(original)));
  });

  it('is stable: exporting the re-imported map gives the same XML', async () => {
    const doc = createProcessDoc();
    applyProcessMap(doc, sampleMap());
    const first = await roundTrip(readProcessMap(doc));
    const second = await roundTrip(first.map);
    expect(second.xml).toBe(first.xml);
  });

  it('keeps a map without lanes free of lanes, message flows included', async () => {
    const map: ProcessMap = {
      schemaVersion: 1,
      lanes: [],
      nodes: [
        node('s', 'start', { x: -50, y: -20 }),
        node('a', 'activity', { x: 100, y: 0 }),
        node('b', 'activity', { x: 100, y: 300 }),
      ],
      edges: [edge('f', 's', 'a'), edge('m', 'a', 'b', 'message')],
    };
    const result = await roundTrip(map);
    expect(await moddleWarnings(result.xml)).toEqual([]);
    expect(comparable(result.map)).toEqual(comparable(map));
  });

  it('writes an empty map as a valid, empty process', async () => {
    const empty: ProcessMap = { schemaVersion: SCHEMA_VERSION, lanes: [], nodes: [], edges: [] };
    const result = await roundTrip(empty);
    expect(await moddleWarnings(result.xml)).toEqual([]);
    expect(result.map).toEqual(empty);
  });

  it('re-stacks lanes by their order, whatever the order numbers are', async () => {
    const map: ProcessMap = {
      schemaVersion: 1,
      lanes: [lane('b', 10, { size: 100 }), lane('a', -3, { size: 300 })],
      nodes: [node('n', 'activity', { x: 0, y: 320, laneId: 'b' })],
      edges: [],
    };
    const { map: imported } = await roundTrip(map);
    expect(imported.lanes.map(({ id, order, size }) => ({ id, order, size }))).toEqual([
      { id: 'a', order: 0, size: 300 },
      { id: 'b', order: 1, size: 100 },
    ]);
    expect(imported.nodes[0]).toMatchObject({ y: 320, laneId: 'b' });
    expect(validateProcessMap(imported).success).toBe(true);
  });

  it('drops characters XML cannot carry (pasted control characters, broken surrogates) instead of writing a broken file', async () => {
    const map: ProcessMap = {
      schemaVersion: 1,
      lanes: [],
      nodes: [node('a', 'activity', { label: 'Antrag\u0001 prüfen\uD800', attrs: { role: 'SB\u001F' } })],
      edges: [],
    };
    const xml = await exportBpmn(map);
    expect(await moddleWarnings(xml)).toEqual([]);
    const { map: imported } = await importBpmn(xml);
    expect(imported.nodes[0]).toMatchObject({ label: 'Antrag prüfen', attrs: { role: 'SB' } });
  });

  it('writes our attributes in the pw namespace and the description also as BPMN documentation', async () => {
    const xml = await exportBpmn(sampleMap());
    expect(xml).toContain('xmlns:pw="https://prozesswerk.de/schema/bpmn/1"');
    expect(xml).toMatch(
      /<pw:attrs role="Sachbearbeitung Gewerbe" durationMin="12.5" waitMin="1440" casesPerYear="850" medium="mixed"/,
    );
    expect(xml).toContain('<bpmn:documentation>Antrag prüfen:');
  });
});
