// Metrics on BPMN kinds: waiting events and timers count in the lead time, boundary paths, sub-processes, gateways.
import { describe, expect, it } from 'vitest';
import { isoDurationMinutes } from './duration.ts';
import { asEdgeId, asNodeId } from './ids.ts';
import { computeMetrics } from './metrics.ts';
import type { ActivityAttrs, NodeKind, ProcessEdge, ProcessMap, ProcessNode } from './schema.ts';
import type { BpmnNodeFields } from './schema-bpmn.ts';

type Fields = Omit<BpmnNodeFields, 'attachedTo' | 'parentId'> & { attachedTo?: string; parentId?: string };

function node(id: string, kind: NodeKind, attrs: ActivityAttrs = {}, fields: Fields = {}): ProcessNode {
  const { attachedTo, parentId, ...rest } = fields;
  const result: ProcessNode = { id: asNodeId(id), kind, label: id, x: 0, y: 0, attrs, ...rest };
  if (attachedTo !== undefined) result.attachedTo = asNodeId(attachedTo);
  if (parentId !== undefined) result.parentId = asNodeId(parentId);
  return result;
}

function chain(...ids: string[]): ProcessEdge[] {
  return ids.slice(1).map((id, i) => ({
    id: asEdgeId(`${ids[i]}-${id}`),
    kind: 'sequence',
    source: asNodeId(ids[i] as string),
    target: asNodeId(id),
  }));
}

const map = (nodes: ProcessNode[], edges: ProcessEdge[]): ProcessMap => ({
  schemaVersion: 2,
  nodes,
  edges,
  lanes: [],
});

describe('lead time with BPMN events', () => {
  it("counts a timer's duration as waiting time, unless the event gives its own", () => {
    const nodes = [
      node('s', 'start'),
      node('a', 'activity', { durationMin: 30 }),
      node('t', 'intermediate', {}, { trigger: 'timer', timerType: 'duration', expression: 'P2D' }),
      node('m', 'intermediate', { waitMin: 60 }, { trigger: 'message' }),
      node('e', 'end'),
    ];
    const metrics = computeMetrics(map(nodes, chain('s', 'a', 't', 'm', 'e')));
    expect(metrics.leadTimeMin).toBe(30 + 2 * 1440 + 60);
    expect(metrics.counts.events).toBe(2);
    expect(metrics.warnings.filter((warning) => warning.nodeId === 't')).toEqual([]);
  });

  it('takes a path through a boundary timer as leaving the activity when the deadline passes', () => {
    // a takes 10 days; after 3 days the reminder path leaves it: 3 days + 60 min reminder.
    const nodes = [
      node('s', 'start'),
      node('a', 'activity', { durationMin: 14400 }),
      node(
        'b',
        'intermediate',
        {},
        { trigger: 'timer', expression: 'P3D', attachedTo: 'a', interrupting: false },
      ),
      node('r', 'activity', { durationMin: 60 * 24 * 10 }),
      node('e1', 'end'),
      node('e2', 'end'),
    ];
    const edges = [...chain('s', 'a', 'e1'), ...chain('b', 'r', 'e2')];
    const metrics = computeMetrics(map(nodes, edges));
    expect(metrics.leadTimeMin).toBe(3 * 1440 + 14400);
    expect(metrics.criticalPath).toEqual(['s', 'a', 'b', 'r', 'e2']);
    expect(metrics.warnings.map((warning) => warning.code)).not.toContain('unreachable');
  });

  it('takes the longest path through an open sub-process, whose start and end are its own', () => {
    const nodes = [
      node('s', 'start'),
      node('sub', 'activity', {}, { activityType: 'subProcess', expanded: true }),
      node('is', 'start', {}, { parentId: 'sub' }),
      node('i1', 'activity', { durationMin: 20 }, { parentId: 'sub' }),
      node('i2', 'activity', { durationMin: 15 }, { parentId: 'sub' }),
      node('ie', 'end', {}, { parentId: 'sub' }),
      node('e', 'end'),
    ];
    const metrics = computeMetrics(map(nodes, [...chain('s', 'sub', 'e'), ...chain('is', 'i1', 'i2', 'ie')]));
    expect(metrics.leadTimeMin).toBe(35);
    expect(metrics.criticalPath).toEqual(['s', 'sub', 'e']);
    expect(metrics.warnings.map((warning) => warning.code)).not.toContain('unreachable');
  });
});

describe('gateways and events in counts and warnings', () => {
  it('counts inclusive, event-based and complex gateways as decisions and warns when one has nothing to decide', () => {
    const nodes = [node('s', 'start'), node('g', 'inclusive'), node('x', 'eventBased'), node('e', 'end')];
    const metrics = computeMetrics(map(nodes, chain('s', 'g', 'x', 'e')));
    expect(metrics.counts.decisions).toBe(2);
    expect(metrics.warnings.filter((warning) => warning.code === 'dangling-decision')).toHaveLength(2);
  });

  it('finds media breaks across intermediate events and any gateway', () => {
    const nodes = [
      node('a', 'activity', { medium: 'paper' }),
      node('w', 'intermediate', {}, { trigger: 'message' }),
      node('g', 'complex'),
      node('b', 'activity', { medium: 'digital' }),
    ];
    expect(computeMetrics(map(nodes, chain('a', 'w', 'g', 'b'))).mediaBreaks).toBe(1);
  });

  it('counts data stores and process inputs with the documents', () => {
    const nodes = [
      node('d', 'document'),
      node('db', 'dataStore'),
      node('in', 'dataInput'),
      node('g', 'group'),
    ];
    expect(computeMetrics(map(nodes, [])).counts.documents).toBe(3);
  });
});

describe('isoDurationMinutes', () => {
  it('reads the durations BPMN timers use and refuses dates and cycles', () => {
    expect(isoDurationMinutes('PT2H30M')).toBe(150);
    expect(isoDurationMinutes('P14D')).toBe(20160);
    expect(isoDurationMinutes('p1w')).toBe(10080);
    expect(isoDurationMinutes('PT0,5H')).toBe(30);
    expect(isoDurationMinutes('2026-01-01T00:00:00Z')).toBeUndefined();
    expect(isoDurationMinutes('R3/PT1H')).toBeUndefined();
    expect(isoDurationMinutes('P')).toBeUndefined();
  });
});
