// /api/processes: create a process and read its metadata.
import { Hono } from 'hono';
import { z } from 'zod';
import { isProcessId } from '@prozesswerk/protocol';
import { notFound } from '../errors.ts';
import { newRecordId } from '../ids.ts';
import type { Store } from '../store/store.ts';
import { parseJson } from './validation.ts';

const CreateProcess = z.object({ title: z.string().trim().min(1).max(200) });

export function processRoutes(store: Store): Hono {
  return new Hono()
    .post('/', async (c) => {
      const input = await parseJson(c, CreateProcess);
      const process = await store.createProcess({ id: newRecordId(), title: input.title });
      return c.json(process, 201, { location: `/api/processes/${process.id}` });
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      const process = isProcessId(id) ? await store.getProcess(id) : undefined;
      if (!process) throw notFound('process-not-found', `No process with id ${id}`);
      return c.json(process);
    });
}
