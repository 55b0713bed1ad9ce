// The open board's document as a plain ProcessMap, rebuilt only when the document changed.
import { useMemo } from 'react';
import { SCHEMA_VERSION, type ProcessMap } from '@prozesswerk/process-model';
import type { DocSlice } from '../board/store/doc-mirror.ts';
import { useBoardState } from '../board/store/context.tsx';

export function mapFromSlice({
  nodes,
  nodeIds,
  edges,
  edgeIds,
  lanes,
  pools = [],
}: Omit<DocSlice, 'pools'> & { pools?: DocSlice['pools'] }): ProcessMap {
  const map: ProcessMap = {
    schemaVersion: SCHEMA_VERSION,
    nodes: nodeIds.flatMap((id) => nodes[id] ?? []),
    edges: edgeIds.flatMap((id) => edges[id] ?? []),
    lanes: [...lanes],
  };
  if (pools.length > 0) map.pools = [...pools];
  return map;
}

export function useBoardMap(): ProcessMap {
  const nodes = useBoardState((s) => s.nodes);
  const nodeIds = useBoardState((s) => s.nodeIds);
  const edges = useBoardState((s) => s.edges);
  const edgeIds = useBoardState((s) => s.edgeIds);
  const lanes = useBoardState((s) => s.lanes);
  const pools = useBoardState((s) => s.pools);
  return useMemo(
    () => mapFromSlice({ nodes, nodeIds, edges, edgeIds, lanes, pools }),
    [nodes, nodeIds, edges, edgeIds, lanes, pools],
  );
}
