// Where a step added or moved by keyboard or in the text view goes: beside its predecessor or in its lane, never on top.
import { LANE_HEADER_WIDTH, LANE_LEFT, laneBands, nodeSize } from '@prozesswerk/process-model';
import type { Lane, NodeKind, ProcessNode } from '@prozesswerk/process-model';
import { freeSpotBeside } from './placement.ts';
import type { XY } from './store/presence.ts';

const GAP = 72;
const MARGIN = 16;
const TRIES = 40;

type Placed = Pick<ProcessNode, 'id' | 'kind' | 'x' | 'y' | 'w' | 'h'>;

function overlaps(nodes: readonly Placed[], ignore: string | undefined, at: XY, kind: NodeKind): boolean {
  const size = nodeSize({ kind, w: undefined, h: undefined });
  return nodes.some((node) => {
    if (node.id === ignore) return false;
    const other = nodeSize(node);
    return (
      at.x < node.x + other.width + MARGIN &&
      node.x < at.x + size.width + MARGIN &&
      at.y < node.y + other.height + MARGIN &&
      node.y < at.y + size.height + MARGIN
    );
  });
}

/** Steps `at` by `step` until nothing is in the way (or gives up after a while and takes the last spot). */
function freeFrom(
  nodes: readonly Placed[],
  ignore: string | undefined,
  at: XY,
  kind: NodeKind,
  step: XY,
): XY {
  let spot = at;
  for (let i = 0; i < TRIES && overlaps(nodes, ignore, spot, kind); i++) {
    spot = { x: spot.x + step.x, y: spot.y + step.y };
  }
  return { x: Math.round(spot.x), y: Math.round(spot.y) };
}

/** Top-left of a new `kind` step right of `source`, centred on its middle; the nearest free spot if taken. */
export function placeAfter(source: Placed, kind: NodeKind, nodes: readonly Placed[]): XY {
  const size = nodeSize({ kind, w: undefined, h: undefined });
  const taken = nodes.map((node) => ({ x: node.x, y: node.y, ...nodeSize(node) }));
  return freeSpotBeside(size, { x: source.x, y: source.y, ...nodeSize(source) }, { x: 0, y: 0 }, taken);
}

/** Top-left of a new `kind` step at the end of a lane (or below all lanes when `laneId` is null). */
export function placeInLane(
  laneId: string | null,
  kind: NodeKind,
  nodes: readonly (Placed & Pick<ProcessNode, 'laneId'>)[],
  lanes: readonly Lane[],
): XY {
  const size = nodeSize({ kind, w: undefined, h: undefined });
  const middle = laneMiddle(laneId, lanes) - size.height / 2;
  const inLane = nodes.filter((node) => (node.laneId ?? null) === laneId);
  const right = inLane.reduce((max, node) => Math.max(max, node.x + nodeSize(node).width), -Infinity);
  const x = Number.isFinite(right) ? right + GAP : LANE_LEFT + LANE_HEADER_WIDTH + 48;
  return freeFrom(nodes, undefined, { x, y: middle }, kind, { x: size.width + GAP, y: 0 });
}

/** Where a step moved into another lane lands: same column, that lane's middle, aside if the spot is taken. */
export function placeInOtherLane(
  node: Placed,
  laneId: string | null,
  nodes: readonly Placed[],
  lanes: readonly Lane[],
): XY {
  const kind = node.kind === 'unknown' ? 'activity' : node.kind;
  const size = nodeSize(node);
  const at = { x: node.x, y: laneMiddle(laneId, lanes) - size.height / 2 };
  return freeFrom(nodes, node.id, at, kind, { x: size.width + MARGIN * 2, y: 0 });
}

function laneMiddle(laneId: string | null, lanes: readonly Lane[]): number {
  const bands = laneBands(lanes);
  const band = bands.find((entry) => entry.lane.id === laneId);
  if (band) return band.top + band.height / 2;
  const last = bands.at(-1);
  return last ? last.top + last.height + 100 : 100;
}
