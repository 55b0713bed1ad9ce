// The process map canvas: React Flow bound to the board store; drags show live and commit once on drop.
import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type DragEvent,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  getViewportForBounds,
  useReactFlow,
  type Viewport,
  type Connection,
  type EdgeChange,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { NODE_KINDS, type NodeKind } from '@prozesswerk/process-model';
import { ProcessEdge } from './edges/ProcessEdge.tsx';
import { useFlowAriaLabels } from './aria-label-config.ts';
import { canvasElement, canvasIdOf, useFocusOnCanvas } from './canvas-focus.ts';
import { ConnectDialog } from './ConnectDialog.tsx';
import {
  LANE_PREFIX,
  useFlowEdges,
  useFlowNodes,
  useNames,
  type FlowEdge,
  type FlowNode,
} from './flow-elements.ts';
import { readingOrder } from './navigation.ts';
import { mapBounds } from './geometry.ts';
import { LaneNode } from './nodes/LaneNode.tsx';
import { ProcessNode } from './nodes/ProcessNode.tsx';
import { RemoteCursors } from './presence/RemoteCursors.tsx';
import type { BoardStore } from './store/create-board-store.ts';
import { useBoard, useBoardState } from './store/context.tsx';
import type { XY } from './store/presence.ts';
import { PALETTE_MIME } from './Palette.tsx';
import { useSlots } from './slots-context.tsx';

// The minimap redraws every node on each drag frame; on very large maps that costs more than it helps.
const MINIMAP_MAX_NODES = 400;
// Every prop object must keep its identity between renders: React Flow copies changed props into its
// store, and each such update runs every node's and edge's selectors, on every drag frame.
const SNAP_GRID: [number, number] = [8, 8];
const PRO_OPTIONS = { hideAttribution: true };
const minimapFill = (node: FlowNode) => (node.type === 'lane' ? '#e6ebf2' : '#7d95bd');
const minimapStroke = (node: FlowNode) => (node.type === 'lane' ? '#c9d2de' : '#5f7fae');
const nodeTypes: NodeTypes = { process: ProcessNode, lane: LaneNode };
const edgeTypes: EdgeTypes = { process: ProcessEdge };
// Never fit below 50 %: on a large map, readable labels matter more than seeing everything at once.
const FIT_VIEW = { padding: 0.06, maxZoom: 1, minZoom: 0.5 };
// The editor opens fitted to the whole map unless it has more steps than this (then at its top left, at 50 %).
const OPEN_WHOLE_MAX_NODES = 150;
const OPEN_MIN_ZOOM = 0.3;

/*
 * The first view is computed before React Flow mounts (instead of its fitView, which renders the map
 * once at 100 % and then again fitted): a large map renders once, a small one without a jump.
 */
function useInitialViewport(store: BoardStore) {
  const ref = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    if (viewport || !ref.current) return;
    const { width, height } = ref.current.getBoundingClientRect();
    const { nodes, lanes } = store.getState();
    const bounds = mapBounds(nodes, lanes);
    const { maxZoom, padding } = FIT_VIEW;
    // A map of ordinary size opens whole, even below 50 %: the overview first, zoom in to read.
    const minZoom = Object.keys(nodes).length <= OPEN_WHOLE_MAX_NODES ? OPEN_MIN_ZOOM : FIT_VIEW.minZoom;
    const fitted = getViewportForBounds(bounds, width, height, minZoom, maxZoom, padding);
    // A map too large to fit opens at its top left, where a process usually starts, not in its middle.
    const margin = 24;
    const tooLarge = bounds.width * fitted.zoom > width || bounds.height * fitted.zoom > height;
    setViewport(
      tooLarge ? { x: margin - bounds.x * minZoom, y: margin - bounds.y * minZoom, zoom: minZoom } : fitted,
    );
  }, [store, viewport]);
  return { ref, viewport };
}

export function Canvas() {
  const { t } = useTranslation();
  const board = useBoard();
  const { store, actions, presence } = board;
  const flow = useReactFlow();
  const names = useNames();
  const nodes = useFlowNodes(names);
  const edges = useFlowEdges(names);
  const focusOn = useFocusOnCanvas();
  // While an element has the focus, the canvas itself leaves the Tab order, so Shift+Tab leaves the map.
  const [focusInside, setFocusInside] = useState(false);
  const connecting = useBoardState((s) => s.connecting);
  const readOnly = useBoardState((s) => s.access.readOnly);
  const empty = useBoardState((s) => s.nodeIds.length === 0 && s.lanes.length === 0);
  const dragging = useRef(false);
  // Lets the render benchmark (and the browser's performance panel) measure from here to painted nodes.
  useState(() => performance.mark('prozesswerk:canvas-mount'));
  const initialViewport = useInitialViewport(board.store);
  const { canvasOverlays, viewportListeners } = useSlots();
  // React Flow passes the input event with a move the person makes (drag, wheel, pinch) and none with
  // the moves made for them (follow mode, a summons, fit view); listeners are told which it was.
  const onMove = useCallback(
    (event: globalThis.MouseEvent | TouchEvent | null) => {
      for (const listener of viewportListeners) listener(board, { byUser: event !== null });
    },
    [board, viewportListeners],
  );

  // Drag positions reach the store at most once per frame, however fast the pointer events come.
  const pendingDrag = useRef<Record<string, XY> | null>(null);
  const dragFrame = useRef(0);
  const flushDrag = useCallback(() => {
    cancelAnimationFrame(dragFrame.current);
    dragFrame.current = 0;
    const drag = pendingDrag.current;
    pendingDrag.current = null;
    if (!drag) return;
    store.setState({ drag });
    presence.setDrag(drag);
  }, [store, presence]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const state = store.getState();
      let drag: Record<string, XY> | undefined;
      let selectedNodes: Record<string, true> | undefined;
      let selectedLane = state.selectedLane;
      for (const change of changes) {
        if (
          change.type === 'dimensions' &&
          change.resizing &&
          change.dimensions &&
          change.id.startsWith(LANE_PREFIX)
        ) {
          store.setState({
            laneResize: { id: change.id.slice(LANE_PREFIX.length), ...change.dimensions },
          });
        } else if (change.type === 'position' && change.position && change.dragging) {
          drag ??= { ...(pendingDrag.current ?? state.drag) };
          drag[change.id] = change.position;
        } else if (change.type === 'select') {
          if (change.id.startsWith(LANE_PREFIX)) {
            const laneId = change.id.slice(LANE_PREFIX.length);
            if (change.selected) selectedLane = laneId;
            else if (selectedLane === laneId) selectedLane = null;
          } else {
            selectedNodes ??= { ...state.selectedNodes };
            if (change.selected) selectedNodes[change.id] = true;
            else delete selectedNodes[change.id];
          }
        }
      }
      if (drag) {
        dragging.current = true;
        pendingDrag.current = drag;
        dragFrame.current ||= requestAnimationFrame(flushDrag);
      }
      if (!selectedNodes && selectedLane === state.selectedLane) return;
      store.setState({
        ...(selectedNodes ? { selectedNodes } : {}),
        ...(selectedLane !== state.selectedLane ? { selectedLane } : {}),
      });
    },
    [store, flushDrag],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      let selectedEdges: Record<string, true> | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selectedEdges ??= { ...store.getState().selectedEdges };
        if (change.selected) selectedEdges[change.id] = true;
        else delete selectedEdges[change.id];
      }
      if (selectedEdges) store.setState({ selectedEdges });
    },
    [store],
  );

  const onNodeDragStop = useCallback(() => {
    if (!dragging.current) return;
    dragging.current = false;
    flushDrag();
    actions.commitPositions(store.getState().drag);
    store.setState({ drag: {} });
    presence.setDrag(null);
  }, [actions, store, presence, flushDrag]);

  const onEdgeDoubleClick = useCallback(
    (_event: MouseEvent, edge: FlowEdge) => {
      if (!readOnly) store.setState({ editing: edge.id });
    },
    [readOnly, store],
  );

  const ariaLabelConfig = useFlowAriaLabels();

  // Tab reaches the canvas once: it hands the focus on to the element last focused there, or the first one.
  const onFocus = useCallback(
    (event: FocusEvent) => {
      const id = canvasIdOf(event.target);
      if (id) {
        setFocusInside(true);
        if (store.getState().focused !== id) store.setState({ focused: id });
        return;
      }
      if (event.target !== event.currentTarget) return;
      const state = store.getState();
      const remembered = state.focused && (canvasElement(state.focused) || state.nodes[state.focused]);
      const target = remembered ? state.focused : readingOrder(state)[0];
      if (target) focusOn(target);
    },
    [store, focusOn],
  );
  const onBlur = useCallback((event: FocusEvent) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !canvasIdOf(next)) setFocusInside(false);
  }, []);

  const onConnect = useCallback(
    (connection: Connection) =>
      actions.connect(connection.source, connection.target, connection.sourceHandle, connection.targetHandle),
    [actions],
  );

  const onPointerMove = useCallback(
    (event: PointerEvent) =>
      presence.setCursor(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })),
    [flow, presence],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      // On the empty canvas or inside a lane's band (its header renames the lane instead).
      const onLane = target.closest('.react-flow__node-lane') && !target.closest('.lane-header');
      if (readOnly || !(target.classList.contains('react-flow__pane') || onLane)) return;
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      actions.addNodeAt('activity', at, t('kinds.activity.default'));
    },
    [actions, flow, readOnly, t],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (readOnly || !(NODE_KINDS as readonly string[]).includes(kind)) return;
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      actions.addNodeAt(kind as NodeKind, at, t(`kinds.${kind}.default`));
    },
    [actions, flow, readOnly, t],
  );

  if (!initialViewport.viewport) return <div className="canvas" ref={initialViewport.ref} />;
  return (
    <div
      className="canvas"
      tabIndex={focusInside ? -1 : 0}
      aria-label={t('board.a11y.canvasEntry')}
      onFocus={onFocus}
      onBlur={onBlur}
      onPointerMove={onPointerMove}
      onPointerLeave={() => presence.setCursor(null)}
      onDoubleClick={onDoubleClick}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes(PALETTE_MIME)) event.preventDefault();
      }}
      onDrop={onDrop}
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onMove={onMove}
        onConnect={onConnect}
        onEdgeDoubleClick={onEdgeDoubleClick}
        connectionMode={ConnectionMode.Loose}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements
        elevateNodesOnSelect={false}
        defaultViewport={initialViewport.viewport}
        minZoom={0.1}
        maxZoom={2.5}
        snapToGrid
        snapGrid={SNAP_GRID}
        proOptions={PRO_OPTIONS}
        aria-label={t('board.canvasLabel')}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} color="#c8cfd9" />
        <Controls showInteractive={false} />
        {nodes.length > MINIMAP_MAX_NODES ? null : (
          <MiniMap
            pannable
            zoomable
            nodeColor={minimapFill}
            nodeStrokeColor={minimapStroke}
            maskColor="rgba(240, 243, 247, 0.6)"
            ariaLabel={t('board.minimap')}
          />
        )}
        <RemoteCursors />
        {canvasOverlays.map((Overlay, index) => (
          <Overlay key={index} />
        ))}
      </ReactFlow>
      {empty && !readOnly ? (
        <div className="canvas-empty" aria-hidden="true">
          <p className="canvas-empty-title">{t('board.empty.title')}</p>
          <p>{t('board.empty.text')}</p>
        </div>
      ) : null}
      {connecting && !readOnly ? <ConnectDialog source={connecting} onConnected={focusOn} /> : null}
    </div>
  );
}
