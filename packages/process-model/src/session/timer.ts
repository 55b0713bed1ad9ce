// The workshop countdown: start, pause, resume and stop it, and derive what is left from a given clock reading.
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origin.ts';
import { parseOrThrow } from '../validate.ts';
import { parseNow } from '../discussion/validate.ts';
import { TIMER_KEY, getWorkshop } from './doc.ts';
import { readSession } from './read.ts';
import type { Timer } from './schema.ts';
import { durationMsSchema } from './validate.ts';

export interface TimerStart {
  durationMs: number;
  now?: number;
}

/*
 * Pure: what is left at `now` (ms since the epoch). Never negative and, when the reader's clock is
 * behind the writer's, never more than was left at the start. No timer or a stopped one has 0 left.
 */
export function timerRemainingMs(timer: Timer | undefined, now: number): number {
  if (timer === undefined || timer.state === 'stopped') return 0;
  if (timer.state === 'paused') return timer.remainingMs;
  const elapsed = now - Date.parse(timer.startedAt ?? '');
  if (Number.isNaN(elapsed)) return timer.remainingMs;
  return Math.min(timer.remainingMs, Math.max(0, timer.remainingMs - elapsed));
}

// The moment for the end signal: running and nothing left. The timer stays 'running' until a
// facilitator stops it, so no client has to write when it runs out.
export function timerFinished(timer: Timer | undefined, now: number): boolean {
  return timer?.state === 'running' && timerRemainingMs(timer, now) === 0;
}

// Starting a running or paused timer starts it afresh.
export function startTimer(doc: Y.Doc, input: TimerStart, origin: unknown = LOCAL_ORIGIN): Timer {
  const durationMs = parseOrThrow(durationMsSchema, input.durationMs, 'invalid-input', 'duration');
  return writeTimer(
    doc,
    { state: 'running', durationMs, startedAt: parseNow(input.now), remainingMs: durationMs },
    origin,
  );
}

// A no-op (returns the timer unchanged, no transaction) unless the timer is running; so are the others.
export function pauseTimer(doc: Y.Doc, now?: number, origin: unknown = LOCAL_ORIGIN): Timer | undefined {
  const timer = readSession(doc).timer;
  if (timer?.state !== 'running') return timer;
  const pausedAt = Date.parse(parseNow(now));
  const { durationMs } = timer;
  return writeTimer(
    doc,
    { state: 'paused', durationMs, remainingMs: timerRemainingMs(timer, pausedAt) },
    origin,
  );
}

export function resumeTimer(doc: Y.Doc, now?: number, origin: unknown = LOCAL_ORIGIN): Timer | undefined {
  const timer = readSession(doc).timer;
  if (timer?.state !== 'paused') return timer;
  const { durationMs, remainingMs } = timer;
  return writeTimer(doc, { state: 'running', durationMs, startedAt: parseNow(now), remainingMs }, origin);
}

export function stopTimer(doc: Y.Doc, origin: unknown = LOCAL_ORIGIN): Timer | undefined {
  const timer = readSession(doc).timer;
  if (timer === undefined || timer.state === 'stopped') return timer;
  return writeTimer(doc, { state: 'stopped', durationMs: timer.durationMs, remainingMs: 0 }, origin);
}

function writeTimer(doc: Y.Doc, timer: Timer, origin: unknown): Timer {
  doc.transact(() => getWorkshop(doc).set(TIMER_KEY, timer), origin);
  return timer;
}
