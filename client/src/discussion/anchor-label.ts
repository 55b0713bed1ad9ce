// What a thread is about in the open editor: its label following the live map, and the map to remember it by.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describeAnchor,
  type AnchorMap,
  type AnchorSnapshot,
  type ThreadAnchor,
} from '@prozesswerk/process-model';
import { useBoard, useBoardState } from '../board/store/context.tsx';
import { anchorText } from './anchor-text.ts';

/** The label of an anchor in the open map, following renames and deletions live; `snapshot` names a deleted element. */
export function useAnchorLabel(anchor: ThreadAnchor, snapshot?: AnchorSnapshot): string {
  const { t } = useTranslation();
  const nodes = useBoardState((s) => s.nodes);
  const edges = useBoardState((s) => s.edges);
  const described = useMemo(
    () => describeAnchor(anchor, { nodes: Object.values(nodes), edges: Object.values(edges) }, snapshot),
    [anchor, nodes, edges, snapshot],
  );
  return anchorText(t, described);
}

/** The map as it is right now, read when writing to a thread so the thread remembers its element's name. */
export function useCurrentAnchorMap(): () => AnchorMap {
  const { store } = useBoard();
  return useCallback(() => {
    const { nodes, edges } = store.getState();
    return { nodes: Object.values(nodes), edges: Object.values(edges) };
  }, [store]);
}
