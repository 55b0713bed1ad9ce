// BPMN's marks at the start of a connection (default slash, conditional diamond, message circle), drawn alike on the
// canvas, on read-only maps and in the image export from where the connection starts and the way it leaves.
import { isSide, type Point, type ProcessEdge, type Side } from '@prozesswerk/process-model';

export const FLOW_MARKS = ['default', 'conditional', 'message'] as const;
export type FlowMark = (typeof FLOW_MARKS)[number];

/** Where a connection starts and the unit direction its first run leaves in. */
export type FlowStart = { point: Point; dx: number; dy: number };

type MarkedEdge = Pick<ProcessEdge, 'kind' | 'condition' | 'isDefault'>;

/*
 * A default flow carries the slash wherever it starts; a condition gets the diamond only on a flow leaving an
 * activity, since every flow leaving a gateway is conditional anyway (BPMN 2.0, 10.3.1). A message flow starts
 * in a small circle. A flow that is both default and conditional is not valid BPMN: the default wins.
 */
export function flowMarkOf(edge: MarkedEdge, sourceKind: string | undefined): FlowMark | undefined {
  if (edge.kind === 'message') return 'message';
  if (edge.kind !== 'sequence') return undefined;
  if (edge.isDefault === true) return 'default';
  if (hasCondition(edge) && sourceKind === 'activity') return 'conditional';
  return undefined;
}

function hasCondition(edge: MarkedEdge): boolean {
  return (edge.condition?.trim() ?? '') !== '';
}

/** Whether the mark is a closed shape filled with paper (diamond, circle) or a bare stroke (slash). */
export function flowMarkFilled(mark: FlowMark): boolean {
  return mark !== 'default';
}

const SIDE_DIRECTION: Readonly<Record<Side, readonly [number, number]>> = {
  top: [0, -1],
  right: [1, 0],
  bottom: [0, 1],
  left: [-1, 0],
};

/** An automatic path leaves its start point straight out of the node's side (React Flow's `Position` names one). */
export function sideStart(point: Point, side: Side | string): FlowStart {
  const [dx, dy] = SIDE_DIRECTION[isSide(side) ? side : 'right'];
  return { point, dx, dy };
}

/** A stored route starts at its first point and leaves towards the next point that is not the same. */
export function routeStart(points: readonly Point[] | undefined): FlowStart | undefined {
  const [first, ...rest] = points ?? [];
  if (!first) return undefined;
  for (const next of rest) {
    const length = Math.hypot(next.x - first.x, next.y - first.y);
    if (length > 0) return { point: first, dx: (next.x - first.x) / length, dy: (next.y - first.y) / length };
  }
  return undefined;
}

// Sizes in px, near what bpmn-js draws: the slash crosses the line 10 px in, the diamond is 16 long, the circle 8 wide.
const SLASH_AT = 10;
const SLASH_HALF = 6;
const DIAMOND_LENGTH = 16;
const DIAMOND_HALF_WIDTH = 5;
const CIRCLE_RADIUS = 4;

/** The SVG path of the mark, in the coordinates of the connection. */
export function flowMarkPath(mark: FlowMark, start: FlowStart): string {
  const { point, dx, dy } = start;
  // `along` runs with the connection, `across` to its right (screen coordinates: y points down).
  const at = (along: number, across: number): Point => ({
    x: round(point.x + dx * along - dy * across),
    y: round(point.y + dy * along + dx * across),
  });
  if (mark === 'default') {
    // Leaning forward: from behind-right of the line to ahead-left of it.
    const a = at(SLASH_AT - SLASH_HALF * Math.SQRT1_2, SLASH_HALF * Math.SQRT1_2);
    const b = at(SLASH_AT + SLASH_HALF * Math.SQRT1_2, -SLASH_HALF * Math.SQRT1_2);
    return `M ${a.x} ${a.y} L ${b.x} ${b.y}`;
  }
  if (mark === 'conditional') {
    const corners = [
      at(0, 0),
      at(DIAMOND_LENGTH / 2, DIAMOND_HALF_WIDTH),
      at(DIAMOND_LENGTH, 0),
      at(DIAMOND_LENGTH / 2, -DIAMOND_HALF_WIDTH),
    ];
    return `M ${corners.map((c) => `${c.x} ${c.y}`).join(' L ')} Z`;
  }
  const near = at(0, 0);
  const far = at(2 * CIRCLE_RADIUS, 0);
  const r = CIRCLE_RADIUS;
  return `M ${near.x} ${near.y} A ${r} ${r} 0 1 1 ${far.x} ${far.y} A ${r} ${r} 0 1 1 ${near.x} ${near.y} Z`;
}

function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

const CONDITION_LABEL_MAX = 40;

/**
 * The text a connection shows: its own label, else (for a sequence flow) its condition, shortened to one line,
 * so the condition an import brought is visible on the map. Callers escape it as their output needs.
 */
export function shownEdgeLabel(edge: Pick<ProcessEdge, 'kind' | 'label' | 'condition'>): string | undefined {
  const label = edge.label?.trim();
  if (label) return edge.label;
  if (edge.kind !== 'sequence') return undefined;
  const condition = edge.condition?.replace(/\s+/g, ' ').trim();
  if (!condition) return undefined;
  return condition.length > CONDITION_LABEL_MAX
    ? `${condition.slice(0, CONDITION_LABEL_MAX - 1).trimEnd()}…`
    : condition;
}
