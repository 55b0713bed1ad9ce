// A swimlane: a band behind the process nodes with a header to rename, reorder and resize it.
import { memo, useCallback } from 'react';
import { NodeResizeControl, ResizeControlVariant, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { LANE_HEADER_WIDTH } from '@prozesswerk/process-model';
import { LANE_MIN_SIZE } from '../geometry.ts';
import type { LaneFlowNode } from '../flow-elements.ts';
import { useBoard, useBoardState } from '../store/context.tsx';
import { LabelEditor } from './LabelEditor.tsx';
import { canvasElement } from '../canvas-focus.ts';
import { LANE_FLOW_PREFIX } from '../navigation.ts';

function LaneNodeView({ data, selected }: NodeProps<LaneFlowNode>) {
  const { lane, index, count, pool, poolHeight, vertical } = data;
  const { t } = useTranslation();
  const board = useBoard();
  const editing = useBoardState((s) => s.editing === lane.id);
  const readOnly = useBoardState((s) => s.access.readOnly);
  const stopEditing = useCallback(
    (byKey: boolean) => {
      board.store.setState({ editing: null });
      if (byKey) canvasElement(LANE_FLOW_PREFIX + lane.id)?.focus();
    },
    [board, lane.id],
  );
  const commit = useCallback((label: string) => board.actions.renameLane(lane.id, label), [board, lane.id]);

  return (
    <div
      className={`lane lane-${lane.kind}${vertical ? ' lane-vertical' : ''}${selected ? ' is-selected' : ''}`}
      data-testid="lane"
    >
      {pool ? (
        <div
          className={`pool-header${vertical ? ' is-vertical' : ''}`}
          data-testid="pool-header"
          title={pool.label}
          style={vertical ? { width: poolHeight } : { height: poolHeight }}
        >
          <span className="pool-label">{pool.label}</span>
        </div>
      ) : null}
      <div
        className="lane-header"
        style={vertical ? undefined : { width: LANE_HEADER_WIDTH }}
        onDoubleClick={readOnly ? undefined : () => board.store.setState({ editing: lane.id })}
      >
        <span className="lane-kind">{t(`lanes.kind.${lane.kind}`)}</span>
        {editing ? (
          <LabelEditor value={lane.label} onCommit={commit} onDone={stopEditing} className="lane-editor" />
        ) : (
          <span className="lane-label">{lane.label}</span>
        )}
        {readOnly ? null : (
          <span className="lane-order nodrag">
            <button
              type="button"
              className="icon-button"
              tabIndex={-1}
              disabled={index === 0}
              aria-label={t(vertical ? 'lanes.moveLeft' : 'lanes.moveUp', { name: lane.label })}
              title={t(vertical ? 'lanes.moveLeft' : 'lanes.moveUp', { name: lane.label })}
              onClick={() => board.actions.moveLane(lane.id, -1)}
            >
              {vertical ? '◀' : '▲'}
            </button>
            <button
              type="button"
              className="icon-button"
              tabIndex={-1}
              disabled={index === count - 1}
              aria-label={t(vertical ? 'lanes.moveRight' : 'lanes.moveDown', { name: lane.label })}
              title={t(vertical ? 'lanes.moveRight' : 'lanes.moveDown', { name: lane.label })}
              onClick={() => board.actions.moveLane(lane.id, 1)}
            >
              {vertical ? '▶' : '▼'}
            </button>
          </span>
        )}
      </div>
      {readOnly ? null : (
        // A band grows at its lower edge, a column of a vertical pool at its right edge.
        <NodeResizeControl
          position={vertical ? 'right' : 'bottom'}
          variant={ResizeControlVariant.Line}
          {...(vertical ? { minWidth: LANE_MIN_SIZE } : { minHeight: LANE_MIN_SIZE })}
          className={`lane-resize${vertical ? ' is-vertical' : ''}`}
          onResizeEnd={(_event, params) => {
            board.actions.resizeLane(lane.id, vertical ? params.width : params.height);
            board.store.setState({ laneResize: null });
          }}
        />
      )}
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
