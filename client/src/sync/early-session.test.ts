import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropEarlySession, offerEarlySession, takeEarlySession } from './early-session.ts';
import type { ProcessSession } from './process-session.ts';

/** A session that only counts how often it was closed (the hand-over never looks inside). */
function countingSession(processId: string) {
  const closed = { times: 0 };
  const destroy = () => void closed.times++;
  return { session: { processId, destroy } as unknown as ProcessSession, closed };
}

afterEach(() => {
  dropEarlySession();
  vi.useRealTimers();
});

describe('a process session opened early', () => {
  it('is handed once to the editor of the same process, which then owns it', () => {
    const { session, closed } = countingSession('p1');
    offerEarlySession(session);
    expect(takeEarlySession('p2')).toBeUndefined();
    expect(takeEarlySession('p1')).toBe(session);
    expect(takeEarlySession('p1')).toBeUndefined();
    dropEarlySession();
    expect(closed.times).toBe(0);
  });

  it('is closed when dropped (the page is a sign-in form or the process is gone) or left unclaimed', () => {
    vi.useFakeTimers();
    const dropped = countingSession('p1');
    offerEarlySession(dropped.session);
    dropEarlySession();
    expect(dropped.closed.times).toBe(1);

    const unclaimed = countingSession('p1');
    offerEarlySession(unclaimed.session);
    vi.advanceTimersByTime(20_000);
    expect(unclaimed.closed.times).toBe(1);
    expect(takeEarlySession('p1')).toBeUndefined();
  });
});
