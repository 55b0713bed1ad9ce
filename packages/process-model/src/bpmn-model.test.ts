// Schema v2's BPMN parts: pools, task types, triggers, boundary events, sub-processes, conditions; written, read, checked.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createProcessDoc, getNodes } from './doc.ts';
import { connect, setEdgeBpmn } from './edge-mutations.ts';
import { addLane } from './lane-mutations.ts';
import { addNode, deleteNode, setNodeBpmn, setNodeKind } from './node-mutations.ts';
import { addPool, deletePool, setLanePool } from './pool-mutations.ts';
import { readProcessMap } from './read.ts';
import { createPeers, syncDocs } from './test-network.ts';
import { validateProcessMap } from './validate.ts';

const at = { x: 0, y: 0 };

describe('pools', () => {
  it('hold lanes, can be turned vertical, and receive message flows', () => {
    const doc = createProcessDoc();
    const amt = addPool(doc, { label: 'Stadt Kehl' });
    const buerger = addPool(doc, { label: 'Antragsteller:in', orientation: 'vertical' });
    const lane = addLane(doc, { label: 'Bürgerbüro', kind: 'orgUnit', poolId: amt });
    const task = addNode(doc, {
      kind: 'activity',
      label: 'Bescheid senden',
      ...at,
      laneId: lane,
      activityType: 'send',
    });
    connect(doc, { source: task, target: buerger as string as typeof task, kind: 'message' });
    const map = readProcessMap(doc);
    expect(map.pools).toEqual(
      [
        { id: amt, label: 'Stadt Kehl', orientation: 'horizontal' },
        { id: buerger, label: 'Antragsteller:in', orientation: 'vertical' },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(map.lanes[0]?.poolId).toBe(amt);
    expect(map.edges[0]).toMatchObject({ kind: 'message', source: task, target: buerger });
    expect(validateProcessMap(map).success).toBe(true);
  });

  it('refuse a sequence flow that ends at a pool: only message flows reach a closed pool', () => {
    const doc = createProcessDoc();
    const pool = addPool(doc, { label: 'Finanzamt' });
    const task = addNode(doc, { kind: 'activity', label: 'A', ...at });
    expect(() => connect(doc, { source: task, target: pool as string as typeof task })).toThrow(
      expect.objectContaining({ code: 'unknown-node' }),
    );
  });

  it('leave their lanes and message edges behind consistently when deleted', () => {
    const doc = createProcessDoc();
    const pool = addPool(doc, { label: 'Finanzamt' });
    const lane = addLane(doc, { label: 'Veranlagung', kind: 'external', poolId: pool });
    const task = addNode(doc, { kind: 'activity', label: 'A', ...at });
    connect(doc, { source: task, target: pool as string as typeof task, kind: 'message' });
    setLanePool(doc, lane, null);
    setLanePool(doc, lane, pool);
    deletePool(doc, pool);
    const map = readProcessMap(doc);
    expect(map.pools).toBeUndefined();
    expect(map.lanes[0]?.poolId).toBeUndefined();
    expect(map.edges).toEqual([]);
  });
});

describe('BPMN fields of nodes', () => {
  it('keep task types, markers, triggers and timers as written', () => {
    const doc = createProcessDoc();
    const task = addNode(doc, {
      kind: 'activity',
      label: 'Prüfen',
      ...at,
      activityType: 'user',
      marker: 'sequential',
    });
    const timer = addNode(doc, {
      kind: 'intermediate',
      label: '14 Tage',
      ...at,
      trigger: 'timer',
      timerType: 'duration',
      expression: 'P14D',
    });
    setNodeBpmn(doc, task, { compensation: true, marker: null });
    const map = readProcessMap(doc);
    expect(map.nodes.find((node) => node.id === task)).toMatchObject({
      activityType: 'user',
      compensation: true,
    });
    expect(map.nodes.find((node) => node.id === task)?.marker).toBeUndefined();
    expect(map.nodes.find((node) => node.id === timer)).toMatchObject({
      trigger: 'timer',
      expression: 'P14D',
    });
  });

  it('refuses values outside the schema with a typed error', () => {
    const doc = createProcessDoc();
    const task = addNode(doc, { kind: 'activity', label: 'A', ...at });
    expect(() => setNodeBpmn(doc, task, { trigger: 'fax' as 'timer' })).toThrow(
      expect.objectContaining({ code: 'invalid-attributes' }),
    );
    expect(() => setNodeBpmn(doc, task, { attachedTo: 'missing' as typeof task })).toThrow(
      expect.objectContaining({ code: 'unknown-node' }),
    );
  });

  it('reads stored values that are out of range as absent, one field at a time', () => {
    const doc = createProcessDoc();
    const task = addNode(doc, { kind: 'activity', label: 'A', ...at });
    const entry = getNodes(doc).get(task) as Y.Map<unknown>;
    entry.set('activityType', 'teleport');
    entry.set('marker', 'loop');
    entry.set('compensation', false);
    entry.set('interrupting', true);
    const node = readProcessMap(doc).nodes[0];
    expect(node).toMatchObject({ marker: 'loop' });
    expect(node).not.toHaveProperty('activityType');
    expect(node).not.toHaveProperty('compensation');
    expect(node).not.toHaveProperty('interrupting');
  });

  it('change kind through the inspector without losing label or attributes', () => {
    const doc = createProcessDoc();
    const gateway = addNode(doc, {
      kind: 'decision',
      label: 'Welche Unterlagen?',
      ...at,
      attrs: { role: 'SB' },
    });
    setNodeKind(doc, gateway, 'inclusive');
    expect(readProcessMap(doc).nodes[0]).toMatchObject({
      kind: 'inclusive',
      label: 'Welche Unterlagen?',
      attrs: { role: 'SB' },
    });
  });
});

describe('boundary events and sub-processes', () => {
  it('go with their activity or sub-process when it is deleted, in one step with their edges', () => {
    const doc = createProcessDoc();
    const sub = addNode(doc, {
      kind: 'activity',
      label: 'Prüfung',
      ...at,
      activityType: 'subProcess',
      expanded: true,
    });
    const inner = addNode(doc, { kind: 'activity', label: 'Unterlagen sichten', ...at, parentId: sub });
    const deadline = addNode(doc, {
      kind: 'intermediate',
      label: 'Frist',
      ...at,
      trigger: 'timer',
      attachedTo: sub,
      interrupting: false,
    });
    const onDeadline = addNode(doc, { kind: 'activity', label: 'Erinnern', ...at, parentId: undefined });
    connect(doc, { source: deadline, target: onDeadline });
    connect(doc, { source: inner, target: onDeadline });
    deleteNode(doc, sub);
    const map = readProcessMap(doc);
    expect(map.nodes.map((node) => node.label)).toEqual(['Erinnern']);
    expect(map.edges).toEqual([]);
  });

  it('read without a reference that a concurrent delete broke', () => {
    const doc = createProcessDoc();
    const host = addNode(doc, { kind: 'activity', label: 'A', ...at });
    const [a, b] = createPeers(doc, 2) as [Y.Doc, Y.Doc];
    deleteNode(a, host);
    addNode(b, { kind: 'intermediate', label: 'Frist', ...at, attachedTo: host, parentId: host });
    syncDocs(a, b);
    const map = readProcessMap(a);
    expect(map.nodes).toHaveLength(1);
    expect(map.nodes[0]).not.toHaveProperty('attachedTo');
    expect(map.nodes[0]).not.toHaveProperty('parentId');
    expect(validateProcessMap(map).success).toBe(true);
  });

  it('break a nesting cycle made by two people at once at the same node on every client', () => {
    const doc = createProcessDoc();
    const one = addNode(doc, {
      kind: 'activity',
      label: '1',
      ...at,
      activityType: 'subProcess',
      expanded: true,
    });
    const two = addNode(doc, {
      kind: 'activity',
      label: '2',
      ...at,
      activityType: 'subProcess',
      expanded: true,
    });
    const [a, b] = createPeers(doc, 2) as [Y.Doc, Y.Doc];
    setNodeBpmn(a, one, { parentId: two });
    setNodeBpmn(b, two, { parentId: one });
    syncDocs(a, b);
    const map = readProcessMap(a);
    expect(map).toEqual(readProcessMap(b));
    expect(map.nodes.filter((node) => node.parentId !== undefined)).toHaveLength(1);
    expect(validateProcessMap(map).success).toBe(true);
  });
});

describe('conditions and default flows', () => {
  it('keep one default flow per source, also when set one after the other', () => {
    const doc = createProcessDoc();
    const gateway = addNode(doc, { kind: 'decision', label: 'Vollständig?', ...at });
    const yes = addNode(doc, { kind: 'activity', label: 'Bearbeiten', ...at });
    const no = addNode(doc, { kind: 'activity', label: 'Nachfordern', ...at });
    const toYes = connect(doc, {
      source: gateway,
      target: yes,
      condition: 'vollständig = ja',
      isDefault: true,
    });
    const toNo = connect(doc, { source: gateway, target: no });
    setEdgeBpmn(doc, toNo, { isDefault: true });
    const map = readProcessMap(doc);
    expect(map.edges.find((edge) => edge.id === toYes)).toMatchObject({ condition: 'vollständig = ja' });
    expect(map.edges.find((edge) => edge.id === toYes)).not.toHaveProperty('isDefault');
    expect(map.edges.find((edge) => edge.id === toNo)).toMatchObject({ isDefault: true });
  });
});

describe('validateProcessMap on schema v2 references', () => {
  it('refuses lanes of missing pools, self-references and message edges to missing pools', () => {
    const base = readProcessMap(createProcessDoc());
    const node = { id: 'n', kind: 'intermediate', label: '', x: 0, y: 0, attrs: {} } as const;
    const cases: unknown[] = [
      { ...base, lanes: [{ id: 'l', label: '', order: 0, size: 100, kind: 'role', poolId: 'p' }] },
      { ...base, nodes: [{ ...node, attachedTo: 'n' }] },
      { ...base, nodes: [{ ...node, parentId: 'x' }] },
      { ...base, nodes: [node], edges: [{ id: 'e', kind: 'message', source: 'n', target: 'p' }] },
      {
        ...base,
        pools: [{ id: 'p', label: '', orientation: 'horizontal' }],
        nodes: [node],
        edges: [{ id: 'e', kind: 'sequence', source: 'n', target: 'p' }],
      },
    ];
    for (const map of cases) expect(validateProcessMap(map).success, JSON.stringify(map)).toBe(false);
    const fine = {
      ...base,
      pools: [{ id: 'p', label: '', orientation: 'horizontal' }],
      nodes: [node],
      edges: [{ id: 'e', kind: 'message', source: 'n', target: 'p' }],
    };
    expect(validateProcessMap(fine).success).toBe(true);
  });
});
