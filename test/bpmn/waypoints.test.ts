// Connection routes through BPMN: a tidied map's routes go out as di:waypoint and come back; another tool's come in.
import { describe, expect, it } from 'vitest';
import { autoLayout, exportBpmn, importBpmn } from '@prozesswerk/bpmn';
import { nodeSize, routeFits, type ProcessMap } from '@prozesswerk/process-model';
import { comparable, edge, moddleWarnings, node, sampleMap } from './support.ts';

const boxOf = (map: ProcessMap, id: string) => {
  const found = map.nodes.find((n) => n.id === id)!;
  return { x: found.x, y: found.y, ...nodeSize(found) };
};

describe('connection routes in BPMN', () => {
  it('exports a tidied map with its routes as waypoints and imports them back unchanged', async () => {
    const tidied = await autoLayout(sampleMap());
    const bent = tidied.edges.filter((e) => (e.waypoints?.length ?? 0) > 2);
    expect(bent.length).toBeGreaterThan(0);
    const xml = await exportBpmn(tidied);
    expect(await moddleWarnings(xml)).toEqual([]);
    expect(xml).toContain('pw:routed="true"');
    const { map } = await importBpmn(xml);
    expect(comparable(map)).toEqual(comparable(tidied));
    const first = bent[0]!;
    expect(map.edges.find((e) => e.id === first.id)?.waypoints).toEqual(first.waypoints);
  });

  it('writes a plain route for a connection whose node moved off its stored route, and imports no route for it', async () => {
    const map: ProcessMap = {
      schemaVersion: 1,
      lanes: [],
      nodes: [node('a', 'activity', { x: 0, y: 0 }), node('b', 'activity', { x: 400, y: 300 })],
      edges: [
        edge('ab', 'a', 'b', 'sequence', {
          waypoints: [
            { x: 176, y: 34 },
            { x: 250, y: 34 },
            { x: 250, y: 134 },
            { x: 300, y: 134 },
          ],
        }),
      ],
    };
    const xml = await exportBpmn(map);
    expect(xml).not.toContain('pw:routed');
    expect(xml).toContain('<di:waypoint x="176" y="34" />');
    expect(xml).toContain('<di:waypoint x="400" y="334" />');
    const { map: imported } = await importBpmn(xml);
    expect(imported.edges[0]).not.toHaveProperty('waypoints');
  });

  it("takes another tool's waypoints, moved with the nodes, and leaves out those that miss their nodes", async () => {
    const { map } = await importBpmn(OTHER_TOOL);
    const bent = map.edges.find((e) => e.id === 'Flow_bent')!;
    expect(bent.waypoints).toHaveLength(4);
    expect(routeFits(bent.waypoints, boxOf(map, 'Task_a'), boxOf(map, 'Task_b'))).toBe(true);
    const [p0, p1, p2, p3] = bent.waypoints!;
    // The route keeps its shape: right 50, down 120, right 50.
    expect([p1!.x - p0!.x, p2!.y - p1!.y, p3!.x - p2!.x]).toEqual([50, 120, 50]);
    expect(map.edges.find((e) => e.id === 'Flow_centres')).not.toHaveProperty('waypoints');
  });
});

// As bpmn.io writes it: one flow bent around, one drawn from centre to centre (as some tools do).
const OTHER_TOOL = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d" targetNamespace="http://bpmn.io/schema/bpmn" exporter="bpmn-js" exporterVersion="17.0.0">
  <bpmn:process id="P" isExecutable="false">
    <bpmn:task id="Task_a" name="Antrag prüfen" />
    <bpmn:task id="Task_b" name="Bescheid schreiben" />
    <bpmn:endEvent id="End" name="Fertig" />
    <bpmn:sequenceFlow id="Flow_bent" sourceRef="Task_a" targetRef="Task_b" />
    <bpmn:sequenceFlow id="Flow_centres" sourceRef="Task_b" targetRef="End" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="D">
    <bpmndi:BPMNPlane id="Plane" bpmnElement="P">
      <bpmndi:BPMNShape id="Task_a_di" bpmnElement="Task_a"><dc:Bounds x="300" y="100" width="176" height="68" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_b_di" bpmnElement="Task_b"><dc:Bounds x="576" y="220" width="176" height="68" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="850" y="232" width="44" height="44" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_bent_di" bpmnElement="Flow_bent"><di:waypoint x="476" y="134" /><di:waypoint x="526" y="134" /><di:waypoint x="526" y="254" /><di:waypoint x="576" y="254" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_centres_di" bpmnElement="Flow_centres"><di:waypoint x="664" y="254" /><di:waypoint x="872" y="254" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
