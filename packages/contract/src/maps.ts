// Process maps and their differences as plain JSON, for map reads, versions and comparisons.
import { z } from 'zod';
import {
  laneSchema,
  processEdgeSchema,
  processMapSchema,
  processNodeSchema,
} from '@prozesswerk/process-model';

export const ProcessMap = processMapSchema.meta({
  id: 'ProcessMap',
  description: 'A process map: nodes and edges sorted by id, lanes by order',
});
export type ProcessMap = z.infer<typeof ProcessMap>;

const ProcessNode = processNodeSchema.meta({ id: 'ProcessNode' });
const ProcessEdge = processEdgeSchema.meta({ id: 'ProcessEdge' });
const Lane = laneSchema.meta({ id: 'Lane' });

const itemChange = <T extends z.ZodType>(item: T) =>
  z.object({
    id: z.string(),
    before: item,
    after: item,
    fields: z.array(z.string()).meta({ description: "What differs: 'label', 'x', 'attrs.medium', …" }),
  });

const itemsDiff = <T extends z.ZodType, C extends z.ZodType>(item: T, change: C) =>
  z.object({ added: z.array(item), removed: z.array(item), changed: z.array(change) });

const DiffCounts = z.object({
  added: z.number().int(),
  removed: z.number().int(),
  changed: z.number().int(),
});

export const ProcessMapDiff = z
  .object({
    nodes: itemsDiff(
      ProcessNode,
      itemChange(ProcessNode).extend({
        moved: z.boolean().meta({ description: 'Only the position or size changed' }),
      }),
    ),
    edges: itemsDiff(ProcessEdge, itemChange(ProcessEdge)),
    lanes: itemsDiff(Lane, itemChange(Lane)),
    summary: z.object({
      nodes: DiffCounts.extend({ moved: z.number().int() }),
      edges: DiffCounts,
      lanes: DiffCounts,
      isEmpty: z.boolean(),
    }),
  })
  .meta({ id: 'ProcessMapDiff', description: 'What was added, removed, changed or only moved, by id' });
export type ProcessMapDiff = z.infer<typeof ProcessMapDiff>;

/** Two maps and their difference. */
export const Comparison = z.object({ before: ProcessMap, after: ProcessMap, diff: ProcessMapDiff });
