// Everyone's view of the voting round in the top bar: dots left while it is open, the ranked result once closed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardState } from '../board/store/context.tsx';
import { useVotingConnected } from './connection.ts';
import { DotsIcon } from './icons.tsx';
import { useClosedResults, useRemainingDots, useVotingRound } from './voting.ts';

export function VotingStatus() {
  const round = useVotingRound();
  // Everyone who watched the round while it was open sees the result at once when it closes.
  const [watched, setWatched] = useState<string | null>(null);
  useEffect(() => {
    if (round?.open) setWatched(round.id);
  }, [round]);
  if (!round) return null;
  return round.open ? <Remaining /> : <Results key={round.id} startOpen={watched === round.id} />;
}

function Remaining() {
  const { t } = useTranslation();
  const round = useVotingRound();
  const remaining = useRemainingDots();
  const online = useVotingConnected();
  if (!round) return null;
  const text =
    remaining === null
      ? t('workshop.voting.running')
      : t('workshop.voting.remaining', { count: remaining, total: round.votesPerParticipant });
  return (
    <span
      className={`voting-badge${online ? '' : ' is-offline'}`}
      role="status"
      title={online ? round.title : t('workshop.voting.offline')}
      data-testid="voting-remaining"
      data-online={online}
    >
      <DotsIcon />
      {round.title ? <span className="voting-badge-title">{round.title}:</span> : null}
      {text}
      {online ? null : <span className="voting-badge-offline">{t('workshop.voting.offlineShort')}</span>}
    </span>
  );
}

function Results({ startOpen }: { startOpen: boolean }) {
  const { t } = useTranslation();
  const closed = useClosedResults();
  const nodes = useBoardState((s) => s.nodes);
  const [open, setOpen] = useState(startOpen);
  if (!closed) return null;
  const rows = closed.results.filter((result) => nodes[result.targetId]);
  return (
    <div className="participants">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls="voting-results"
        onClick={() => setOpen(!open)}
      >
        <DotsIcon />
        {t('workshop.voting.result')}
      </button>
      {open ? (
        <section
          id="voting-results"
          className="participants-panel voting-results-panel"
          aria-label={t('workshop.voting.result')}
          onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        >
          <div className="workshop-panel-head">
            <h2>{closed.round.title ?? t('workshop.voting.result')}</h2>
            <button
              type="button"
              className="icon-button"
              aria-label={t('workshop.voting.closeResult')}
              onClick={() => setOpen(false)}
            >
              ×
            </button>
          </div>
          {rows.length === 0 ? <p className="muted">{t('workshop.voting.noVotes')}</p> : null}
          <ol className="voting-results" data-testid="voting-results">
            {rows.map((result) => (
              <li key={result.targetId} data-votes={result.votes}>
                <span className="voting-rank">
                  {1 + rows.filter((other) => other.votes > result.votes).length}.
                </span>
                <span className="voting-label">
                  {nodes[result.targetId]?.label || t('workshop.voting.unnamed')}
                </span>
                <span className="voting-count">
                  {t('workshop.voting.points', { count: result.votes })}
                  <span className="muted"> · {t('workshop.voting.voters', { count: result.voters })}</span>
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
