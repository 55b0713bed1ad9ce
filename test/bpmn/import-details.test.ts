// How the BPMN import treats ids, our extension attributes and incomplete diagrams in files from elsewhere.
import { describe, expect, it } from 'vitest';
import { importBpmn } from '@prozesswerk/bpmn';

// A minimal process around the given flow elements, with optional DI shapes.
function bpmn(elements: string, shapes = ''): string {
  const diagram =
    shapes === ''
      ? ''
      : `<bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="P" bpmnElement="proc">${shapes}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:pw="https://prozesswerk.de/schema/bpmn/1" id="defs" targetNamespace="https://example.org">
  <bpmn:process id="proc">${elements}</bpmn:process>${diagram}
</bpmn:definitions>`;
}

function shape(id: string, x: number, y: number): string {
  return `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="100" height="80" /></bpmndi:BPMNShape>`;
}

describe('BPMN import ids', () => {
  it('decodes pw_ ids back to the ids we exported, and keeps other ids', async () => {
    const { map } = await importBpmn(bpmn('<bpmn:task id="pw_3f-x_5f_y" /><bpmn:task id="Activity_1" />'));
    expect(map.nodes.map((node) => node.id)).toEqual(['3f-x_y', 'Activity_1']);
  });

  it('prefers pw:originalId, which the export writes when two of our ids would clash', async () => {
    const { map } = await importBpmn(bpmn('<bpmn:task id="a_2" pw:originalId="a" />'));
    expect(map.nodes[0]?.id).toBe('a');
  });

  it('gives an over-long id a new one and says so', async () => {
    const long = `Activity_${'x'.repeat(70)}`;
    const { map, warnings } = await importBpmn(bpmn(`<bpmn:task id="${long}" name="lang" />`));
    expect(map.nodes[0]?.id).toHaveLength(16);
    expect(warnings).toEqual([expect.stringContaining(long)]);
  });
});

describe('BPMN import of our attributes', () => {
  it('restores pw:attrs and drops single invalid values, keeping the rest', async () => {
    const { map } = await importBpmn(
      bpmn(`<bpmn:task id="t"><bpmn:extensionElements>
        <pw:attrs role="Kasse" durationMin="-3" waitMin="60" casesPerYear="1200" medium="fax" itSystem="SAP" legalBasis="KAG" />
      </bpmn:extensionElements></bpmn:task>`),
    );
    expect(map.nodes[0]?.attrs).toEqual({
      role: 'Kasse',
      waitMin: 60,
      casesPerYear: 1200,
      itSystem: 'SAP',
      legalBasis: 'KAG',
    });
  });

  it('takes BPMN documentation as the description when there is no pw description', async () => {
    const { map } = await importBpmn(
      bpmn('<bpmn:task id="t"><bpmn:documentation>  Akte anlegen  </bpmn:documentation></bpmn:task>'),
    );
    expect(map.nodes[0]?.attrs).toEqual({ description: 'Akte anlegen' });
  });
});

describe('BPMN import of incomplete diagrams', () => {
  it('lays everything out when a node has no shape, and warns', async () => {
    const xml = bpmn(
      '<bpmn:startEvent id="s" /><bpmn:task id="t" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t" />',
      shape('s', 500, 500),
    );
    const { map, warnings } = await importBpmn(xml);
    expect(warnings).toEqual([expect.stringContaining('automatisch angeordnet')]);
    const [s, t] = ['s', 't'].map((id) => map.nodes.find((node) => node.id === id));
    expect(s && t && s.x < t.x).toBe(true);
  });

  it('reports a flow whose end is missing instead of dropping it silently', async () => {
    const { unsupported } = await importBpmn(
      bpmn('<bpmn:task id="t" /><bpmn:sequenceFlow id="f" sourceRef="t" />'),
    );
    expect(unsupported).toEqual([
      expect.objectContaining({ element: 'bpmn:SequenceFlow', id: 'f', reasonCode: 'no-ends' }),
    ]);
    expect(unsupported[0]?.reason).toMatch(/nicht übernommen/);
  });
});

describe('BPMN import of small shapes', () => {
  it('grows a tiny task and a data object so their names stay readable', async () => {
    const xml = bpmn(
      '<bpmn:task id="ev" name="Bestätigung versenden" /><bpmn:dataObjectReference id="doc" name="Prüfvermerk" /><bpmn:task id="t" />',
      `<bpmndi:BPMNShape id="ev_di" bpmnElement="ev"><dc:Bounds x="200" y="100" width="36" height="36" /></bpmndi:BPMNShape>
       <bpmndi:BPMNShape id="doc_di" bpmnElement="doc"><dc:Bounds x="400" y="100" width="36" height="50" /></bpmndi:BPMNShape>
       ${shape('t', 600, 100)}`,
    );
    const { map } = await importBpmn(xml);
    const byId = (id: string) => map.nodes.find((node) => node.id === id);
    // 36 × 36 around the centre (218, 118) becomes 100 × 60 around the same centre.
    expect(byId('ev')).toMatchObject({ kind: 'activity', x: 168, y: 88, w: 100, h: 60 });
    expect(byId('doc')).toMatchObject({ kind: 'document', x: 368, y: 95, w: 100, h: 60 });
    // A task drawn big enough keeps its own size and place.
    expect(byId('t')).toMatchObject({ x: 600, y: 100, w: 100, h: 80 });
  });
});
