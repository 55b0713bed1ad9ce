// Another person's avatar: their name and municipality, and following them.
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { setFollowing } from '../../workshop/follow.ts';
import type { Peer } from '../store/presence.ts';
import { AvatarMenu } from './AvatarMenu.tsx';

type Props = {
  peer: Peer;
  awareness: Awareness;
  /** Whether this browser follows this person right now. */
  followed: boolean;
  open: boolean;
  onOpenChange(open: boolean): void;
};

export function PeerMenu({ peer, awareness, followed, open, onOpenChange }: Props) {
  const { t } = useTranslation();
  const where = peer.municipality ? ` · ${peer.municipality}` : '';
  return (
    <AvatarMenu
      id={String(peer.clientId)}
      name={peer.name}
      label={peer.name + where}
      municipalityLine={peer.municipality || t('workshop.follow.noMunicipality')}
      colour={peer.colour}
      highlighted={followed}
      note={followed ? t('workshop.follow.following') : undefined}
      actionLabel={followed ? t('workshop.follow.unfollow') : t('workshop.follow.start')}
      onAction={() => setFollowing(awareness, followed ? null : peer.clientId)}
      open={open}
      onOpenChange={onOpenChange}
    />
  );
}
