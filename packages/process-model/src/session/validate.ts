// Zod schemas of the workshop state's values, used for mutation input and by the tolerant reader.
import { z } from 'zod';
import { idSchema } from '../validate.ts';
import { asRoundId, MAX_VOTES_PER_PARTICIPANT } from '../discussion/schema.ts';
import { personSchema, timestampSchema } from '../discussion/validate.ts';
import { MAX_ROUND_TITLE_LENGTH, MAX_TIMER_MS, TIMER_STATES, VOTING_TARGETS } from './schema.ts';

export const viewportSchema = z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() });
export const durationMsSchema = z.number().int().positive().max(MAX_TIMER_MS);
export const roundTitleSchema = z.string().trim().min(1).max(MAX_ROUND_TITLE_LENGTH);
export const votesPerParticipantSchema = z.number().int().positive().max(MAX_VOTES_PER_PARTICIPANT);

export const flowAreaSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
});

export const summonSchema = z.object({
  by: personSchema,
  viewport: viewportSchema,
  area: flowAreaSchema.optional(),
  at: timestampSchema,
});

export const timerSchema = z
  .object({
    state: z.enum(TIMER_STATES),
    durationMs: durationMsSchema,
    startedAt: timestampSchema.optional(),
    remainingMs: z.number().int().min(0).max(MAX_TIMER_MS),
  })
  .refine(
    (timer) => timer.state !== 'running' || timer.startedAt !== undefined,
    'a running timer has a start',
  );

export const votingRoundSchema = z.object({
  id: idSchema.transform(asRoundId),
  title: roundTitleSchema.optional(),
  open: z.boolean(),
  votesPerParticipant: votesPerParticipantSchema,
  targets: z.enum(VOTING_TARGETS),
  openedAt: timestampSchema,
  closedAt: timestampSchema.optional(),
});
