// Everything the user can do to the map, as functions over the doc (through process-model) and the view state.
import type * as Y from 'yjs';
import {
  LOCAL_ORIGIN,
  NODE_SIZES,
  addLane,
  addNode,
  addNodeCopies,
  asEdgeId,
  asLaneId,
  asNodeId,
  connect,
  deleteLane,
  deleteNode,
  disconnect,
  isProcessModelError,
  fitLanes,
  takeIntoFirstLane,
  laneBoxes,
  moveNode,
  forgetRoutes,
  nodeSize,
  relabelEdge,
  relabelNode,
  renameLane,
  reorderLane,
  resizeLane,
  setEdgeKind,
  setNodeAttrs,
  setNodeBpmn,
  setEdgeBpmn,
  withDependents,
} from '@prozesswerk/process-model';
import type {
  ActivityAttrsPatch,
  BpmnEdgePatch,
  BpmnNodePatch,
  EdgeKind,
  Lane,
  LaneKind,
  NodeKind,
} from '@prozesswerk/process-model';
import { ridersOf, withRiders } from './attached-events.ts';
import { readClipboard, writeClipboard } from './clipboard.ts';
import { centreOf, laneAt } from './geometry.ts';
import { isColumn } from './lane-order.ts';
import { placeAfter, placeInLane, placeInOtherLane } from './keyboard-placement.ts';
import { toSet, type BoardStore } from './store/create-board-store.ts';
import type { XY } from './store/presence.ts';

export type BoardActions = ReturnType<typeof createBoardActions>;

/** Where a step goes: its position and its lane (null: out of all lanes). */
type Move = XY & { laneId: string | null };

export function createBoardActions(doc: Y.Doc, store: BoardStore) {
  const get = () => store.getState();

  // Runs a change as one transaction (one undo step); read-only boards and model errors change nothing.
  function change(run: () => void): boolean {
    if (get().access.readOnly) return false;
    try {
      doc.transact(run, LOCAL_ORIGIN);
      return true;
    } catch (error) {
      if (!isProcessModelError(error)) throw error;
      console.warn('Change refused by the process model', error);
      store.setState({ notice: 'notice.invalidChange' });
      return false;
    }
  }

  function boxes() {
    const { lanes, nodes, pools } = get();
    return laneBoxes({ lanes, nodes: Object.values(nodes), pools });
  }

  function laneIdAt(kind: NodeKind, position: XY) {
    const size = nodeSize({ kind, w: undefined, h: undefined });
    return laneAt(boxes(), centreOf(position, size))?.id;
  }

  /*
   * Moves steps in one change, each to its position and lane (null: out of all lanes), forgetting their drawn routes
   * and growing the lanes to contain them. A moved activity's boundary events ride along, and every boundary event
   * stays in its activity's lane, so that moving a lane keeps them together.
   */
  function moveSteps(moves: Readonly<Record<string, Move>>): void {
    const { nodes } = get();
    const positions = withRiders(moves, ridersOf(nodes), nodes);
    const laneOf = (id: string): string | null => {
      const host = nodes[id]?.attachedTo;
      if (host === undefined || !nodes[host]) return moves[id]?.laneId ?? null;
      return moves[host] ? moves[host].laneId : (nodes[host].laneId ?? null);
    };
    change(() => {
      for (const [id, { x, y }] of Object.entries(positions)) {
        const laneId = laneOf(id);
        moveNode(doc, asNodeId(id), Math.round(x), Math.round(y), laneId === null ? null : asLaneId(laneId));
      }
      forgetRoutes(doc, Object.keys(positions));
      fitLanes(doc, Object.keys(positions));
    });
  }

  function shiftLaneNodes(laneIds: ReadonlySet<string>, dy: number, dx = 0): void {
    if (dy === 0 && dx === 0) return;
    for (const node of Object.values(get().nodes)) {
      if (node.laneId && laneIds.has(node.laneId)) moveNode(doc, node.id, node.x + dx, node.y + dy);
    }
  }

  /** The lanes of vertical pools, left to right: columns under the horizontal bands (see laneBoxes). */
  function columns(): Lane[] {
    const { lanes, pools } = get();
    return lanes.filter((lane) => isColumn(lane, pools));
  }

  // Orders may be equal after concurrent inserts; renumbering all keeps the swap unambiguous.
  function swapOrders(lanes: readonly Lane[], a: Lane, b: Lane): void {
    const indexA = lanes.indexOf(a);
    const indexB = lanes.indexOf(b);
    lanes.forEach((entry, i) => {
      const order = entry === a ? indexB : entry === b ? indexA : i;
      reorderLane(doc, asLaneId(entry.id), order);
    });
  }

  function select(nodes: string[], edges: string[] = [], lane: string | null = null): void {
    store.setState({ selectedNodes: toSet(nodes), selectedEdges: toSet(edges), selectedLane: lane });
  }

  return {
    select,

    selectAll(): void {
      select([...get().nodeIds]);
    },

    /** Adds a node centred on `at` (flow coordinates), selects it and opens its label for typing. */
    addNodeAt(kind: NodeKind, at: XY, label: string): string | undefined {
      const size = NODE_SIZES[kind];
      const position = { x: Math.round(at.x - size.width / 2), y: Math.round(at.y - size.height / 2) };
      let id: string | undefined;
      const laneId = laneIdAt(kind, position);
      change(() => {
        id = addNode(doc, { kind, label, ...position, ...(laneId ? { laneId } : {}) });
      });
      if (id) {
        select([id]);
        store.setState({ editing: id });
      }
      return id;
    },

    /**
     * Commits where dragged nodes were dropped, in one change, and takes each into the lane under it;
     * the lane grows to contain it, in the same change (see fitLanes).
     */
    commitPositions(dropped: Readonly<Record<string, XY>>): void {
      const { nodes } = get();
      const lanes = boxes();
      const moves: Record<string, Move> = {};
      for (const [id, position] of Object.entries(dropped)) {
        const node = nodes[id];
        if (node)
          moves[id] = { ...position, laneId: laneAt(lanes, centreOf(position, nodeSize(node)))?.id ?? null };
      }
      moveSteps(moves);
    },

    nudgeSelection(dx: number, dy: number): void {
      const { nodes, selectedNodes } = get();
      const positions: Record<string, XY> = {};
      for (const id of Object.keys(selectedNodes)) {
        const node = nodes[id];
        if (node) positions[id] = { x: node.x + dx, y: node.y + dy };
      }
      if (Object.keys(positions).length > 0) this.commitPositions(positions);
    },

    relabel(id: string, label: string): void {
      const { nodes, edges } = get();
      change(() => {
        if (nodes[id]) relabelNode(doc, asNodeId(id), label);
        else if (edges[id]) relabelEdge(doc, asEdgeId(id), label.trim() === '' ? undefined : label);
      });
    },

    setAttrs(id: string, patch: ActivityAttrsPatch): boolean {
      return change(() => setNodeAttrs(doc, asNodeId(id), patch));
    },

    /** The BPMN type of a node: task type, event trigger, marker (null removes a field). */
    setBpmn(id: string, patch: BpmnNodePatch): boolean {
      return change(() => setNodeBpmn(doc, asNodeId(id), patch));
    },

    /** Condition and default mark of a sequence flow (null removes one); marking a default unmarks its siblings. */
    setEdgeBpmn(id: string, patch: BpmnEdgePatch): boolean {
      return change(() => setEdgeBpmn(doc, asEdgeId(id), patch));
    },

    /** A connection to or from an external party's lane is a message flow; anything else a sequence flow. */
    connect(
      source: string,
      target: string,
      sourceHandle?: string | null,
      targetHandle?: string | null,
    ): string | undefined {
      if (source === target) return undefined;
      const { nodes, lanes } = get();
      const laneKind = (id: string) => lanes.find((lane) => lane.id === nodes[id]?.laneId)?.kind;
      const crossesToExternal =
        nodes[source]?.laneId !== nodes[target]?.laneId &&
        (laneKind(source) === 'external' || laneKind(target) === 'external');
      let id: string | undefined;
      change(() => {
        id = connect(doc, {
          kind: crossesToExternal ? 'message' : 'sequence',
          source: asNodeId(source),
          target: asNodeId(target),
          ...(sourceHandle ? { sourceHandle } : {}),
          ...(targetHandle ? { targetHandle } : {}),
        });
      });
      return id;
    },

    disconnect(id: string): void {
      change(() => {
        if (get().edges[id]) disconnect(doc, asEdgeId(id));
      });
    },

    /**
     * Adds a step right of `sourceId`, in its lane, connected from it, in one undoable change; the new step is
     * selected. Used by the keyboard ("N") and the text view, where there is no pointer to say where.
     */
    addStepAfter(sourceId: string, kind: NodeKind, label: string): string | undefined {
      const { nodes } = get();
      const source = nodes[sourceId];
      if (!source) return undefined;
      const at = placeAfter(source, kind, Object.values(nodes));
      let id: string | undefined;
      change(() => {
        id = addNode(doc, { kind, label, ...at, ...(source.laneId ? { laneId: source.laneId } : {}) });
        connect(doc, { kind: 'sequence', source: asNodeId(sourceId), target: asNodeId(id) });
      });
      if (id) select([id]);
      return id;
    },

    /** Adds a step at the end of a lane (null: below the lanes); the new step is selected. */
    addStepInLane(laneId: string | null, kind: NodeKind, label: string): string | undefined {
      const { nodes, lanes } = get();
      const at = placeInLane(laneId, kind, Object.values(nodes), lanes);
      let id: string | undefined;
      change(() => {
        id = addNode(doc, { kind, label, ...at, ...(laneId ? { laneId: asLaneId(laneId) } : {}) });
      });
      if (id) select([id]);
      return id;
    },

    /** Moves a step into another lane (null: out of all lanes), to that lane's middle beside the others. */
    moveToLane(id: string, laneId: string | null): void {
      const { nodes, lanes } = get();
      const node = nodes[id];
      if (!node || (node.laneId ?? null) === laneId) return;
      moveSteps({ [id]: { ...placeInOtherLane(node, laneId, Object.values(nodes), lanes), laneId } });
    },

    /** Deletes one node (with its connections), edge or lane by id, whatever is selected. */
    deleteElement(id: string): void {
      const { nodes, edges, lanes } = get();
      change(() => {
        if (nodes[id]) deleteNode(doc, asNodeId(id));
        else if (edges[id]) disconnect(doc, asEdgeId(id));
        else if (lanes.some((lane) => lane.id === id)) deleteLane(doc, asLaneId(id));
      });
    },

    setEdgeKind(id: string, kind: EdgeKind): void {
      change(() => setEdgeKind(doc, asEdgeId(id), kind));
    },

    /** Deletes the selected nodes (with their edges), edges and lane in one undoable change. */
    deleteSelection(): void {
      const { selectedNodes, selectedEdges, selectedLane, nodes, edges, lanes } = get();
      change(() => {
        for (const id of Object.keys(selectedEdges)) if (edges[id]) disconnect(doc, asEdgeId(id));
        for (const id of Object.keys(selectedNodes)) if (nodes[id]) deleteNode(doc, asNodeId(id));
        if (selectedLane && lanes.some((lane) => lane.id === selectedLane))
          deleteLane(doc, asLaneId(selectedLane));
      });
      select([]);
    },

    copySelection(): number {
      const { selectedNodes, nodes, edgeIds, edges } = get();
      // A step is copied with what deleting it would take along: its boundary events and its content.
      const ids = withDependents(Object.keys(selectedNodes), Object.values(nodes));
      const copied = [...ids].flatMap((id) => (nodes[id] ? [nodes[id]] : []));
      if (copied.length > 0)
        writeClipboard(
          copied,
          edgeIds.flatMap((id) => (edges[id] ? [edges[id]] : [])),
        );
      return copied.length;
    },

    /** Pastes copied nodes (from this or another process) slightly offset, with the edges between them. */
    paste(): void {
      const content = readClipboard();
      if (!content) return;
      const laneIds = new Set<string>(get().lanes.map((lane) => lane.id));
      let copies = new Map<string, string>();
      // The copies sit 40 px right and down of the originals, in the same lanes where this map has them.
      change(() => {
        copies = addNodeCopies(doc, content, {
          dx: 40,
          dy: 40,
          laneOf: (node) => (node.laneId && laneIds.has(node.laneId) ? node.laneId : undefined),
        });
      });
      select([...copies.values()]);
    },

    addLane(kind: LaneKind, label: string): void {
      let id: string | undefined;
      change(() => {
        id = addLane(doc, { kind, label });
        takeIntoFirstLane(doc, asLaneId(id));
      });
      if (id) {
        select([], [], id);
        store.setState({ editing: id });
      }
    },

    renameLane(id: string, label: string): void {
      change(() => renameLane(doc, asLaneId(id), label));
    },

    /** Resizes a lane and moves the nodes of the lanes below by the same amount, so they stay in their lanes. */
    resizeLane(id: string, size: number): void {
      const column = columns();
      const at = column.findIndex((lane) => lane.id === id);
      if (at >= 0) {
        // A column grows to the right: the columns right of it move along, the bands above stay.
        const delta = Math.round(size) - (column[at]?.size ?? size);
        const right = new Set(column.slice(at + 1).map((entry) => entry.id));
        change(() => {
          resizeLane(doc, asLaneId(id), Math.round(size));
          shiftLaneNodes(right, 0, delta);
        });
        return;
      }
      const { lanes } = get();
      const index = lanes.findIndex((lane) => lane.id === id);
      const lane = lanes[index];
      if (!lane) return;
      const delta = Math.round(size) - lane.size;
      const below = new Set(lanes.slice(index + 1).map((entry) => entry.id));
      change(() => {
        resizeLane(doc, asLaneId(id), Math.round(size));
        shiftLaneNodes(below, delta);
      });
    },

    /** Swaps the lane with its neighbour above or left of it (-1), below or right of it (+1). */
    moveLane(id: string, direction: -1 | 1): void {
      const { lanes, pools } = get();
      const lane = lanes.find((entry) => entry.id === id);
      if (!lane) return;
      // Bands swap with the band above or below, columns of vertical pools with the column left or right.
      const vertical = isColumn(lane, pools);
      const same = lanes.filter((entry) => isColumn(entry, pools) === vertical);
      const other = same[same.indexOf(lane) + direction];
      if (!other) return;
      const [dx, dy] = vertical ? [1, 0] : [0, 1];
      change(() => {
        shiftLaneNodes(new Set([lane.id]), dy * direction * other.size, dx * direction * other.size);
        shiftLaneNodes(new Set([other.id]), -dy * direction * lane.size, -dx * direction * lane.size);
        swapOrders(lanes, lane, other);
      });
    },
  };
}
