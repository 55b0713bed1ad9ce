// The canvas node for every process node kind; an unknown kind renders as a plain box with its stored name.
import { memo, useCallback } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useNodeLabels } from '../node-labels.tsx';
import type { ProcessFlowNode } from '../flow-elements.ts';
import { useBoard, useBoardState } from '../store/context.tsx';
import { LabelEditor } from './LabelEditor.tsx';
import { activityBorderClass } from './bpmn-notation.tsx';
import { ActivityMeta, NodeHandles, NodeLabelSlot, NodeShape } from './node-parts.tsx';
import { useSlots } from '../slots-context.tsx';
import { canvasElement } from '../canvas-focus.ts';

function ProcessNodeView({ id, data, selected }: NodeProps<ProcessFlowNode>) {
  const { node } = data;
  const board = useBoard();
  const editing = useBoardState((s) => s.editing === id);
  const remoteColour = useBoardState((s) => s.remoteSelection[id]);
  const readOnly = useBoardState((s) => s.access.readOnly);
  const stopEditing = useCallback(
    (byKey: boolean) => {
      board.store.setState({ editing: null });
      if (byKey) canvasElement(id)?.focus();
    },
    [board, id],
  );
  const commit = useCallback((label: string) => board.actions.relabel(id, label), [board, id]);

  const labels = useNodeLabels();
  const { nodeBadges } = useSlots();
  const label = editing ? (
    <LabelEditor value={node.label} onCommit={commit} onDone={stopEditing} />
  ) : (
    <span className="node-label">{node.label}</span>
  );

  return (
    <div
      className={`pnode pnode-${node.kind}${activityBorderClass(node)}${selected ? ' is-selected' : ''}${remoteColour ? ' is-remote-selected' : ''}`}
      style={remoteColour ? { ['--remote' as string]: remoteColour } : undefined}
      data-kind={node.kind}
      data-lane={node.laneId ?? ''}
      data-testid="process-node"
      onDoubleClick={readOnly ? undefined : () => board.store.setState({ editing: id })}
    >
      <NodeShape node={node} unknownKind={labels.unknownKind(node.rawKind ?? '?')} />
      <NodeLabelSlot kind={node.kind}>{label}</NodeLabelSlot>
      {node.kind === 'activity' && !editing ? <ActivityMeta node={node} labels={labels} /> : null}
      {nodeBadges.map((Badge, index) => (
        <Badge key={index} id={id} kind={node.kind} />
      ))}
      <NodeHandles />
    </div>
  );
}

export const ProcessNode = memo(ProcessNodeView);
