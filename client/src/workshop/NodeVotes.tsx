// The dots on a note or activity: one's own dots and buttons while a round is open, everyone's total after it closed.
import { memo, useMemo, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asNodeId, castVote, retractVote } from '@prozesswerk/process-model';
import { useDocWriter } from '../sync/doc-writer.ts';
import { useDocState } from '../sync/process-context.tsx';
import { useVotingConnected } from './session-state.ts';
import {
  dotsOf,
  useClosedResults,
  useRemainingDots,
  useVoterId,
  useLiveTargets,
  useVotingRound,
  VOTABLE_KINDS,
} from './voting.ts';

// Clicks on the dots must neither select, drag nor start editing the node underneath.
const keepToSelf = (event: SyntheticEvent) => event.stopPropagation();

function NodeVotesView({ id, kind }: { id: string; kind: string }) {
  const round = useVotingRound();
  if (!round || !VOTABLE_KINDS.has(kind)) return null;
  return round.open ? <OwnDots id={id} /> : <Result id={id} />;
}

function OwnDots({ id }: { id: string }) {
  const { t } = useTranslation();
  const round = useVotingRound();
  const discussion = useDocState('discussion');
  const voterId = useVoterId();
  const writer = useDocWriter('discussion');
  const remaining = useRemainingDots();
  const online = useVotingConnected();
  const liveTargets = useLiveTargets();
  if (!round?.open || !voterId || !writer) return null;
  const mine = dotsOf(discussion, round.id, voterId, id);
  const input = { round, targetId: asNodeId(id), by: { id: voterId }, liveTargets };
  return (
    <div
      className={`node-votes nodrag nopan${mine > 0 ? ' has-dots' : ''}`}
      role="group"
      aria-label={t('workshop.voting.ownDots', { count: mine })}
      data-testid="node-votes"
      data-dots={mine}
      onClick={keepToSelf}
      onDoubleClick={keepToSelf}
      onPointerDown={keepToSelf}
    >
      <button
        type="button"
        className="node-votes-button"
        aria-label={t('workshop.voting.retract')}
        title={online ? t('workshop.voting.retract') : t('workshop.voting.offline')}
        disabled={mine === 0 || !online}
        onClick={() => writer.run((doc) => retractVote(doc, input))}
      >
        −
      </button>
      <span className="node-votes-dots" aria-hidden="true">
        {mine > 0 ? '●'.repeat(Math.min(mine, 5)) + (mine > 5 ? `${mine}` : '') : '○'}
      </span>
      <button
        type="button"
        className="node-votes-button"
        aria-label={t('workshop.voting.cast')}
        title={online ? t('workshop.voting.cast') : t('workshop.voting.offline')}
        disabled={!remaining || !online}
        onClick={() => writer.run((doc) => castVote(doc, input))}
      >
        +
      </button>
    </div>
  );
}

function Result({ id }: { id: string }) {
  const { t } = useTranslation();
  const closed = useClosedResults();
  const votes = useMemo(
    () => closed?.results.find((result) => result.targetId === id)?.votes ?? 0,
    [closed, id],
  );
  if (!closed || votes === 0) return null;
  return (
    <div
      className="node-votes node-votes-result"
      role="img"
      aria-label={t('workshop.voting.points', { count: votes })}
      title={t('workshop.voting.points', { count: votes })}
      data-testid="node-vote-result"
      data-votes={votes}
    >
      <span aria-hidden="true">● {votes}</span>
    </div>
  );
}

export const NodeVotes = memo(NodeVotesView);
