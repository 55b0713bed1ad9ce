// The facilitator's timer controls: pick a duration and start, then pause, resume or stop.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pauseTimer, resumeTimer, startTimer, stopTimer } from '@prozesswerk/process-model';
import { useDoc } from '../sync/process-context.tsx';
import { useWorkshopState } from './session-state.ts';
import { useRemainingMs } from './countdown.ts';
import { ClockIcon } from './icons.tsx';

const PRESET_MINUTES = [5, 10, 15] as const;
const MINUTE = 60_000;

export function TimerControls() {
  const { t } = useTranslation();
  const doc = useDoc('session');
  const timer = useWorkshopState().timer;
  const [choice, setChoice] = useState<string>('5');
  const [custom, setCustom] = useState('20');
  // Pausing a timer that has run out means nothing; then only stopping it is offered.
  const remaining = useRemainingMs(timer);
  const finished = timer?.state === 'running' && remaining === 0;

  if (timer?.state === 'running' || timer?.state === 'paused') {
    return (
      <div className="toolbar-group" role="group" aria-label={t('workshop.timer.label')}>
        <ClockIcon />
        {finished ? null : timer.state === 'running' ? (
          <button type="button" className="button" onClick={() => pauseTimer(doc)}>
            {t('workshop.timer.pause')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => resumeTimer(doc)}>
            {t('workshop.timer.resume')}
          </button>
        )}
        <button type="button" className="button" onClick={() => stopTimer(doc)}>
          {t('workshop.timer.stop')}
        </button>
      </div>
    );
  }

  const minutes = choice === 'custom' ? Number(custom) : Number(choice);
  const valid = Number.isFinite(minutes) && minutes > 0 && minutes <= 24 * 60;
  return (
    <div className="toolbar-group" role="group" aria-label={t('workshop.timer.label')}>
      <select
        className="workshop-select"
        aria-label={t('workshop.timer.duration')}
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
      >
        {PRESET_MINUTES.map((count) => (
          <option key={count} value={String(count)}>
            {t('workshop.timer.minutes', { count })}
          </option>
        ))}
        <option value="custom">{t('workshop.timer.custom')}</option>
      </select>
      {choice === 'custom' ? (
        <input
          className="workshop-minutes"
          type="number"
          min="0.1"
          max="1440"
          step="any"
          aria-label={t('workshop.timer.customMinutes')}
          value={custom}
          onChange={(event) => setCustom(event.target.value)}
        />
      ) : null}
      <button
        type="button"
        className="button"
        disabled={!valid}
        onClick={() => startTimer(doc, { durationMs: Math.round(minutes * MINUTE) })}
      >
        {t('workshop.timer.start')}
      </button>
    </div>
  );
}
