// Read-only canvas nodes: the editor's node look (same CSS classes and icons) without any editing, plus a diff mark.
import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { LANE_HEADER_WIDTH } from '@prozesswerk/process-model';
import { useNodeLabels } from '../board/node-labels.tsx';
import { ActivityMeta, NodeHandles, NodeLabelSlot, NodeShape } from '../board/nodes/node-parts.tsx';
import { activityBorderClass } from '../board/nodes/bpmn-notation.tsx';
import type { StaticLaneData, StaticNodeData } from './readonly-elements.ts';
import { ThreadPin } from './ThreadPin.tsx';

function StaticNodeView({ data }: NodeProps<Node<StaticNodeData, 'static'>>) {
  const { t } = useTranslation();
  const { node, status } = data;
  const label = <span className="node-label">{node.label}</span>;
  const labels = useNodeLabels();
  return (
    <div
      className={`pnode pnode-${node.kind}${activityBorderClass(node)}${status ? ` diff-node diff-${status}` : ''}`}
      data-kind={node.kind}
      data-status={status ?? ''}
      data-testid="static-node"
    >
      <NodeShape node={node} />
      <NodeLabelSlot kind={node.kind}>{label}</NodeLabelSlot>
      {node.kind === 'activity' ? <ActivityMeta node={node} labels={labels} /> : null}
      {status ? <span className="diff-tag">{t(`compare.status.${status}`)}</span> : null}
      {data.threads ? <ThreadPin nodeId={node.id} count={data.threads} label={node.label} /> : null}
      <NodeHandles />
    </div>
  );
}

function StaticLaneView({ data }: NodeProps<Node<StaticLaneData, 'staticLane'>>) {
  const { t } = useTranslation();
  const { lane, status } = data;
  return (
    <div
      className={`lane lane-${lane.kind}${status ? ` diff-lane diff-${status}` : ''}`}
      data-status={status ?? ''}
    >
      <div className="lane-header" style={{ width: LANE_HEADER_WIDTH }}>
        <span className="lane-kind">{t(`lanes.kind.${lane.kind}`)}</span>
        <span className="lane-label">{lane.label}</span>
      </div>
    </div>
  );
}

export const StaticNode = memo(StaticNodeView);
export const StaticLane = memo(StaticLaneView);
