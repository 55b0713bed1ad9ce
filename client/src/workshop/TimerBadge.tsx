// The countdown everyone sees in the top bar, with a quiet end signal and a screen-reader announcement.
import { useTranslation } from 'react-i18next';
import { useWorkshopState } from './context.tsx';
import { formatRemaining, useRemainingMs } from './countdown.ts';
import { ClockIcon } from './icons.tsx';

export function TimerBadge() {
  const { t } = useTranslation();
  const timer = useWorkshopState().timer;
  const remaining = useRemainingMs(timer);
  const visible = timer !== undefined && timer.state !== 'stopped';
  const finished = timer?.state === 'running' && remaining === 0;
  const time = formatRemaining(remaining);
  return (
    <>
      {visible ? (
        <span
          role="timer"
          className={`workshop-timer${finished ? ' is-finished' : ''}${timer.state === 'paused' ? ' is-paused' : ''}`}
          aria-label={t('workshop.timer.remaining', { time })}
          title={timer.state === 'paused' ? t('workshop.timer.paused') : undefined}
          data-testid="workshop-timer"
          data-state={finished ? 'finished' : timer.state}
        >
          <ClockIcon />
          {time}
        </span>
      ) : null}
      <span className="visually-hidden" aria-live="polite" data-testid="workshop-timer-announcement">
        {finished ? t('workshop.timer.finished') : ''}
      </span>
    </>
  );
}
