// The canvas edge: sequence flow solid, message flow dashed, association dotted; its label editable in place.
// It follows its stored route (tidy-up, BPMN waypoints) while that still fits its two nodes, else an automatic path,
// and starts with BPMN's mark for a default, conditional or message flow (flow-marks.ts).
import { memo, useCallback } from 'react';
import {
  BaseEdge,
  EdgeLabelRenderer,
  Position,
  getSmoothStepPath,
  useInternalNode,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react';
import { facingSides, sideAnchor, type Box, type Side } from '@prozesswerk/process-model';
import type { FlowEdge } from '../flow-elements.ts';
import { LabelEditor } from '../nodes/LabelEditor.tsx';
import { useBoard, useBoardState } from '../store/context.tsx';
import { canvasElement } from '../canvas-focus.ts';
import { storedRoutePath, type RoutePath } from './route-path.ts';
import {
  flowMarkFilled,
  flowMarkOf,
  flowMarkPath,
  routeStart,
  shownEdgeLabel,
  sideStart,
  type FlowStart,
} from './flow-marks.ts';

const DASH = { sequence: undefined, message: '7 5', association: '2 4' } as const;

function ProcessEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, data, selected, markerEnd } = props;
  const board = useBoard();
  const editing = useBoardState((s) => s.editing === id);
  const remoteColour = useBoardState((s) => s.remoteSelection[id]);
  const stopEditing = useCallback(
    (byKey: boolean) => {
      board.store.setState({ editing: null });
      if (byKey) canvasElement(id)?.focus();
    },
    [board, id],
  );
  const commit = useCallback((label: string) => board.actions.relabel(id, label), [board, id]);
  const { path, labelX, labelY, routed, start } = useEdgePath(props);
  const edge = data?.edge;
  const kind = edge?.kind ?? 'sequence';
  const sourceKind = useBoardState((s) => s.nodes[props.source]?.kind);
  const mark = edge && flowMarkOf(edge, sourceKind);
  // While editing, the field holds the label itself, never the condition shown in its place.
  const label = editing ? edge?.label : edge && shownEdgeLabel(edge);

  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        {...(markerEnd ? { markerEnd } : {})}
        interactionWidth={16}
        className={`pedge pedge-${kind}${routed ? ' pedge-routed' : ''}${selected ? ' is-selected' : ''}`}
        style={{
          strokeDasharray: DASH[kind],
          ...(remoteColour && !selected ? { stroke: remoteColour } : {}),
        }}
      />
      {mark ? (
        <path
          className={`pedge-mark${flowMarkFilled(mark) ? ' is-filled' : ''}${selected ? ' is-selected' : ''}`}
          data-flow-mark={mark}
          d={flowMarkPath(mark, start)}
          style={remoteColour && !selected ? { stroke: remoteColour } : undefined}
        />
      ) : null}
      {label || editing ? (
        <EdgeLabelRenderer>
          <div
            className={`pedge-label nodrag nopan${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {editing ? <LabelEditor value={label ?? ''} onCommit={commit} onDone={stopEditing} /> : label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const ProcessEdge = memo(ProcessEdgeView);

const POSITION: Readonly<Record<Side, Position>> = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

function boxOf(node: InternalNode): Box | undefined {
  const { width, height } = node.measured;
  if (width === undefined || height === undefined) return undefined;
  return { ...node.internals.positionAbsolute, width, height };
}

type EdgePath = RoutePath & { routed: boolean; start: FlowStart };

function useEdgePath(props: EdgeProps<FlowEdge>): EdgePath {
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  const sourceBox = source && boxOf(source);
  const targetBox = target && boxOf(target);
  // While a node is dragged its box moves with it, so the stored route gives way to the automatic path at once.
  const stored = storedRoutePath(props.data?.edge.waypoints, sourceBox, targetBox);
  const waypoints = props.data?.edge.waypoints;
  const routedStart = stored && routeStart(waypoints);
  if (stored && routedStart) return { ...stored, routed: true, start: routedStart };
  const ends = facingEnds(props, sourceBox, targetBox);
  const from = { ...props, ...ends };
  const [path, labelX, labelY] = getSmoothStepPath({ ...from, borderRadius: 10, offset: 18 });
  const start = sideStart({ x: from.sourceX, y: from.sourceY }, from.sourcePosition);
  return { path, labelX, labelY, routed: false, start };
}

/*
 * A connection drawn on the board remembers the sides it was drawn between; one from an import, the demo or
 * another tool has none, and React Flow would then take each node's first handle (the top). Those attach on
 * the sides that face each other instead, as the image export draws them.
 */
function facingEnds(props: EdgeProps<FlowEdge>, sourceBox: Box | undefined, targetBox: Box | undefined) {
  const stored = props.data?.edge;
  if (!sourceBox || !targetBox || (stored?.sourceHandle && stored.targetHandle)) return {};
  const [fromSide, toSide] = facingSides(sourceBox, targetBox);
  const ends: Partial<
    Pick<EdgeProps, 'sourceX' | 'sourceY' | 'sourcePosition' | 'targetX' | 'targetY' | 'targetPosition'>
  > = {};
  if (!stored?.sourceHandle) {
    const from = sideAnchor(sourceBox, fromSide);
    Object.assign(ends, { sourceX: from.x, sourceY: from.y, sourcePosition: POSITION[fromSide] });
  }
  if (!stored?.targetHandle) {
    const to = sideAnchor(targetBox, toSide);
    Object.assign(ends, { targetX: to.x, targetY: to.y, targetPosition: POSITION[toSide] });
  }
  return ends;
}
