// The countdown as every browser computes it from the shared timer facts and its own clock.
import { useEffect, useState } from 'react';
import { timerRemainingMs, type Timer } from '@prozesswerk/process-model';

/** mm:ss, rounded up so a timer shows 00:00 only when it has really run out. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const mm = Math.floor(seconds / 60);
  const ss = seconds % 60;
  return `${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}

/** The time left, re-read every half second while the timer runs so the display never skips a second. */
export function useRemainingMs(timer: Timer | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  const running = timer?.state === 'running';
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [running, timer]);
  return timerRemainingMs(timer, running ? now : Date.now());
}

/** Whether a running timer had already run out more than `graceMs` before `moment` (someone arrived late). */
export function ranOutBefore(timer: Timer | undefined, moment: number, graceMs = 60_000): boolean {
  if (timer?.state !== 'running' || !timer.startedAt) return false;
  const end = Date.parse(timer.startedAt) + timer.remainingMs;
  return !Number.isNaN(end) && end < moment - graceMs;
}
