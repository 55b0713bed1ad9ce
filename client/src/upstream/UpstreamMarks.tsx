// The origin's changes on the map while they are reviewed: marks on steps here, outlines of steps new there.
import { memo } from 'react';
import { ViewportPortal, useInternalNode } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { NODE_SIZES, nodeSize, type ReadNodeKind } from '@prozesswerk/process-model';
import { useBoardState } from '../board/store/context.tsx';
import type { UpstreamChange } from './api.ts';
import { UPSTREAM_DRAWER, useChangesById, useUpstream } from './context.tsx';
import './upstream.css';

const useReviewing = () => useBoardState((s) => s.drawer === UPSTREAM_DRAWER);

/** A node badge: a coloured frame and a short label on a step the origin changed, moved or removed. */
export const UpstreamNodeMark = memo(function UpstreamNodeMark({ id }: { id: string; kind: string }) {
  const { t } = useTranslation();
  const reviewing = useReviewing();
  const change = useChangesById().get(id);
  const { focused } = useUpstream();
  if (!reviewing || !change || change.alreadyApplied) return null;
  return (
    <span
      className={`upstream-mark is-${change.kind}${change.collision ? ' is-collision' : ''}${focused === id ? ' is-focused' : ''}`}
      data-testid="upstream-mark"
      data-kind={change.kind}
    >
      <span className="upstream-mark-label">{t(`upstream.mark.${change.kind}`)}</span>
    </span>
  );
});

/** Canvas overlay: where the origin put new steps, and which connections it removed, drawn over the map. */
export function UpstreamGhosts() {
  const reviewing = useReviewing();
  const { report, focused } = useUpstream();
  const nodes = useBoardState((s) => s.nodes);
  if (!reviewing || !report) return null;
  const open = report.changes.filter((change) => !change.alreadyApplied);
  return (
    <ViewportPortal>
      {open
        .filter((change) => change.element === 'node' && !(change.id in nodes) && change.kind !== 'removed')
        .map((change) => (
          <Ghost key={change.id} change={change} focused={focused === change.id} />
        ))}
      {open
        .filter((change) => change.element === 'edge' && change.kind === 'removed')
        .map((change) => (
          <RemovedEdge key={change.id} change={change} focused={focused === change.id} />
        ))}
    </ViewportPortal>
  );
}

function after(change: UpstreamChange, field: string): unknown {
  return change.fields.find((f) => f.field === field)?.after;
}

function Ghost({ change, focused }: { change: UpstreamChange; focused: boolean }) {
  const { t } = useTranslation();
  const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((field) => after(change, field));
  if (typeof x !== 'number' || typeof y !== 'number') return null;
  const kind = (
    change.elementKind && change.elementKind in NODE_SIZES ? change.elementKind : 'unknown'
  ) as ReadNodeKind;
  const size = nodeSize({
    kind,
    w: typeof w === 'number' ? w : undefined,
    h: typeof h === 'number' ? h : undefined,
  });
  return (
    <div
      className={`upstream-ghost${focused ? ' is-focused' : ''}`}
      data-testid="upstream-ghost"
      style={{ transform: `translate(${x}px, ${y}px)`, width: size.width, height: size.height }}
    >
      {t('upstream.ghost', { name: change.name || t('upstream.unnamed') })}
    </div>
  );
}

/** A removed connection still drawn here: a dashed line over it between its steps' centres. */
function RemovedEdge({ change, focused }: { change: UpstreamChange; focused: boolean }) {
  const edge = useBoardState((s) => s.edges[change.id]);
  const source = useInternalNode(edge?.source ?? '');
  const target = useInternalNode(edge?.target ?? '');
  if (!edge || !source || !target) return null;
  const centre = (node: typeof source) => ({
    x: node.internals.positionAbsolute.x + (node.measured.width ?? 0) / 2,
    y: node.internals.positionAbsolute.y + (node.measured.height ?? 0) / 2,
  });
  const [a, b] = [centre(source), centre(target)];
  const left = Math.min(a.x, b.x);
  const top = Math.min(a.y, b.y);
  return (
    <svg
      className={`upstream-removed-edge${focused ? ' is-focused' : ''}`}
      data-testid="upstream-removed-edge"
      aria-hidden="true"
      style={{ transform: `translate(${left}px, ${top}px)` }}
      width={Math.abs(a.x - b.x) + 4}
      height={Math.abs(a.y - b.y) + 4}
    >
      <line x1={a.x - left + 2} y1={a.y - top + 2} x2={b.x - left + 2} y2={b.y - top + 2} />
    </svg>
  );
}
