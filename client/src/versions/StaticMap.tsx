// A read-only React Flow canvas of one process map, optionally coloured by a diff (removed items drawn back in).
import { useMemo } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { DiffStatus, ProcessMap, ProcessMapDiff } from '@prozesswerk/process-model';
import { accessibleNames } from '../board/a11y-names.ts';
import { useFlowAriaLabels } from '../board/aria-label-config.ts';
import { NodeLabelsProvider } from '../board/node-labels.tsx';
import { staticElements, type StaticEdge, type StaticNode as StaticFlowNode } from './readonly-elements.ts';
import { StaticLane, StaticNode } from './StaticNodes.tsx';
import { StaticRouteEdge } from './StaticRouteEdge.tsx';
import './versions.css';

const nodeTypes: NodeTypes = { static: StaticNode, staticLane: StaticLane };
const edgeTypes: EdgeTypes = { route: StaticRouteEdge };
const FIT_VIEW = { padding: 0.08, maxZoom: 1, minZoom: 0.2 };

type Props = {
  map: ProcessMap;
  label: string;
  diff?: ProcessMapDiff;
  status?: ReadonlyMap<string, DiffStatus>;
  // Threads per node, drawn as pins (a frozen version's discussion).
  threadCounts?: ReadonlyMap<string, number>;
};

export function StaticMap({ map, label, diff, status, threadCounts }: Props) {
  const { t } = useTranslation();
  const ariaLabelConfig = useFlowAriaLabels();
  const { nodes, edges } = useMemo(() => {
    const all = {
      nodes: [...map.nodes, ...(diff?.nodes.removed ?? [])],
      edges: [...map.edges, ...(diff?.edges.removed ?? [])],
      lanes: [...map.lanes, ...(diff?.lanes.removed ?? [])],
    };
    return staticElements(map, diff, status, threadCounts, accessibleNames(t, all));
  }, [map, diff, status, threadCounts, t]);
  return (
    <div className="canvas static-map" data-testid="static-map">
      <ReactFlowProvider>
        <NodeLabelsProvider>
          <ReactFlow<StaticFlowNode, StaticEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            connectionMode={ConnectionMode.Loose}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            deleteKeyCode={null}
            fitView
            fitViewOptions={FIT_VIEW}
            minZoom={0.1}
            maxZoom={2.5}
            proOptions={{ hideAttribution: true }}
            aria-label={label}
            ariaLabelConfig={ariaLabelConfig}
          >
            <Background variant={BackgroundVariant.Dots} gap={16} size={1} color="#c8cfd9" />
            <Controls showInteractive={false} />
          </ReactFlow>
        </NodeLabelsProvider>
      </ReactFlowProvider>
    </div>
  );
}
