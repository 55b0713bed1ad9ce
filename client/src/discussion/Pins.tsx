// Comment pins on the canvas, moving with the view: one per commented element or point, plus "Kommentieren" on the selection.
import { useMemo } from 'react';
import { ViewportPortal, useInternalNode, useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ThreadAnchor } from '@prozesswerk/process-model';
import { useBoard, useBoardState } from '../board/store/context.tsx';
import { useAnchorLabel } from './anchor-label.ts';
import { useDiscussionMe, useDiscussionUi, useDiscussionUiStore, useMayDiscuss } from './context.tsx';
import { CommentIcon } from './icons.tsx';
import { anchorKey, pinsOf, type Pin } from './pins.ts';
import { DISCUSSION_DRAWER, openThread, startDraft } from './ui-store.ts';
import { nodeCentre, useReadState, useThreadViews } from './use-threads.ts';
import './discussion.css';

type XY = { x: number; y: number };

/*
 * Pins keep their size on screen whatever the zoom: at 30 % a scaled pin would be too small to hit.
 * A count pin sits centred on its spot; the wider "Kommentieren" button sits just above it, ending
 * there, so it does not cover the label of the element one just selected.
 */
function usePinTransform(at: XY | undefined, place: 'centre' | 'above' = 'centre'): string | undefined {
  const zoom = useStore((s) => s.transform[2]);
  const shift = place === 'centre' ? 'translate(-50%, -50%)' : 'translate(-100%, calc(-100% - 4px))';
  return at && `translate(${at.x}px, ${at.y}px) scale(${1 / zoom}) ${shift}`;
}

/** Where a pin sits: a node's top right corner, the middle of an edge, or the point itself. */
function useAnchorPosition(anchor: ThreadAnchor): XY | undefined {
  const edge = useBoardState((s) => (anchor.type === 'edge' ? s.edges[anchor.id] : undefined));
  const first = useInternalNode(anchor.type === 'node' ? anchor.id : (edge?.source ?? ''));
  const second = useInternalNode(edge?.target ?? '');
  if (anchor.type === 'point') return { x: anchor.x, y: anchor.y };
  if (anchor.type === 'node') {
    if (!first) return undefined;
    const { x, y } = first.internals.positionAbsolute;
    return { x: x + (first.measured.width ?? 0), y };
  }
  const a = nodeCentre(first);
  const b = nodeCentre(second);
  return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : undefined;
}

export function DiscussionPins() {
  const threads = useThreadViews();
  const read = useReadState();
  const pins = useMemo(() => pinsOf(threads, read), [threads, read]);
  const canWrite = useMayDiscuss() && useDiscussionMe() !== null;
  const open = useBoardState((s) => s.drawer === DISCUSSION_DRAWER);
  const draft = useDiscussionUi((s) => (open ? s.draft : null));
  return (
    <ViewportPortal>
      {pins.map((pin) => (
        <PinBadge key={pin.key} pin={pin} />
      ))}
      {canWrite ? <CommentSelection commented={new Set(pins.map((pin) => pin.key))} /> : null}
      {draft?.type === 'point' ? <DraftPin at={draft} /> : null}
    </ViewportPortal>
  );
}

function PinBadge({ pin }: { pin: Pin }) {
  const { t } = useTranslation();
  const ui = useDiscussionUiStore();
  const { store } = useBoard();
  const threads = useThreadViews();
  const transform = usePinTransform(useAnchorPosition(pin.anchor));
  // Screen readers hear which element a pin belongs to, not only how many topics it has.
  const anchor = useAnchorLabel(pin.anchor);
  if (!transform) return null;
  // An element with open threads opens the first open one; the panel lists the rest.
  const first =
    threads.find((thread) => pin.threadIds.includes(thread.id) && thread.status === 'open') ??
    threads.find((thread) => thread.id === pin.threadIds[0]);
  const label = t('discussion.pin.label', { count: pin.open, total: pin.threadIds.length, anchor });
  return (
    <button
      type="button"
      className={`discussion-pin nodrag nopan${pin.open === 0 ? ' is-resolved' : ''}`}
      style={{ transform, transformOrigin: '0 0' }}
      data-testid="discussion-pin"
      data-anchor={pin.key}
      aria-label={pin.unread ? `${label} ${t('discussion.pin.unread')}` : label}
      title={label}
      onClick={() => first && openThread(ui, store, first.id)}
    >
      <CommentIcon />
      {pin.open > 0 ? <span className="discussion-pin-count">{pin.open}</span> : null}
      {pin.unread ? <span className="discussion-pin-unread" data-testid="discussion-pin-unread" /> : null}
    </button>
  );
}

/** Offers a new thread on the one selected node or edge; the pin takes over once it has one. */
function CommentSelection({ commented }: { commented: ReadonlySet<string> }) {
  const nodeIds = useBoardState((s) => s.selectedNodes);
  const edgeIds = useBoardState((s) => s.selectedEdges);
  const nodes = Object.keys(nodeIds);
  const edges = Object.keys(edgeIds);
  if (nodes.length + edges.length !== 1) return null;
  const anchor: ThreadAnchor = nodes[0]
    ? { type: 'node', id: nodes[0] }
    : { type: 'edge', id: edges[0] ?? '' };
  if (commented.has(anchorKey(anchor))) return null;
  return <CommentButton anchor={anchor} />;
}

function CommentButton({ anchor }: { anchor: ThreadAnchor }) {
  const { t } = useTranslation();
  const ui = useDiscussionUiStore();
  const { store } = useBoard();
  const transform = usePinTransform(useAnchorPosition(anchor), anchor.type === 'node' ? 'above' : 'centre');
  if (!transform) return null;
  return (
    <button
      type="button"
      className="discussion-pin is-add nodrag nopan"
      style={{ transform, transformOrigin: '0 0' }}
      onClick={() => startDraft(ui, store, anchor)}
      title={t('discussion.pin.addHint')}
    >
      <CommentIcon plus /> {t('discussion.pin.add')}
    </button>
  );
}

/** Shows where a new topic on a free spot will sit, while it is being written: the middle of the view. */
function DraftPin({ at }: { at: XY }) {
  const { t } = useTranslation();
  const transform = usePinTransform(at);
  return (
    <span
      className="discussion-pin is-add is-draft"
      style={{ transform, transformOrigin: '0 0' }}
      role="img"
      aria-label={t('discussion.pin.draft')}
      title={t('discussion.pin.draft')}
      data-testid="discussion-draft-pin"
    >
      <CommentIcon plus />
    </span>
  );
}
