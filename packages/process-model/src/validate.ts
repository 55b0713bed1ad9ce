// Zod schemas for the plain process map and for mutation input, plus the functions that apply them.
import { z } from 'zod';
import { ProcessModelError } from './errors.ts';
import { asEdgeId, asLaneId, asNodeId, asPoolId } from './ids.ts';
import {
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
import type { ActivityAttrs, ActivityAttrsPatch, ProcessMap } from './schema.ts';
import {
  ACTIVITY_TYPES,
  EVENT_TRIGGERS,
  LOOP_MARKERS,
  POOL_ORIENTATIONS,
  TIMER_TYPES,
} from './schema-bpmn.ts';
import type { BpmnEdgeFields, BpmnEdgePatch, BpmnNodeFields, BpmnNodePatch } from './schema-bpmn.ts';
import { mapReferenceIssues } from './validate-refs.ts';

// Zod 4 numbers are already finite (no NaN, no ±Infinity).
export const idSchema = z.string().min(1).max(MAX_ID_LENGTH);
export const nodeIdSchema = idSchema.transform(asNodeId);
export const edgeIdSchema = idSchema.transform(asEdgeId);
export const laneIdSchema = idSchema.transform(asLaneId);
export const poolIdSchema = idSchema.transform(asPoolId);
export const labelSchema = z.string().max(MAX_LABEL_LENGTH);
export const coordinateSchema = z.number();
export const dimensionSchema = z.number().positive();
export const handleSchema = z.string().max(MAX_ID_LENGTH);
export const nodeKindSchema = z.enum(NODE_KINDS);
export const edgeKindSchema = z.enum(EDGE_KINDS);
export const laneKindSchema = z.enum(LANE_KINDS);
export const poolOrientationSchema = z.enum(POOL_ORIENTATIONS);
export const waypointsSchema = z
  .array(z.object({ x: coordinateSchema, y: coordinateSchema }))
  .min(2)
  .max(MAX_WAYPOINTS);

const shortText = z.string().max(MAX_TEXT_LENGTH);
const longText = z.string().max(MAX_DESCRIPTION_LENGTH);
const amount = z.number().nonnegative();

// One schema per attribute; the reader uses these to drop single bad values instead of the whole node.
export const attrFieldSchemas = {
  role: shortText,
  durationMin: amount,
  waitMin: amount,
  casesPerYear: amount,
  medium: z.enum(MEDIA),
  itSystem: shortText,
  legalBasis: shortText,
  description: longText,
} as const satisfies { [K in keyof Required<ActivityAttrs>]: z.ZodType<ActivityAttrs[K]> };

const f = attrFieldSchemas;

export const activityAttrsSchema = z.object({
  role: f.role.optional(),
  durationMin: f.durationMin.optional(),
  waitMin: f.waitMin.optional(),
  casesPerYear: f.casesPerYear.optional(),
  medium: f.medium.optional(),
  itSystem: f.itSystem.optional(),
  legalBasis: f.legalBasis.optional(),
  description: f.description.optional(),
});

// Strict, so a misspelt key is rejected instead of silently dropped.
export const activityAttrsPatchSchema = z.strictObject({
  role: f.role.nullish(),
  durationMin: f.durationMin.nullish(),
  waitMin: f.waitMin.nullish(),
  casesPerYear: f.casesPerYear.nullish(),
  medium: f.medium.nullish(),
  itSystem: f.itSystem.nullish(),
  legalBasis: f.legalBasis.nullish(),
  description: f.description.nullish(),
});

// One schema per BPMN field of a node or edge, so the reader drops single bad values (see schema-bpmn.ts).
export const bpmnNodeFieldSchemas = {
  activityType: z.enum(ACTIVITY_TYPES),
  marker: z.enum(LOOP_MARKERS),
  compensation: z.literal(true),
  trigger: z.enum(EVENT_TRIGGERS),
  throwing: z.literal(true),
  interrupting: z.literal(false),
  attachedTo: nodeIdSchema,
  timerType: z.enum(TIMER_TYPES),
  expression: shortText,
  parentId: nodeIdSchema,
  expanded: z.literal(true),
  link: idSchema,
  collection: z.literal(true),
  dataState: shortText,
} as const satisfies { [K in keyof Required<BpmnNodeFields>]: z.ZodType<BpmnNodeFields[K], unknown> };

export const bpmnEdgeFieldSchemas = {
  condition: shortText,
  isDefault: z.literal(true),
} as const satisfies { [K in keyof Required<BpmnEdgeFields>]: z.ZodType<BpmnEdgeFields[K], unknown> };

const b = bpmnNodeFieldSchemas;
const be = bpmnEdgeFieldSchemas;

const bpmnNodeShape = {
  activityType: b.activityType.optional(),
  marker: b.marker.optional(),
  compensation: b.compensation.optional(),
  trigger: b.trigger.optional(),
  throwing: b.throwing.optional(),
  interrupting: b.interrupting.optional(),
  attachedTo: b.attachedTo.optional(),
  timerType: b.timerType.optional(),
  expression: b.expression.optional(),
  parentId: b.parentId.optional(),
  expanded: b.expanded.optional(),
  link: b.link.optional(),
  collection: b.collection.optional(),
  dataState: b.dataState.optional(),
};

// Strict, like the attribute patch; null removes a field.
export const bpmnNodePatchSchema = z.strictObject({
  activityType: b.activityType.nullish(),
  marker: b.marker.nullish(),
  compensation: b.compensation.nullish(),
  trigger: b.trigger.nullish(),
  throwing: b.throwing.nullish(),
  interrupting: b.interrupting.nullish(),
  attachedTo: b.attachedTo.nullish(),
  timerType: b.timerType.nullish(),
  expression: b.expression.nullish(),
  parentId: b.parentId.nullish(),
  expanded: b.expanded.nullish(),
  link: b.link.nullish(),
  collection: b.collection.nullish(),
  dataState: b.dataState.nullish(),
});

export const bpmnEdgePatchSchema = z.strictObject({
  condition: be.condition.nullish(),
  isDefault: be.isDefault.nullish(),
});

export const processNodeSchema = z.object({
  id: nodeIdSchema,
  kind: z.enum([...NODE_KINDS, 'unknown']),
  rawKind: handleSchema.optional(),
  label: labelSchema,
  x: coordinateSchema,
  y: coordinateSchema,
  w: dimensionSchema.optional(),
  h: dimensionSchema.optional(),
  laneId: laneIdSchema.optional(),
  attrs: activityAttrsSchema,
  ...bpmnNodeShape,
});

export const processEdgeSchema = z.object({
  id: edgeIdSchema,
  kind: edgeKindSchema,
  source: nodeIdSchema,
  target: nodeIdSchema,
  sourceHandle: handleSchema.optional(),
  targetHandle: handleSchema.optional(),
  label: labelSchema.optional(),
  condition: be.condition.optional(),
  isDefault: be.isDefault.optional(),
  waypoints: waypointsSchema.optional(),
});

export const laneSchema = z.object({
  id: laneIdSchema,
  label: labelSchema,
  order: coordinateSchema,
  size: dimensionSchema,
  kind: laneKindSchema,
  poolId: poolIdSchema.optional(),
});

export const poolSchema = z.object({
  id: poolIdSchema,
  label: labelSchema,
  orientation: poolOrientationSchema,
});

// Maps of every schema version up to this one: a v1 map is a valid v2 map (v2 only adds optional parts).
export const processMapSchema = z
  .object({
    schemaVersion: z.number().int().min(1).max(SCHEMA_VERSION),
    nodes: z.array(processNodeSchema),
    edges: z.array(processEdgeSchema),
    lanes: z.array(laneSchema),
    pools: z.array(poolSchema).optional(),
  })
  .superRefine((map, ctx) => {
    for (const { path, message } of mapReferenceIssues(map)) ctx.addIssue({ code: 'custom', path, message });
  });

// Checks shape, limits and references (see validate-refs.ts).
export function validateProcessMap(data: unknown): z.ZodSafeParseResult<ProcessMap> {
  return processMapSchema.safeParse(data);
}

export function parseAttrs(patch: unknown): ActivityAttrsPatch {
  return parseOrThrow(activityAttrsPatchSchema, patch, 'invalid-attributes', 'attributes');
}

export function parseBpmnNodePatch(patch: unknown): BpmnNodePatch {
  return parseOrThrow(bpmnNodePatchSchema, patch, 'invalid-attributes', 'BPMN fields');
}

export function parseBpmnEdgePatch(patch: unknown): BpmnEdgePatch {
  return parseOrThrow(bpmnEdgePatchSchema, patch, 'invalid-attributes', 'BPMN fields');
}

// Parses mutation input, turning a zod failure into a ProcessModelError with the issues as cause.
export function parseOrThrow<T>(
  schema: z.ZodType<T>,
  value: unknown,
  code: 'invalid-input' | 'invalid-kind' | 'invalid-attributes' | 'invalid-map',
  what: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ProcessModelError(code, `invalid ${what}: ${z.prettifyError(result.error)}`, {
    cause: result.error,
  });
}
