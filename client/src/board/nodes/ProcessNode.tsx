// The canvas node for every process node kind; an unknown kind renders as a plain box with its stored name.
import { memo, useCallback } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ProcessNode as ProcessNodeModel } from '@prozesswerk/process-model';
import { KindIcon } from '../icons.tsx';
import { useNodeLabels } from '../node-labels.tsx';
import type { ProcessFlowNode } from '../flow-elements.ts';
import { useBoard, useBoardState } from '../store/context.tsx';
import { LabelEditor } from './LabelEditor.tsx';
import { NodeVotes } from '../../workshop/NodeVotes.tsx';

const SIDES = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
] as const;

// Circles and diamonds are small, so their label sits below the shape instead of inside.
const LABEL_OUTSIDE = new Set(['start', 'end', 'decision', 'parallel']);

function ProcessNodeView({ id, data, selected }: NodeProps<ProcessFlowNode>) {
  const { node } = data;
  const board = useBoard();
  const editing = useBoardState((s) => s.editing === id);
  const remoteColour = useBoardState((s) => s.remoteSelection[id]);
  const readOnly = useBoardState((s) => s.access.readOnly);
  const stopEditing = useCallback(() => board.store.setState({ editing: null }), [board]);
  const commit = useCallback((label: string) => board.actions.relabel(id, label), [board, id]);

  const outside = LABEL_OUTSIDE.has(node.kind);
  const label = editing ? (
    <LabelEditor value={node.label} onCommit={commit} onDone={stopEditing} />
  ) : (
    <span className="node-label">{node.label}</span>
  );

  return (
    <div
      className={`pnode pnode-${node.kind}${selected ? ' is-selected' : ''}${remoteColour ? ' is-remote-selected' : ''}`}
      style={remoteColour ? { ['--remote' as string]: remoteColour } : undefined}
      data-kind={node.kind}
      data-lane={node.laneId ?? ''}
      data-testid="process-node"
      onDoubleClick={readOnly ? undefined : () => board.store.setState({ editing: id })}
    >
      <Shape node={node} />
      {outside ? (
        <div className="pnode-outside-label">{label}</div>
      ) : (
        <div className="pnode-body">{label}</div>
      )}
      {node.kind === 'activity' && !editing ? <ActivityMeta node={node} /> : null}
      <NodeVotes id={id} kind={node.kind} />
      {SIDES.map(([handleId, position]) => (
        <Handle key={handleId} id={handleId} type="source" position={position} className="pnode-handle" />
      ))}
    </div>
  );
}

function Shape({ node }: { node: ProcessNodeModel }) {
  const labels = useNodeLabels();
  switch (node.kind) {
    case 'decision':
    case 'parallel':
      return (
        <div className="pnode-shape" aria-hidden="true">
          <svg viewBox="0 0 56 56" width="100%" height="100%">
            <path d="M28 2 54 28 28 54 2 28Z" className="pnode-diamond" />
            {node.kind === 'decision' ? (
              <path d="m21 21 14 14m0-14-14 14" className="pnode-mark" />
            ) : (
              <path d="M28 18v20M18 28h20" className="pnode-mark" />
            )}
          </svg>
        </div>
      );
    case 'document':
      return (
        <svg className="pnode-shape" viewBox="0 0 150 72" preserveAspectRatio="none" aria-hidden="true">
          <path d="M1 1h148v60c-25-14-50 14-74 2S26 49 1 61Z" className="pnode-doc" />
        </svg>
      );
    case 'unknown':
      return <span className="pnode-unknown-kind">{labels.unknownKind(node.rawKind ?? '?')}</span>;
    case 'activity':
    case 'note':
      return null;
    default:
      return <KindIcon kind={node.kind} />;
  }
}

function ActivityMeta({ node }: { node: ProcessNodeModel }) {
  const labels = useNodeLabels();
  // The role is shown by the lane and the inspector; a node this small has room for time and medium only.
  const { durationMin, medium } = node.attrs;
  if (durationMin === undefined && !medium) return null;
  return (
    <div className="pnode-meta">
      {durationMin !== undefined ? <span>{labels.minutes(durationMin)}</span> : null}
      {medium ? <span>{labels.medium[medium]}</span> : null}
    </div>
  );
}

export const ProcessNode = memo(ProcessNodeView);
