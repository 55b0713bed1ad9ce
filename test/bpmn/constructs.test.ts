// Each BPMN construct of the corpus imports as what it is (files in PICTURE style keep readable ids: `_t_<name>`).
import { describe, expect, it } from 'vitest';
import { importBpmn } from '@prozesswerk/bpmn';
import type { ImportResult } from '@prozesswerk/bpmn';
import { laneBoxes } from '@prozesswerk/process-model';
import { corpusBytes } from './corpus-files.ts';

const cache = new Map<string, Promise<ImportResult>>();
const load = (file: string, part?: string) => {
  const key = `${file}#${part ?? ''}`;
  if (!cache.has(key)) cache.set(key, importBpmn(corpusBytes(file), part === undefined ? {} : { part }));
  return cache.get(key) as Promise<ImportResult>;
};
const nodeOf = async (file: string, id: string) =>
  (await load(file)).map.nodes.find((node) => node.id === id);
const edgeOf = async (file: string, id: string) =>
  (await load(file)).map.edges.find((edge) => edge.id === id);

const S1 = 'picture-gewerbeanmeldung.bpmn';
const S2 = 'picture-zusammenarbeit.bpmn';
const S3 = 'picture-teilprozesse.bpmn';
const S4 = 'picture-datenfluss.bpmn';

const NODES: [string, string, string, Record<string, unknown>][] = [
  ['user task', S1, '_t_erfassen', { kind: 'activity', activityType: 'user' }],
  ['service task', S1, '_t_register', { kind: 'activity', activityType: 'service' }],
  ['send task', S1, '_t_nachfordern', { kind: 'activity', activityType: 'send' }],
  ['manual task', S1, '_t_erinnern', { kind: 'activity', activityType: 'manual' }],
  ['receive task', S2, '_t_empfangen', { kind: 'activity', activityType: 'receive' }],
  ['business rule task', S3, '_t_regel', { kind: 'activity', activityType: 'businessRule' }],
  [
    'multi-instance (parallel) expanded sub-process',
    S3,
    '_t_sub',
    { activityType: 'subProcess', marker: 'parallel', expanded: true },
  ],
  ['content of an expanded sub-process', S3, '_t_sub_t', { kind: 'activity', parentId: '_t_sub' }],
  [
    'call activity with loop marker and its called process',
    S3,
    '_t_call',
    { activityType: 'callActivity', marker: 'loop', link: 'bescheid_erstellen' },
  ],
  ['transaction', S3, '_t_tx', { activityType: 'transaction', expanded: true }],
  ['sequential multi-instance', S3, '_t_tx_t', { marker: 'sequential', parentId: '_t_tx' }],
  ['compensation activity', S3, '_t_storno', { compensation: true }],
  ['ad-hoc sub-process', S3, '_t_adhoc', { activityType: 'adHoc' }],
  ['event sub-process', S3, '_t_evsub', { activityType: 'eventSubProcess', expanded: true }],
  [
    'non-interrupting message start of an event sub-process',
    S3,
    '_t_ev_s',
    { kind: 'start', trigger: 'message', interrupting: false, parentId: '_t_evsub' },
  ],
  ['message start event', S1, '_t_start', { kind: 'start', trigger: 'message' }],
  [
    'conditional start event',
    S3,
    '_t_st',
    { kind: 'start', trigger: 'conditional', expression: 'antrag.vollstaendig' },
  ],
  [
    'non-interrupting timer boundary event',
    S1,
    '_t_frist',
    {
      kind: 'intermediate',
      trigger: 'timer',
      timerType: 'duration',
      expression: 'P14D',
      attachedTo: '_t_pruefen',
      interrupting: false,
    },
  ],
  ['error boundary event', S3, '_t_fehler', { kind: 'intermediate', trigger: 'error', attachedTo: '_t_tx' }],
  ['compensation boundary event', S3, '_t_komp', { trigger: 'compensation', attachedTo: '_t_call' }],
  ['message catch event', S2, '_t_zahlung', { kind: 'intermediate', trigger: 'message' }],
  ['timer catch event', S2, '_t_vierwochen', { kind: 'intermediate', trigger: 'timer', expression: 'P4W' }],
  ['signal throw event', S2, '_t_signal', { kind: 'intermediate', trigger: 'signal', throwing: true }],
  ['link events', S2, '_t_link_out', { kind: 'intermediate', trigger: 'link', throwing: true }],
  ['escalation throw event', S2, '_t_eskalation', { trigger: 'escalation', throwing: true }],
  ['terminate end event', S2, '_t_verfallen', { kind: 'end', trigger: 'terminate' }],
  ['error end event', S3, '_t_fail', { kind: 'end', trigger: 'error' }],
  ['multiple start event', S4, '_t_s', { kind: 'start', trigger: 'multiple' }],
  ['timer given by eventDefinitionRef', S4, '_t_warten', { trigger: 'timer', expression: 'PT1H' }],
  ['exclusive gateway', S1, '_t_vollst', { kind: 'decision' }],
  ['parallel gateway', S2, '_t_split', { kind: 'parallel' }],
  ['event-based gateway', S2, '_t_warten', { kind: 'eventBased' }],
  ['inclusive gateway', S2, '_t_inkl', { kind: 'inclusive' }],
  ['complex gateway', S2, '_t_cx', { kind: 'complex' }],
  ['data object reference with state', S1, '_t_formular', { kind: 'document', dataState: 'ausgefüllt' }],
  ['data store', S1, '_t_gewreg', { kind: 'dataStore', label: 'Gewerberegister' }],
  ['data object drawn directly, a collection', S4, '_t_register', { kind: 'document', collection: true }],
  ['data input of the process', S4, '_t_antrag_in', { kind: 'dataInput', label: 'Antragsdaten' }],
  ['data output of the process', S4, '_t_bescheinigung_out', { kind: 'dataOutput' }],
  ['group with its category value as label', S1, '_t_gruppe', { kind: 'group', label: 'Prüfung' }],
  ['text annotation', S1, '_t_hinweis', { kind: 'note' }],
];

describe('BPMN constructs', () => {
  it.each(NODES)('imports a %s as what it is', async (_name, file, id, expected) => {
    expect(await nodeOf(file, id)).toMatchObject(expected);
  });

  it('keeps a flow condition, the default flow and data associations', async () => {
    expect(await edgeOf(S1, '_t_f_ja')).toMatchObject({
      kind: 'sequence',
      condition: '${vollstaendig}',
      label: 'ja',
    });
    expect(await edgeOf(S1, '_t_f_nein')).toMatchObject({ kind: 'sequence', isDefault: true });
    expect(await edgeOf(S1, '_t_d_in')).toMatchObject({
      kind: 'association',
      source: '_t_formular',
      target: '_t_erfassen',
    });
    expect(await edgeOf(S1, '_t_d_out')).toMatchObject({
      kind: 'association',
      source: '_t_register',
      target: '_t_gewreg',
    });
  });

  it('imports pools with their names, lanes in them, and message flows between pools and to a black-box pool', async () => {
    const { map } = await load(S2);
    expect(map.pools?.map((pool) => pool.label).sort()).toEqual([
      'Antragsteller:in',
      'Straßenverkehrsbehörde',
    ]);
    const amt = map.pools?.find((pool) => pool.label === 'Straßenverkehrsbehörde');
    expect(map.lanes.filter((lane) => lane.poolId === amt?.id).map((lane) => lane.label)).toEqual([
      'Poststelle',
      'Sachgebiet Sondernutzung',
    ]);
    expect(await edgeOf(S2, '_t_m1')).toMatchObject({
      kind: 'message',
      source: '_t_p_buerger',
      target: '_t_s',
    });
    expect(await edgeOf(S2, '_t_m2')).toMatchObject({ kind: 'message', target: '_t_p_buerger' });
  });

  it('imports vertical pools vertically: their lanes are columns side by side', async () => {
    const { map } = await load('visio-gewerbeanmeldung-vertikal.bpmn');
    expect(map.pools?.[0]?.orientation).toBe('vertical');
    const columns = laneBoxes(map);
    expect(columns.map((box) => box.orientation)).toEqual(['vertical', 'vertical']);
    const [first, second] = columns;
    expect(first && second && first.x + first.width).toBe(second?.x);
  });

  it('gives lanes of a pool drawn without DI a size that fits their nodes', async () => {
    const { map } = await load('adonis-datenfluss.bpmn');
    expect(map.lanes.map((lane) => lane.size)).not.toContain(200);
  });

  it('reports the content of a collapsed sub-process by name, with the reason', async () => {
    const { unsupported } = await load(S3);
    expect(unsupported.find((entry) => entry.id === '_t_coll_t')).toMatchObject({
      name: 'Gebühr nach Tarif',
      reasonCode: 'collapsed-content',
      reason: expect.stringContaining('„Gebühren berechnen“'),
    });
  });

  it('offers each diagram of a file with several separately, and imports the one chosen', async () => {
    const first = await load('camunda-zwei-prozesse.bpmn');
    expect(first.parts?.map((part) => part.name)).toEqual(['Anmeldung', 'Abmeldung']);
    expect(first.map.nodes.map((node) => node.label)).toContain('Steuermarke ausgeben');
    expect(first.unsupported.every((entry) => entry.reasonCode === 'other-part')).toBe(true);
    const second = await load('camunda-zwei-prozesse.bpmn', first.parts?.[1]?.id);
    expect(second.map.nodes.map((node) => node.label)).toContain('Steuer erstatten');
    expect(second.map.nodes.map((node) => node.label)).not.toContain('Steuermarke ausgeben');
  });

  it('reads ISO-8859-1 and windows-1252 files by their declaration', async () => {
    expect((await load('aris-zusammenarbeit.bpmn')).map.pools?.map((pool) => pool.label)).toContain(
      'Straßenverkehrsbehörde',
    );
    expect((await load('adonis-gewerbeanmeldung.bpmn')).map.pools?.[0]?.label).toBe(
      'Stadt Kehl – Gewerbeamt',
    );
    expect((await load('aris-gewerbeanmeldung.bpmn')).warnings).toEqual([]);
  });

  it('words parser warnings in German', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <process id="p"><task id="t" /><sequenceFlow id="f" sourceRef="t" targetRef="weg" /></process></definitions>`;
    const { warnings } = await importBpmn(xml);
    expect(warnings).toContain('Ein Verweis auf „weg“ zeigt auf kein Element der Datei.');
  });
});
