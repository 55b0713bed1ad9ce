// Hands a process session opened while the editor's code was still arriving over to the editor page that opens it.
// The two run from different scripts of the page (see app/editor/open-early.ts), so the hand-over is this module's
// own state: one slot, taken once, closed if nobody takes it in time (the page turned out to be a sign-in form).
import type { ProcessSession } from './process-session.ts';

const UNCLAIMED_MS = 20_000;

let waiting: { session: ProcessSession; timer: ReturnType<typeof setTimeout> } | null = null;

export function offerEarlySession(session: ProcessSession): void {
  dropEarlySession();
  const timer = setTimeout(dropEarlySession, UNCLAIMED_MS);
  waiting = { session, timer };
}

/** The session opened early for this process, if there is one; the caller owns it from now on. */
export function takeEarlySession(processId: string): ProcessSession | undefined {
  if (!waiting || waiting.session.processId !== processId) return undefined;
  const { session, timer } = waiting;
  clearTimeout(timer);
  waiting = null;
  return session;
}

export function dropEarlySession(): void {
  if (!waiting) return;
  clearTimeout(waiting.timer);
  waiting.session.destroy();
  waiting = null;
}
