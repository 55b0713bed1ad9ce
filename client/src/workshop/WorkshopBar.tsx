// The workshop parts of the editor: countdown, voting and people in everyone's top bar, and the facilitator's own strip of controls.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '@prozesswerk/process-model';
import { atLeast } from '@prozesswerk/protocol';
import { useBoard } from '../board/store/context.tsx';
import { useProcess } from '../sync/process-context.tsx';
import { useApplyFollow, usePublishView } from './follow.ts';
import { FollowIndicator } from './FollowIndicator.tsx';
import { LockToggle } from './LockToggle.tsx';
import { usePublishRole } from './participants.ts';
import { ParticipantsPanel } from './ParticipantsPanel.tsx';
import { useFollowSummons } from './summon.ts';
import { SummonButton } from './SummonButton.tsx';
import { TimerBadge } from './TimerBadge.tsx';
import { TimerControls } from './TimerControls.tsx';
import { VotingControls } from './VotingControls.tsx';
import { VotingStatus } from './VotingStatus.tsx';
import { workshopPerson } from './person.ts';
import './workshop.css';

/** This browser tab as the session document records who acted (the map's awareness id tells tabs apart). */
function useWorkshopMe(): Person {
  const { me } = useProcess();
  const { awareness } = useBoard();
  return useMemo(() => workshopPerson(me, awareness.clientID), [me, awareness]);
}

/*
 * In the top bar of every participant: the countdown, the voting round and who is here. It also
 * shares this browser's view and moves it for follow mode and the facilitator's summons.
 */
export function WorkshopBar() {
  const { t } = useTranslation();
  const me = useWorkshopMe();
  const { role } = useProcess();
  const { awareness } = useBoard();
  const summoned = useFollowSummons(me, awareness);
  usePublishRole(awareness, role);
  usePublishView(awareness);
  useApplyFollow(awareness);
  return (
    <div className="workshop-bar" data-testid="workshop-bar">
      <TimerBadge />
      <VotingStatus />
      <ParticipantsPanel awareness={awareness} />
      <FollowIndicator awareness={awareness} />
      {/* Always in the page, so screen readers hear the note when it appears. */}
      <p className={`summon-notice${summoned ? ' is-shown' : ''}`} role="status" data-testid="summon-notice">
        {summoned ? t('workshop.summoned') : ''}
      </p>
    </div>
  );
}

/** Below the top bar, for facilitators and admins only: timer, summon, lock and dot voting. */
export function FacilitatorBar() {
  const { t } = useTranslation();
  const me = useWorkshopMe();
  if (!atLeast(useProcess().role, 'facilitator')) return null;
  return (
    <div className="facilitator-bar" role="toolbar" aria-label={t('workshop.controls')}>
      <span className="facilitator-bar-title">{t('workshop.controls')}</span>
      <TimerControls />
      <span className="facilitator-bar-divider" aria-hidden="true" />
      <SummonButton me={me} />
      <LockToggle me={me} />
      <span className="facilitator-bar-divider" aria-hidden="true" />
      <VotingControls />
    </div>
  );
}
