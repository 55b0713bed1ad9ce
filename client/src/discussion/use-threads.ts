// Hooks joining the discussion with the open map: threads with their orphan flag, read state, and jumping to an anchor.
import { useCallback, useMemo } from 'react';
import { useReactFlow, type InternalNode } from '@xyflow/react';
import { threadViews, type ThreadAnchor, type ThreadView } from '@prozesswerk/process-model';
import { useBoard, useBoardState } from '../board/store/context.tsx';
import { useDiscussion, useDiscussionMe, useDiscussionUi } from './context.tsx';
import type { ReadState } from './pins.ts';

export function useThreadViews(): ThreadView[] {
  const discussion = useDiscussion();
  const nodes = useBoardState((s) => s.nodes);
  const edges = useBoardState((s) => s.edges);
  return useMemo(
    () =>
      threadViews(discussion, {
        schemaVersion: 1,
        nodes: Object.values(nodes),
        edges: Object.values(edges),
        lanes: [],
      }),
    [discussion, nodes, edges],
  );
}

/** Null while we do not yet know who we are or when we last came: nothing is marked new then. */
export function useReadState(): ReadState | null {
  const me = useDiscussionMe();
  const since = useDiscussionUi((s) => s.since);
  const opened = useDiscussionUi((s) => s.opened);
  return useMemo(
    () => (me && since !== undefined ? { personId: me.id, since, opened } : null),
    [me, since, opened],
  );
}

export function nodeCentre(node: InternalNode | undefined): { x: number; y: number } | undefined {
  if (!node) return undefined;
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) / 2 };
}

/** Centres the view on what a thread is about and selects that element, as if one had clicked it. */
export function useJumpToAnchor(): (anchor: ThreadAnchor) => void {
  const flow = useReactFlow();
  const { store } = useBoard();
  return useCallback(
    (anchor: ThreadAnchor) => {
      const zoom = Math.max(flow.getZoom(), 1);
      if (anchor.type === 'point') {
        void flow.setCenter(anchor.x, anchor.y, { zoom, duration: 300 });
        return;
      }
      const state = store.getState();
      const edge = anchor.type === 'edge' ? state.edges[anchor.id] : undefined;
      const ends = edge
        ? [edge.source, edge.target].map((id) => nodeCentre(flow.getInternalNode(id)))
        : [nodeCentre(flow.getInternalNode(anchor.id))];
      const points = ends.filter((point) => point !== undefined);
      if (points.length === 0) return;
      const x = points.reduce((sum, point) => sum + point.x, 0) / points.length;
      const y = points.reduce((sum, point) => sum + point.y, 0) / points.length;
      void flow.setCenter(x, y, { zoom, duration: 300 });
      store.setState(
        anchor.type === 'node'
          ? { selectedNodes: { [anchor.id]: true }, selectedEdges: {}, selectedLane: null }
          : { selectedNodes: {}, selectedEdges: { [anchor.id]: true }, selectedLane: null },
      );
    },
    [flow, store],
  );
}
