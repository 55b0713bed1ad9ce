// The canvas edge: sequence flow solid, message flow dashed, association dotted; its label editable in place.
import { memo, useCallback } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from '../flow-elements.ts';
import { LabelEditor } from '../nodes/LabelEditor.tsx';
import { useBoard, useBoardState } from '../store/context.tsx';

const DASH = { sequence: undefined, message: '7 5', association: '2 4' } as const;

function ProcessEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, data, selected, markerEnd } = props;
  const board = useBoard();
  const editing = useBoardState((s) => s.editing === id);
  const remoteColour = useBoardState((s) => s.remoteSelection[id]);
  const stopEditing = useCallback(() => board.store.setState({ editing: null }), [board]);
  const commit = useCallback((label: string) => board.actions.relabel(id, label), [board, id]);
  const [path, labelX, labelY] = getSmoothStepPath({ ...props, borderRadius: 10, offset: 18 });
  const edge = data?.edge;
  const kind = edge?.kind ?? 'sequence';
  const label = edge?.label;

  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        {...(markerEnd ? { markerEnd } : {})}
        interactionWidth={16}
        className={`pedge pedge-${kind}${selected ? ' is-selected' : ''}`}
        style={{
          strokeDasharray: DASH[kind],
          ...(remoteColour && !selected ? { stroke: remoteColour } : {}),
        }}
      />
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
