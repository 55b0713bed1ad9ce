// The facilitator's dot-voting controls: open a round (question, dots per person), and close it to show the result.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  clearVotingRound,
  closeVotingRound,
  MAX_VOTES_PER_PARTICIPANT,
  openVotingRound,
} from '@prozesswerk/process-model';
import { useFocusReturn } from '../shared/focus.ts';
import { useDoc } from '../sync/process-context.tsx';
import { DotsIcon } from './icons.tsx';
import { useVotingRound } from './voting.ts';

export function VotingControls() {
  const { t } = useTranslation();
  const doc = useDoc('session');
  const round = useVotingRound();
  const [form, setForm] = useState(false);

  if (round?.open) {
    return (
      <button
        type="button"
        className="button workshop-active"
        data-testid="voting-close"
        onClick={() => closeVotingRound(doc)}
      >
        <DotsIcon />
        {t('workshop.voting.close')}
      </button>
    );
  }
  return (
    <div className="voting-start">
      <button type="button" className="button" aria-expanded={form} onClick={() => setForm(!form)}>
        <DotsIcon />
        {t('workshop.voting.open')}
      </button>
      {round ? (
        <button
          type="button"
          className="button"
          title={t('workshop.voting.clearHint')}
          onClick={() => clearVotingRound(doc)}
        >
          {t('workshop.voting.clear')}
        </button>
      ) : null}
      {form ? (
        <StartForm
          onStart={(title, votesPerParticipant) => {
            openVotingRound(doc, { title, votesPerParticipant });
            setForm(false);
          }}
          onCancel={() => setForm(false)}
        />
      ) : null}
    </div>
  );
}

type StartFormProps = { onStart(title: string, votes: number): void; onCancel(): void };

function StartForm({ onStart, onCancel }: StartFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [votes, setVotes] = useState('3');
  const focusRef = useFocusReturn<HTMLFormElement>();
  const count = Number(votes);
  const valid = Number.isInteger(count) && count >= 1 && count <= MAX_VOTES_PER_PARTICIPANT;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onStart(title, count);
  };
  return (
    <form
      ref={focusRef}
      className="workshop-popover voting-form"
      aria-label={t('workshop.voting.formTitle')}
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h2>{t('workshop.voting.formTitle')}</h2>
      <p className="muted">{t('workshop.voting.formLead')}</p>
      <div className="field">
        <label htmlFor="voting-title">{t('workshop.voting.question')}</label>
        <input
          id="voting-title"
          value={title}
          maxLength={200}
          autoFocus
          placeholder={t('workshop.voting.questionPlaceholder')}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="voting-votes">{t('workshop.voting.perPerson')}</label>
        <input
          id="voting-votes"
          type="number"
          min={1}
          max={MAX_VOTES_PER_PARTICIPANT}
          step={1}
          value={votes}
          aria-invalid={!valid}
          onChange={(event) => setVotes(event.target.value)}
        />
        {valid ? null : (
          <p className="field-error" role="alert">
            {t('workshop.voting.perPersonInvalid', { max: MAX_VOTES_PER_PARTICIPANT })}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={!valid}>
          {t('workshop.voting.start')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('workshop.voting.cancel')}
        </button>
      </div>
    </form>
  );
}
