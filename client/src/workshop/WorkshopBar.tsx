// The workshop parts of the editor: countdown, voting and people in everyone's top bar, and the facilitator's own strip of controls.
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type { Person } from '@prozesswerk/process-model';
import type { Role } from '@prozesswerk/protocol';
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
import './workshop.css';

type Props = { me: Person; role: Role; awareness: Awareness };

/*
 * In the top bar of every participant: the countdown, the voting round and who is here. It also
 * shares this browser's view and moves it for follow mode and the facilitator's summons.
 */
export function WorkshopBar({ me, role, awareness }: Props) {
  useFollowSummons(me, awareness);
  usePublishRole(awareness, role);
  usePublishView(awareness);
  useApplyFollow(awareness);
  return (
    <div className="workshop-bar" data-testid="workshop-bar">
      <TimerBadge />
      <VotingStatus />
      <ParticipantsPanel awareness={awareness} />
      <FollowIndicator awareness={awareness} />
    </div>
  );
}

/** Below the top bar, for facilitators and admins only: timer, summon, lock and dot voting. */
export function FacilitatorBar({ me }: { me: Person }) {
  const { t } = useTranslation();
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
