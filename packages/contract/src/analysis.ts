// Analysis reads: a process's map (live, published or a version) and the hourly rates that price its steps.
import { z } from 'zod';
import { Process, ProcessParams } from './common.ts';
import { ProcessMap } from './maps.ts';
import { ProcessHourlyRates } from './orgs.ts';
import { defineOperation, jsonResponse } from './operation.ts';
import { problems } from './problem.ts';

/** Which state of a map to read: the live one, the one published to the library, or a version number. */
export const MapVersion = z
  .union([z.enum(['live', 'published']), z.coerce.number().int().positive()])
  .meta({ description: '`live`, `published` or a version number' });
export type MapVersion = z.infer<typeof MapVersion>;

export const MapQuery = z.object({
  version: MapVersion.optional().meta({
    description: 'Default: live for members of the process, else the published version',
  }),
});

export const ProcessMapRead = z.object({
  process: Process.extend({ orgName: z.string().meta({ description: 'Name of the owning municipality' }) }),
  version: z.union([z.literal('live'), z.number().int().positive()]),
  map: ProcessMap,
});
export type ProcessMapRead = z.infer<typeof ProcessMapRead>;

const tags = ['analysis'];

export const analysisOperations = {
  getProcessMap: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/map',
    operationId: 'getProcessMap',
    summary: 'The process map as JSON: live, published or a frozen version',
    tags,
    'x-access': { scope: 'version' },
    request: { params: ProcessParams, query: MapQuery },
    responses: {
      200: jsonResponse('The process, which state was read, and its map', ProcessMapRead),
      ...problems(400, 401, 404, 409),
    },
  }),
  getProcessHourlyRates: defineOperation({
    method: 'get',
    path: '/api/processes/{id}/hourly-rates',
    operationId: 'getProcessHourlyRates',
    summary: "The hourly rates of the process's municipality, for its staff cost",
    description: 'Readable by whoever may read the process map.',
    tags,
    'x-access': { scope: 'version' },
    request: { params: ProcessParams },
    responses: { 200: jsonResponse('The rates', ProcessHourlyRates), ...problems(401, 404) },
  }),
};
