// The open board's document as a plain ProcessMap, rebuilt only when the document changed.
import { useMemo } from 'react';
import { SCHEMA_VERSION, type ProcessMap } from '@prozesswerk/process-model';
import type { DocSlice } from '../board/store/doc-mirror.ts';
import { useBoardState } from '../board/store/context.tsx';

export function mapFromSlice({ nodes, nodeIds, edges, edgeIds, lanes }: DocSlice): ProcessMap {
  return {
    schemaVersion: SCHEMA_VERSION,
    nodes: nodeIds.flatMap((id) => nodes[id] ?? []),
    edges: edgeIds.flatMap((id) => edges[id] ?? []),
    lanes: [...lanes],
  };
}

export function useBoardMap(): ProcessMap {
  const nodes = useBoardState((s) => s.nodes);
  const nodeIds = useBoardState((s) => s.nodeIds);
  const edges = useBoardState((s) => s.edges);
  const edgeIds = useBoardState((s) => s.edgeIds);
  const lanes = useBoardState((s) => s.lanes);
  return useMemo(
    () => mapFromSlice({ nodes, nodeIds, edges, edgeIds, lanes }),
    [nodes, nodeIds, edges, edgeIds, lanes],
  );
}
