// BPMN 2.0 import into the library: the file becomes a new process of the municipality, with a report.
import { z } from 'zod';
import { OrgParams, Process } from './common.ts';
import { defineOperation, jsonResponse } from './operation.ts';
import { problems } from './problem.ts';

export const ImportReport = z
  .object({
    nodes: z.number().int(),
    edges: z.number().int(),
    lanes: z.number().int(),
    unsupported: z
      .array(
        z.object({
          element: z.string(),
          id: z.string().optional(),
          name: z.string().optional(),
          reasonCode: z.string().optional(),
          reason: z.string().optional().meta({ description: 'Why it was left out, in German' }),
          where: z.string().optional(),
        }),
      )
      .meta({
        description: 'Elements with no place in a process map, by BPMN type, id and name, with the reason',
      }),
    warnings: z.array(z.string()).meta({ description: 'What was lost or changed, as German sentences' }),
    notes: z
      .array(z.object({ code: z.string(), params: z.record(z.string(), z.unknown()) }))
      .meta({ description: 'The warnings as codes with parameters, for other languages' }),
    parts: z
      .array(z.object({ id: z.string(), name: z.string() }))
      .optional()
      .meta({
        description: 'When the file holds several diagrams or processes: each; `part` names the one imported',
      }),
    part: z.string().optional(),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportedProcess = Process.extend({ report: ImportReport });
export type ImportedProcess = z.infer<typeof ImportedProcess>;

export const ImportQuery = z.object({
  title: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: 'Title of the new process (default: the name in the file, else the file name)' }),
  part: z.string().max(1000).optional().meta({
    description: "Which diagram or process of a file with several to import (an id from the report's parts)",
  }),
  fileName: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: 'Name of the uploaded file; the title when the file names no process' }),
});

export const importOperations = {
  importProcess: defineOperation({
    method: 'post',
    path: '/api/orgs/{orgId}/processes/import',
    operationId: 'importProcess',
    summary: 'Import a BPMN 2.0 file as a new process of the municipality',
    description:
      'The body is the XML, at most 5 MiB. Answers the new process and a report of what could not be mapped. ' +
      'Imports run on a few worker threads with a bounded queue: past it, 429 `import-busy` with `Retry-After`.',
    tags: ['interchange'],
    'x-access': { scope: 'org', min: 'editor' },
    request: {
      params: OrgParams,
      query: ImportQuery,
      body: {
        required: true,
        content: { 'application/xml': { schema: z.string().meta({ description: 'BPMN 2.0 XML' }) } },
      },
    },
    responses: {
      201: jsonResponse('The new process with the import report', ImportedProcess),
      ...problems(400, 401, 403, 404, 413, 422, 429),
    },
  }),
};
