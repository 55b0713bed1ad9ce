// Another person's avatar: their name and municipality, and what features offer to do with them (e.g. follow).
import { useTranslation } from 'react-i18next';
import { municipalityLabel } from '../../shared/municipality.ts';
import { useSlots } from '../slots-context.tsx';
import type { PeerMenuEntry } from '../slots.ts';
import type { Peer } from '../store/presence.ts';
import { AvatarMenu } from './AvatarMenu.tsx';

type Props = { peer: Peer; open: boolean; onOpenChange(open: boolean): void };

export function PeerMenu({ peer, open, onOpenChange }: Props) {
  const { t } = useTranslation();
  // The features are fixed while the editor is open, so the same hooks run in the same order every render.
  const actions = useSlots()
    .peerMenuActions.map((action) => action(peer))
    .filter((entry): entry is PeerMenuEntry => entry !== null);
  const municipality = municipalityLabel(t, peer.municipality, peer.municipalityDeclared);
  const where = municipality ? ` · ${municipality}` : '';
  return (
    <AvatarMenu
      id={String(peer.clientId)}
      name={peer.name}
      label={peer.name + where}
      municipalityLine={municipality || t('presence.noMunicipality')}
      colour={peer.colour}
      actions={actions}
      open={open}
      onOpenChange={onOpenChange}
    />
  );
}
