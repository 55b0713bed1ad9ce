// Tests for the process metrics, each on a small process whose figures were worked out by hand.
import { describe, expect, it } from 'vitest';
import { asEdgeId, asLaneId, asNodeId } from './ids.ts';
import { computeMetrics } from './metrics.ts';
import type { ActivityAttrs, Lane, NodeKind, ProcessEdge, ProcessMap, ProcessNode } from './schema.ts';

function node(id: string, kind: NodeKind, attrs: ActivityAttrs = {}, laneId?: string): ProcessNode {
  const result: ProcessNode = { id: asNodeId(id), kind, label: id, x: 0, y: 0, attrs };
  if (laneId !== undefined) result.laneId = asLaneId(laneId);
  return result;
}

const activity = (id: string, attrs: ActivityAttrs = {}, laneId?: string) =>
  node(id, 'activity', attrs, laneId);

function flow(source: string, target: string, kind: ProcessEdge['kind'] = 'sequence'): ProcessEdge {
  return { id: asEdgeId(`${source}-${target}`), kind, source: asNodeId(source), target: asNodeId(target) };
}

// A chain of sequence flows through the given node ids.
function chain(...ids: string[]): ProcessEdge[] {
  return ids.slice(1).map((id, i) => flow(ids[i] as string, id));
}

function lane(id: string, order: number): Lane {
  return { id: asLaneId(id), label: id, order, size: 200, kind: 'orgUnit' };
}

function map(nodes: ProcessNode[], edges: ProcessEdge[], lanes: Lane[] = []): ProcessMap {
  return { schemaVersion: 1, nodes, edges, lanes };
}

const full = { durationMin: 10, casesPerYear: 100, medium: 'digital' } as const;

describe('counts', () => {
  it('counts activities, decisions, parallel gateways, documents and notes', () => {
    const metrics = computeMetrics(
      map(
        [
          activity('a1'),
          activity('a2'),
          node('d', 'decision'),
          node('p1', 'parallel'),
          node('p2', 'parallel'),
          node('doc', 'document'),
          node('n', 'note'),
          node('s', 'start'),
        ],
        [],
      ),
    );
    expect(metrics.counts).toEqual({
      activities: 2,
      decisions: 1,
      parallelGateways: 2,
      documents: 1,
      notes: 1,
      events: 0,
    });
  });
});

describe('hand-offs', () => {
  it('counts sequence flows between nodes in different lanes, and only those', () => {
    const nodes = [
      node('s', 'start', {}, 'L1'),
      activity('a', full, 'L1'),
      activity('b', full, 'L2'),
      activity('c', full, 'L1'),
      activity('free', full),
      node('e', 'end', {}, 'L2'),
    ];
    const edges = [
      ...chain('s', 'a', 'b', 'c', 'free', 'e'), // a→b and b→c cross lanes; c→free and free→e have a node without lane
      flow('a', 'c', 'message'), // not a sequence flow
      flow('c', 'e'), // crosses L1 → L2
    ];
    const metrics = computeMetrics(map(nodes, edges, [lane('L1', 0), lane('L2', 1)]));
    expect(metrics.handOffs).toBe(3);
    expect(metrics.handOffEdgeIds.sort()).toEqual(['a-b', 'b-c', 'c-e']);
  });
});

describe('media breaks', () => {
  it('counts a change of medium between directly connected activities', () => {
    const nodes = [
      activity('a', { medium: 'paper' }),
      activity('b', { medium: 'digital' }),
      activity('c', { medium: 'digital' }),
      activity('d', { medium: 'mixed' }),
    ];
    const metrics = computeMetrics(map(nodes, chain('a', 'b', 'c', 'd')));
    expect(metrics.mediaBreaks).toBe(2);
    expect(metrics.mediaBreakPairs).toEqual([
      { from: asNodeId('a'), to: asNodeId('b'), fromMedium: 'paper', toMedium: 'digital' },
      { from: asNodeId('c'), to: asNodeId('d'), fromMedium: 'digital', toMedium: 'mixed' },
    ]);
  });

  it('follows flows through decisions and parallel gateways to the next activities', () => {
    const nodes = [
      activity('a', { medium: 'paper' }),
      node('x', 'decision'),
      node('p', 'parallel'),
      activity('b', { medium: 'digital' }),
      activity('c', { medium: 'paper' }),
      activity('d', { medium: 'phone' }),
    ];
    // a → x → b, a → x → p → c, a → x → p → d: breaks a→b and a→d, not a→c.
    const edges = [flow('a', 'x'), flow('x', 'b'), flow('x', 'p'), flow('p', 'c'), flow('p', 'd')];
    const metrics = computeMetrics(map(nodes, edges));
    expect(metrics.mediaBreakPairs.map(({ from, to }) => `${from}→${to}`)).toEqual(['a→b', 'a→d']);
  });

  it('does not look past start, end or document nodes, or activities without a medium', () => {
    const nodes = [
      activity('a', { medium: 'paper' }),
      node('doc', 'document'),
      activity('b', { medium: 'digital' }),
      activity('c'),
      activity('d', { medium: 'digital' }),
    ];
    const metrics = computeMetrics(map(nodes, [...chain('a', 'doc', 'b'), ...chain('a', 'c', 'd')]));
    expect(metrics.mediaBreaks).toBe(0);
  });

  it('counts a pair once when two gateway branches lead to the same activity, and terminates on gateway loops', () => {
    const nodes = [
      activity('a', { medium: 'paper' }),
      node('x', 'decision'),
      node('y', 'decision'),
      activity('b', { medium: 'digital' }),
    ];
    const edges = [flow('a', 'x'), flow('x', 'y'), flow('y', 'x'), flow('x', 'b'), flow('y', 'b')];
    expect(computeMetrics(map(nodes, edges)).mediaBreaks).toBe(1);
  });
});

describe('lead time', () => {
  it('takes the longest path from start to end, adding processing and waiting time', () => {
    // s → a(10+5) → x → b(20) → j → e   and   x → c(5+60) → j: the path through c is longer (80 vs 35).
    const nodes = [
      node('s', 'start'),
      activity('a', { durationMin: 10, waitMin: 5 }),
      node('x', 'decision'),
      activity('b', { durationMin: 20 }),
      activity('c', { durationMin: 5, waitMin: 60 }),
      node('j', 'decision'),
      node('e', 'end'),
    ];
    const edges = [...chain('s', 'a', 'x', 'b', 'j', 'e'), flow('x', 'c'), flow('c', 'j')];
    const metrics = computeMetrics(map(nodes, edges));
    expect(metrics.leadTimeMin).toBe(80);
    expect(metrics.criticalPath).toEqual(['s', 'a', 'x', 'c', 'j', 'e']);
  });

  it('counts a loop once instead of running forever', () => {
    // s → a(10) → b(20) → x → e, with x → a back again ("Unterlagen nachfordern").
    const nodes = [
      node('s', 'start'),
      activity('a', { durationMin: 10 }),
      activity('b', { durationMin: 20 }),
      node('x', 'decision'),
      node('e', 'end'),
    ];
    const metrics = computeMetrics(map(nodes, [...chain('s', 'a', 'b', 'x', 'e'), flow('x', 'a')]));
    expect(metrics.leadTimeMin).toBe(30);
  });

  it('survives a cycle that contains the start node and a self loop', () => {
    const nodes = [node('s', 'start'), activity('a', { durationMin: 7 }), node('e', 'end')];
    const edges = [...chain('s', 'a', 'e'), flow('a', 's'), flow('a', 'a')];
    expect(computeMetrics(map(nodes, edges)).leadTimeMin).toBe(7);
  });

  it('treats missing times as zero and picks the heavier of two starts', () => {
    const nodes = [
      node('s1', 'start'),
      node('s2', 'start'),
      activity('a'),
      activity('b', { waitMin: 3 }),
      node('e', 'end'),
    ];
    const metrics = computeMetrics(map(nodes, [...chain('s1', 'a', 'e'), ...chain('s2', 'b', 'e')]));
    expect(metrics.leadTimeMin).toBe(3);
    expect(metrics.criticalPath).toEqual(['s2', 'b', 'e']);
  });

  it('is null when no end can be reached from a start', () => {
    const nodes = [node('s', 'start'), activity('a', { durationMin: 5 }), node('e', 'end')];
    const metrics = computeMetrics(map(nodes, [flow('s', 'a'), flow('e', 'a')]));
    expect(metrics.leadTimeMin).toBeNull();
    expect(metrics.criticalPath).toEqual([]);
  });
});

describe('staff time and cost', () => {
  it('multiplies processing time by cases and prices it by lane, then role, then the default rate', () => {
    const nodes = [
      activity('byLane', { durationMin: 30, casesPerYear: 100, role: 'Sachbearbeitung' }, 'L1'), // 3000 min × 60 €/h
      activity('byRole', { durationMin: 6, casesPerYear: 1000, role: 'Sachbearbeitung', waitMin: 999 }, 'L2'), // 6000 min × 48 €/h
      activity('byDefault', { durationMin: 1, casesPerYear: 600 }), // 600 min × 30 €/h
    ];
    const metrics = computeMetrics(map(nodes, [], [lane('L1', 0), lane('L2', 1)]), {
      hourlyRates: { L1: 60, Sachbearbeitung: 48 },
      defaultHourlyRate: 30,
    });
    expect(metrics.staffMinutesPerYear).toBe(9600);
    expect(metrics.staffCostPerYear).toBeCloseTo(3000 + 4800 + 300);
  });

  it('leaves out activities with missing values and warns about a missing rate', () => {
    const nodes = [
      activity('noCases', { durationMin: 10 }),
      activity('noDuration', { casesPerYear: 10 }),
      activity('noRate', { durationMin: 2, casesPerYear: 30, role: 'constructor' }),
    ];
    const metrics = computeMetrics(map(nodes, []));
    expect(metrics.staffMinutesPerYear).toBe(60);
    expect(metrics.staffCostPerYear).toBe(0);
    expect(metrics.warnings).toContainEqual({ code: 'missing-rate', nodeId: 'noRate' });
  });

  it("counts only the administration's work: the applicant's steps in an external lane cost no staff time", () => {
    const applicant: Lane = { ...lane('applicant', 0), kind: 'external' };
    const nodes = [
      node('s', 'start', {}, 'applicant'),
      activity('fill', { durationMin: 25, casesPerYear: 900, medium: 'paper' }, 'applicant'), // not staff time
      activity('noCases', { durationMin: 5, medium: 'paper' }, 'applicant'), // not asked for cases or a rate
      activity('check', { durationMin: 10, waitMin: 60, casesPerYear: 900, medium: 'paper' }, 'office'),
      node('e', 'end', {}, 'office'),
    ];
    const metrics = computeMetrics(
      map(nodes, chain('s', 'fill', 'noCases', 'check', 'e'), [applicant, lane('office', 1)]),
      {
        hourlyRates: { office: 60 },
      },
    );
    expect(metrics.staffMinutesPerYear).toBe(9000);
    expect(metrics.staffCostPerYear).toBeCloseTo(9000);
    expect(metrics.externalActivities).toBe(2);
    // The applicant's time still makes the case take longer.
    expect(metrics.leadTimeMin).toBe(25 + 5 + 10 + 60);
    expect(metrics.warnings).toEqual([]);
  });

  it('relates staff time to the cases of the busiest step, so a rarer branch does not shrink the case count', () => {
    const nodes = [
      activity('accept', { durationMin: 10, casesPerYear: 900 }),
      activity('askAgain', { durationMin: 5, casesPerYear: 180 }), // one case in five needs it
      activity('issue', { durationMin: 4, casesPerYear: 900 }),
    ];
    const metrics = computeMetrics(map(nodes, chain('accept', 'askAgain', 'issue')));
    expect(metrics.staffMinutesPerYear).toBe(9000 + 900 + 3600);
    expect(metrics.casesPerYear).toBe(900);
    expect(metrics.staffMinutesPerCase).toBe(15);
  });

  it('has no figure per case when no step says how many cases there are', () => {
    const metrics = computeMetrics(map([activity('a', { durationMin: 10 })], []));
    expect(metrics.casesPerYear).toBeNull();
    expect(metrics.staffMinutesPerCase).toBeNull();
  });
});

describe('warnings', () => {
  it('names missing values, unreachable activities and dangling decisions', () => {
    const nodes = [
      node('s', 'start'),
      activity('a', full),
      node('x', 'decision'),
      activity('b', { durationMin: 5 }),
      activity('island', full),
      node('e', 'end'),
    ];
    const metrics = computeMetrics(map(nodes, chain('s', 'a', 'x', 'b', 'e')), { defaultHourlyRate: 50 });
    expect(metrics.warnings).toEqual([
      { code: 'dangling-decision', nodeId: 'x' },
      { code: 'unreachable', nodeId: 'island' },
      { code: 'missing-cases', nodeId: 'b' },
      { code: 'missing-medium', nodeId: 'b' },
    ]);
  });

  it('warns when there is no start and no end', () => {
    const metrics = computeMetrics(map([activity('a', full)], []), { defaultHourlyRate: 50 });
    expect(metrics.warnings).toEqual([
      { code: 'no-start' },
      { code: 'no-end' },
      { code: 'unreachable', nodeId: 'a' },
    ]);
  });

  it('gives an empty map zero figures and only the start/end warnings', () => {
    const metrics = computeMetrics(map([], []));
    expect(metrics).toMatchObject({
      handOffs: 0,
      mediaBreaks: 0,
      leadTimeMin: null,
      staffMinutesPerYear: 0,
      staffCostPerYear: 0,
    });
    expect(metrics.warnings).toEqual([{ code: 'no-start' }, { code: 'no-end' }]);
  });
});
