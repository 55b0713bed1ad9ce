// Everyone's view of the voting round in the top bar: dots left while it is open, the ranked result once closed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardState } from '../board/store/context.tsx';
import { useVotingConnected } from './session-state.ts';
import { DropdownPanel } from './DropdownPanel.tsx';
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
  const full = round.title ? `${round.title}: ${text}` : text;
  // On narrow screens only the dots and "2/3" show (see workshop.css); the full text stays in the tooltip and for screen readers.
  return (
    <span
      className={`voting-badge${online ? '' : ' is-offline'}`}
      role="status"
      title={online ? full : t('workshop.voting.offline')}
      data-testid="voting-remaining"
      data-online={online}
    >
      <DotsIcon />
      <span className="voting-badge-full">
        {round.title ? <span className="voting-badge-title">{round.title}:</span> : null}
        {text}
      </span>
      {remaining === null ? null : (
        <span className="voting-badge-short" aria-hidden="true" data-testid="voting-remaining-short">
          {t('workshop.voting.remainingShort', { count: remaining, total: round.votesPerParticipant })}
        </span>
      )}
      {online ? null : <span className="voting-badge-offline">{t('workshop.voting.offlineShort')}</span>}
    </span>
  );
}

function Results({ startOpen }: { startOpen: boolean }) {
  const { t } = useTranslation();
  const closed = useClosedResults();
  const nodes = useBoardState((s) => s.nodes);
  if (!closed) return null;
  const rows = closed.results.filter((result) => nodes[result.targetId]);
  return (
    <DropdownPanel
      id="voting-results"
      className="voting-results-panel"
      startOpen={startOpen}
      button={
        <>
          <DotsIcon />
          {t('workshop.voting.result')}
        </>
      }
      title={closed.round.title ?? t('workshop.voting.result')}
      label={t('workshop.voting.result')}
      closeLabel={t('workshop.voting.closeResult')}
    >
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
    </DropdownPanel>
  );
}
