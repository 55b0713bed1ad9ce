// The countdown everyone sees in the top bar, with a quiet end signal that stays until each person dismisses it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Timer } from '@prozesswerk/process-model';
import { useWorkshopState } from './session-state.ts';
import { formatRemaining, ranOutBefore, useRemainingMs } from './countdown.ts';
import { ClockIcon } from './icons.tsx';

// One run of the timer: a restart or a resume is a new run whose end must be signalled again.
const runOf = (timer: Timer | undefined) => (timer ? `${timer.startedAt ?? ''}/${timer.remainingMs}` : '');

/*
 * The end pulses a few times and then stays red, so someone who looked away still sees that the time
 * is up when they look back; each person closes the signal for themselves (the timer itself keeps
 * running at 00:00 until the facilitator stops it).
 */
export function TimerBadge() {
  const { t } = useTranslation();
  const timer = useWorkshopState().timer;
  const remaining = useRemainingMs(timer);
  const [dismissed, setDismissed] = useState('');
  // Whoever opens the editor after the time ran out gets no stale "00:00 Zeit ist um".
  const [openedAt] = useState(() => Date.now());
  const finished = timer?.state === 'running' && remaining === 0;
  const visible =
    timer !== undefined &&
    timer.state !== 'stopped' &&
    !(finished && (dismissed === runOf(timer) || ranOutBefore(timer, openedAt)));
  const time = formatRemaining(remaining);
  return (
    <>
      {visible ? (
        <span
          role="timer"
          className={`workshop-timer${finished ? ' is-finished' : ''}${timer.state === 'paused' ? ' is-paused' : ''}`}
          aria-label={finished ? t('workshop.timer.finished') : t('workshop.timer.remaining', { time })}
          title={timer.state === 'paused' ? t('workshop.timer.paused') : undefined}
          data-testid="workshop-timer"
          data-state={finished ? 'finished' : timer.state}
        >
          <ClockIcon />
          {time}
          {timer.state === 'paused' ? (
            <span className="workshop-timer-note">{t('workshop.timer.pausedShort')}</span>
          ) : null}
          {finished ? (
            <>
              <span className="workshop-timer-note">{t('workshop.timer.finishedShort')}</span>
              <button
                type="button"
                className="workshop-timer-dismiss"
                aria-label={t('workshop.timer.dismiss')}
                title={t('workshop.timer.dismiss')}
                onClick={() => setDismissed(runOf(timer))}
              >
                ×
              </button>
            </>
          ) : null}
        </span>
      ) : null}
      <span className="visually-hidden" aria-live="polite" data-testid="workshop-timer-announcement">
        {finished ? t('workshop.timer.finished') : ''}
      </span>
    </>
  );
}
