// Follow mode through the map room's awareness: everyone shares their view, a follower's view tracks another's.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type { PeerMenuEntry, ViewportListener } from '../board/slots.ts';
import { useBoard } from '../board/store/context.tsx';
import type { Peer } from '../board/store/presence.ts';

const VIEW_FIELD = 'view';
const FOLLOWING_FIELD = 'following';
// Ten view updates a second look live enough to a follower and cost little while someone pans.
const PUBLISH_MS = 100;
const FOLLOW_ANIMATION_MS = 90;

/** A person's view: React Flow's viewport plus the size of their canvas, so a follower can centre the same spot. */
export type SharedView = Viewport & { width: number; height: number };

function isView(value: unknown): value is SharedView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Record<string, unknown>;
  return ['x', 'y', 'zoom', 'width', 'height'].every((key) => Number.isFinite(view[key]));
}

/** The client id someone follows, read from their awareness state; null when they follow nobody. */
export function followingOf(state: unknown): number | null {
  const value = (state as Record<string, unknown> | null)?.[FOLLOWING_FIELD];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

export function setFollowing(awareness: Awareness, clientId: number | null): void {
  if (followingOf(awareness.getLocalState()) === clientId) return;
  awareness.setLocalStateField(FOLLOWING_FIELD, clientId);
}

const subscribeTo = (awareness: Awareness) => (callback: () => void) => {
  awareness.on('change', callback);
  return () => awareness.off('change', callback);
};

/** Whom this browser follows right now (their awareness client id), or null. */
export function useFollowing(awareness: Awareness): number | null {
  const subscribe = useCallback((callback: () => void) => subscribeTo(awareness)(callback), [awareness]);
  return useSyncExternalStore(subscribe, () => followingOf(awareness.getLocalState()));
}

/*
 * The same spot in the middle, at the same zoom: with equal canvas sizes this is their viewport
 * exactly; with a smaller or larger window the follower still looks at what the other has in view.
 */
export function viewportFor(view: SharedView, width: number, height: number): Viewport {
  if (width === view.width && height === view.height) return { x: view.x, y: view.y, zoom: view.zoom };
  const centreX = (view.width / 2 - view.x) / view.zoom;
  const centreY = (view.height / 2 - view.y) / view.zoom;
  return { x: width / 2 - centreX * view.zoom, y: height / 2 - centreY * view.zoom, zoom: view.zoom };
}

/** Whether anyone else follows this browser right now. */
export function isFollowed(awareness: Awareness): boolean {
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId !== awareness.clientID && followingOf(state) === awareness.clientID) return true;
  }
  return false;
}

/*
 * Shares this browser's view in awareness while someone follows it, at most ten times a second,
 * always ending with the latest. Nobody following, nothing is sent: thirty people panning in a
 * workshop on weak Wi-Fi would otherwise flood every connection with views nobody looks at.
 */
export function usePublishView(awareness: Awareness): void {
  const flowStore = useStoreApi();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const publish = () => {
      timer = undefined;
      if (!isFollowed(awareness)) {
        // An old view would make the next follower jump there first.
        if (last !== '') awareness.setLocalStateField(VIEW_FIELD, null);
        last = '';
        return;
      }
      const { transform, width, height } = flowStore.getState();
      if (width <= 0 || height <= 0) return;
      const view: SharedView = { x: transform[0], y: transform[1], zoom: transform[2], width, height };
      const key = JSON.stringify(view);
      if (key === last) return;
      last = key;
      awareness.setLocalStateField(VIEW_FIELD, view);
    };
    publish();
    const stop = flowStore.subscribe(() => {
      timer ??= setTimeout(publish, PUBLISH_MS);
    });
    // A new follower needs our view at once, not only after we next move.
    const onAwareness = () => {
      if (last === '' && isFollowed(awareness)) publish();
    };
    awareness.on('change', onAwareness);
    return () => {
      stop();
      awareness.off('change', onAwareness);
      if (timer) clearTimeout(timer);
    };
  }, [awareness, flowStore]);
}

const LEFT_GRACE_MS = 5000;

/*
 * While following, every change of the followed person's view moves ours. When they leave, follow
 * mode ends by itself, so nobody is left following someone who is gone. Losing our own connection
 * for a moment also makes everyone else vanish from the awareness, so "gone" has to last
 * LEFT_GRACE_MS before follow mode ends: on weak Wi-Fi a short drop must not end it.
 */
export function useApplyFollow(awareness: Awareness): void {
  const following = useFollowing(awareness);
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  useEffect(() => {
    if (following === null) return;
    let applied = '';
    let leaving: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      const state = awareness.getStates().get(following);
      if (!state) {
        leaving ??= setTimeout(() => setFollowing(awareness, null), LEFT_GRACE_MS);
        return;
      }
      clearTimeout(leaving);
      leaving = undefined;
      const view = (state as Record<string, unknown>)[VIEW_FIELD];
      if (!isView(view)) return;
      const key = JSON.stringify(view);
      if (key === applied) return;
      applied = key;
      const { width, height } = flowStore.getState();
      void flow.setViewport(viewportFor(view, width, height), { duration: FOLLOW_ANIMATION_MS });
    };
    apply();
    awareness.on('change', apply);
    return () => {
      clearTimeout(leaving);
      awareness.off('change', apply);
    };
  }, [awareness, following, flow, flowStore]);
}

/** The board's viewport listener: moving the map oneself ends follow mode; the moves follow mode makes do not. */
export const endFollowOnUserMove: ViewportListener = (board, { byUser }) => {
  if (byUser && followingOf(board.awareness.getLocalState()) !== null) setFollowing(board.awareness, null);
};

/** The entry in another person's avatar menu: follow them, or stop following them. */
export function useFollowAction(peer: Peer): PeerMenuEntry {
  const { t } = useTranslation();
  const { awareness } = useBoard();
  const followed = useFollowing(awareness) === peer.clientId;
  return {
    id: 'follow',
    label: followed ? t('workshop.follow.unfollow') : t('workshop.follow.start'),
    note: followed ? t('workshop.follow.following') : undefined,
    highlighted: followed,
    onSelect: () => setFollowing(awareness, followed ? null : peer.clientId),
  };
}
