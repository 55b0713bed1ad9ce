// Public API of @prozesswerk/process-model: the framework-free core of the shared process map.
export { PROCESS_MODEL_ERROR_CODES, ProcessModelError, isProcessModelError } from './errors.ts';
export type { ProcessModelErrorCode } from './errors.ts';
export { ID_LENGTH, asEdgeId, asLaneId, asNodeId, asPoolId, newId } from './ids.ts';
export type { EdgeId, LaneId, NodeId, PoolId } from './ids.ts';
export {
  ATTR_KEYS,
  BPMN_NODE_KINDS,
  COMMON_NODE_KINDS,
  DEFAULT_LANE_SIZE,
  EDGE_KINDS,
  LANE_KINDS,
  MAX_DESCRIPTION_LENGTH,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_WAYPOINTS,
  MEDIA,
  NODE_KINDS,
  SCHEMA_VERSION,
} from './schema.ts';
export type {
  ActivityAttrs,
  ActivityAttrsPatch,
  EdgeKind,
  Lane,
  LaneKind,
  Medium,
  NodeKind,
  Point,
  Pool,
  ProcessEdge,
  ProcessMap,
  ProcessNode,
  ReadNodeKind,
} from './schema.ts';
export {
  ACTIVITY_TYPES,
  BPMN_EDGE_FIELD_KEYS,
  BPMN_NODE_FIELD_KEYS,
  EVENT_TRIGGERS,
  LOOP_MARKERS,
  POOL_ORIENTATIONS,
  TIMER_TYPES,
} from './schema-bpmn.ts';
export type {
  ActivityType,
  BpmnEdgeFields,
  BpmnEdgePatch,
  BpmnNodeFields,
  BpmnNodePatch,
  EventTrigger,
  LoopMarker,
  PoolOrientation,
  TimerType,
} from './schema-bpmn.ts';
export {
  isArtifactKind,
  isBoundaryEvent,
  isDataKind,
  isEventKind,
  isExpandedSubProcess,
  isFlowNodeKind,
  isGatewayKind,
  isSubProcess,
} from './kinds.ts';
export {
  activityAttrsPatchSchema,
  activityAttrsSchema,
  bpmnEdgePatchSchema,
  bpmnNodePatchSchema,
  laneSchema,
  parseAttrs,
  poolSchema,
  processEdgeSchema,
  processMapSchema,
  processNodeSchema,
  validateProcessMap,
  waypointsSchema,
} from './validate.ts';
export { LOCAL_ORIGIN } from './origin.ts';
export {
  createProcessDoc,
  getEdges,
  getLanes,
  getMeta,
  getNodes,
  getPools,
  getSchemaVersion,
  initProcessDoc,
} from './doc.ts';
export {
  addNode,
  deleteNode,
  moveNode,
  relabelNode,
  resizeNode,
  setNodeAttrs,
  setNodeBpmn,
  setNodeKind,
} from './node-mutations.ts';
export type { NewNode } from './node-mutations.ts';
export { addNodeCopies } from './node-copies.ts';
export type { CopyPlacement } from './node-copies.ts';
export { convertNoteToActivity, mergeNotesIntoActivity } from './note-conversion.ts';
export {
  connect,
  disconnect,
  forgetRoutes,
  relabelEdge,
  setEdgeBpmn,
  setEdgeKind,
  setEdgeWaypoints,
} from './edge-mutations.ts';
export { ROUTE_TOLERANCE, routeFits, touchesBoundary } from './edge-route.ts';
export type { NewEdge } from './edge-mutations.ts';
export { addLane, deleteLane, renameLane, reorderLane, resizeLane } from './lane-mutations.ts';
export { LANE_PADDING, fitLanes, fitLanesToNodes } from './lane-fit.ts';
export type { LaneFit } from './lane-fit.ts';
export { takeIntoFirstLane } from './first-lane.ts';
export type { NewLane } from './lane-mutations.ts';
export { addPool, deletePool, renamePool, setLanePool, setPoolOrientation } from './pool-mutations.ts';
export type { NewPool } from './pool-mutations.ts';
export { applyProcessMap, applyValidatedProcessMap } from './apply-map.ts';
export { readProcessMap } from './read.ts';
export { MIGRATIONS, migrateProcessDoc } from './migrations.ts';
export type { MigrateOptions, Migration } from './migrations.ts';
export { canonicalJson } from './canonical.ts';
export { projectDocument, projectProcessSnapshot } from './projection.ts';
export type { ProcessSnapshotProjection } from './projection.ts';
export { diffProcessMaps, diffStatusById } from './diff.ts';
export type {
  DiffCounts,
  DiffStatus,
  FieldValues,
  ItemChange,
  ItemsDiff,
  NodeChange,
  ProcessMapDiff,
  ProcessMapDiffSummary,
} from './diff.ts';
export { computeMetrics } from './metrics.ts';
export type { MediaBreak, MetricsOptions, ProcessMetrics } from './metrics.ts';
export { ratesOptions, serviceFigures } from './service-figures.ts';
export type { CaseFigures, RatesTable, ServiceFigures, YearFigures } from './service-figures.ts';
export { METRIC_WARNING_CODES } from './metrics-warnings.ts';
export type { MetricWarning, MetricWarningCode } from './metrics-warnings.ts';
export * from './discussion/index.ts';
export * from './session/index.ts';
export * from './geometry.ts';
export * from './upstream/index.ts';
export * from './people/index.ts';
export * from './lane-boxes.ts';
export { sortLanes } from './lane-order.ts';
export * from './dependents.ts';
export { flowOrder, outlineGroups } from './flow-order.ts';
export type { OutlineGroup } from './flow-order.ts';
