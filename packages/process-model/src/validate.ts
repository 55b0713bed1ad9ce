// Zod schemas for the plain process map and for mutation input, plus the functions that apply them.
import { z } from 'zod';
import { ProcessModelError } from './errors.ts';
import { asEdgeId, asLaneId, asNodeId } from './ids.ts';
import {
  EDGE_KINDS,
  LANE_KINDS,
  MAX_DESCRIPTION_LENGTH,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_TEXT_LENGTH,
  MEDIA,
  NODE_KINDS,
  SCHEMA_VERSION,
} from './schema.ts';
import type { ActivityAttrs, ActivityAttrsPatch, ProcessMap } from './schema.ts';

// Zod 4 numbers are already finite (no NaN, no ±Infinity).
export const idSchema = z.string().min(1).max(MAX_ID_LENGTH);
export const nodeIdSchema = idSchema.transform(asNodeId);
export const edgeIdSchema = idSchema.transform(asEdgeId);
export const laneIdSchema = idSchema.transform(asLaneId);
export const labelSchema = z.string().max(MAX_LABEL_LENGTH);
export const coordinateSchema = z.number();
export const dimensionSchema = z.number().positive();
export const handleSchema = z.string().max(MAX_ID_LENGTH);
export const nodeKindSchema = z.enum(NODE_KINDS);
export const edgeKindSchema = z.enum(EDGE_KINDS);
export const laneKindSchema = z.enum(LANE_KINDS);

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
});

export const processEdgeSchema = z.object({
  id: edgeIdSchema,
  kind: edgeKindSchema,
  source: nodeIdSchema,
  target: nodeIdSchema,
  sourceHandle: handleSchema.optional(),
  targetHandle: handleSchema.optional(),
  label: labelSchema.optional(),
});

export const laneSchema = z.object({
  id: laneIdSchema,
  label: labelSchema,
  order: coordinateSchema,
  size: dimensionSchema,
  kind: laneKindSchema,
});

export const processMapSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    nodes: z.array(processNodeSchema),
    edges: z.array(processEdgeSchema),
    lanes: z.array(laneSchema),
  })
  .superRefine((map, ctx) => {
    const report = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const laneIds = uniqueIds(map.lanes, 'lanes', report);
    const nodeIds = uniqueIds(map.nodes, 'nodes', report);
    uniqueIds(map.edges, 'edges', report);
    map.nodes.forEach((node, i) => {
      if (node.laneId !== undefined && !laneIds.has(node.laneId)) {
        report(['nodes', i, 'laneId'], `lane ${node.laneId} does not exist`);
      }
    });
    map.edges.forEach((edge, i) => {
      if (!nodeIds.has(edge.source)) report(['edges', i, 'source'], `node ${edge.source} does not exist`);
      if (!nodeIds.has(edge.target)) report(['edges', i, 'target'], `node ${edge.target} does not exist`);
    });
  });

function uniqueIds(
  items: readonly { id: string }[],
  field: string,
  report: (path: (string | number)[], message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report([field, i, 'id'], `duplicate id ${item.id}`);
    seen.add(item.id);
  });
  return seen;
}

// Checks shape, limits and references (unique ids, edges to existing nodes, nodes in existing lanes).
export function validateProcessMap(data: unknown): z.ZodSafeParseResult<ProcessMap> {
  return processMapSchema.safeParse(data);
}

export function parseAttrs(patch: unknown): ActivityAttrsPatch {
  return parseOrThrow(activityAttrsPatchSchema, patch, 'invalid-attributes', 'attributes');
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
