// Read-only canvas nodes: the editor's node look (same CSS classes and icons) without any editing, plus a diff mark.
import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { LANE_HEADER_WIDTH, type ProcessNode } from '@prozesswerk/process-model';
import { KindIcon } from '../board/icons.tsx';
import type { StaticLaneData, StaticNodeData } from './readonly-elements.ts';
import { ThreadPin } from './ThreadPin.tsx';

const SIDES = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
] as const;
const LABEL_OUTSIDE = new Set(['start', 'end', 'decision', 'parallel']);

function Shape({ node }: { node: ProcessNode }) {
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
    case 'activity':
    case 'note':
    case 'unknown':
      return null;
    default:
      return <KindIcon kind={node.kind} />;
  }
}

// The same short facts as the editor's activity node: processing time and medium.
function ActivityMeta({ node }: { node: ProcessNode }) {
  const { t } = useTranslation();
  const { durationMin, medium } = node.attrs;
  if (durationMin === undefined && !medium) return null;
  return (
    <div className="pnode-meta">
      {durationMin !== undefined ? <span>{t('units.minutesShort', { count: durationMin })}</span> : null}
      {medium ? <span>{t(`medium.${medium}`)}</span> : null}
    </div>
  );
}

function StaticNodeView({ data }: NodeProps<Node<StaticNodeData, 'static'>>) {
  const { t } = useTranslation();
  const { node, status } = data;
  const label = <span className="node-label">{node.label}</span>;
  return (
    <div
      className={`pnode pnode-${node.kind}${status ? ` diff-node diff-${status}` : ''}`}
      data-kind={node.kind}
      data-status={status ?? ''}
      data-testid="static-node"
    >
      <Shape node={node} />
      {LABEL_OUTSIDE.has(node.kind) ? (
        <div className="pnode-outside-label">{label}</div>
      ) : (
        <div className="pnode-body">{label}</div>
      )}
      {node.kind === 'activity' ? <ActivityMeta node={node} /> : null}
      {status ? <span className="diff-tag">{t(`compare.status.${status}`)}</span> : null}
      {data.threads ? <ThreadPin nodeId={node.id} count={data.threads} label={node.label} /> : null}
      {SIDES.map(([id, position]) => (
        <Handle key={id} id={id} type="source" position={position} className="pnode-handle" />
      ))}
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
