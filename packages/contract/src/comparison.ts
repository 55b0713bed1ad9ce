// Comparing how municipalities run one service: every published variant's figures per case and per year, side by side.
import { z } from 'zod';
import { FimTier, LeikaKey, Timestamp } from './common.ts';
import { defineOperation, jsonResponse } from './operation.ts';
import { problems } from './problem.ts';

export const ComparisonQuery = z.object({
  leika: LeikaKey.optional().meta({
    description: 'The service: every published process with this LeiKa key',
  }),
  family: z.string().min(1).max(200).optional().meta({
    description:
      "The service: every published process of this process's family (its topmost origin, every variant)",
  }),
});
export type ComparisonQuery = z.input<typeof ComparisonQuery>;

const figure = (description: string) =>
  z
    .number()
    .nullable()
    .meta({ description: `${description}; null: the published map does not give it` });

export const YearFigures = z
  .object({
    staffMinutes: figure("The administration's staff minutes (external parties' steps left out)"),
    staffCost: figure(
      'Staff cost in euro; also null where the municipality did not publish its hourly rates, or a staffed step has no rate',
    ),
    handOffs: figure('Hand-offs between lanes'),
    mediaBreaks: figure('Changes of medium between consecutive steps'),
  })
  .meta({ id: 'YearFigures' });
export type YearFigures = z.infer<typeof YearFigures>;

export const CaseFigures = YearFigures.extend({
  leadTimeMin: figure('Processing plus waiting minutes along the longest start-to-end path'),
}).meta({ id: 'CaseFigures' });
export type CaseFigures = z.infer<typeof CaseFigures>;

export const ComparedVariant = z
  .object({
    processId: z.string(),
    title: z.string().meta({ description: 'As published' }),
    orgId: z.string().nullable(),
    orgName: z.string(),
    version: z.number().int().meta({ description: 'The published version the figures are of' }),
    publishedAt: Timestamp,
    leikaKey: LeikaKey.nullable(),
    tier: FimTier.nullable(),
    originProcessId: z.string().nullable().meta({ description: 'The process it was adopted from' }),
    ratesShared: z.boolean().meta({ description: 'Published with its hourly rates (else no staff cost)' }),
    casesPerYear: figure('Cases per year: the largest count any step gives'),
    perCase: CaseFigures,
    perYear: YearFigures.meta({ description: 'Cases per year × the per-case figure' }),
  })
  .meta({ id: 'ComparedVariant' });
export type ComparedVariant = z.infer<typeof ComparedVariant>;

export const MunicipalityComparison = z
  .object({
    service: z.object({
      leikaKey: LeikaKey.nullable().meta({ description: 'As asked for' }),
      family: z.string().nullable().meta({ description: 'The topmost origin of the family asked for' }),
      title: z.string().nullable().meta({ description: "The family root's or the first variant's title" }),
    }),
    variants: z.array(ComparedVariant).meta({
      description: 'Every published variant the caller may read, by municipality; never a draft',
    }),
  })
  .meta({ id: 'MunicipalityComparison' });
export type MunicipalityComparison = z.infer<typeof MunicipalityComparison>;

export const comparisonOperations = {
  compareMunicipalities: defineOperation({
    method: 'get',
    path: '/api/library/comparison',
    operationId: 'compareMunicipalities',
    summary: 'How municipalities run one service: every published variant’s figures per case and per year',
    description:
      'Give exactly one of `leika` and `family` (400 `comparison-service-required` otherwise). Figures come from each ' +
      'published version’s map through the same metrics as the process comparison; a missing input is null, never 0.',
    tags: ['library'],
    'x-access': { scope: 'user' },
    request: { query: ComparisonQuery },
    responses: {
      200: jsonResponse('The variants and their figures', MunicipalityComparison),
      ...problems(400, 401, 403, 404),
    },
  }),
};
