// Who is here: one avatar per person (name and municipality on hover and for screen readers), the local user first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { municipalityLabel } from '../../shared/municipality.ts';
import { useBoard, useBoardState } from '../store/context.tsx';
import { MyMenu } from './MyMenu.tsx';
import { PeerMenu } from './PeerMenu.tsx';
import './presence.css';

// The popover key of one's own avatar; others are keyed by their (non-negative) awareness client id.
const ME = -1;
// A workshop can have thirty people; past this many the bar shows "+n" and the participants panel lists everyone.
const MAX_AVATARS = 6;

export function PeopleList() {
  const { t } = useTranslation();
  const me = useBoard().user;
  const peers = useBoardState((s) => s.peers);
  // One popover at a time, named by the other person's awareness client id.
  const [openId, setOpenId] = useState<number | null>(null);
  const shown = peers.slice(0, MAX_AVATARS - 1);
  const hidden = peers.length - shown.length;
  const where = municipalityLabel(t, me.municipality, me.municipalityDeclared);
  const mine = t('presence.you', { name: me.name }) + (where ? ` · ${where}` : '');
  return (
    <ul className="people" aria-label={t('presence.listLabel', { count: peers.length + 1 })}>
      <li className="person" data-testid="person">
        <MyMenu
          me={me}
          label={mine}
          open={openId === ME}
          onOpenChange={(open) => setOpenId(open ? ME : null)}
        />
      </li>
      {shown.map((peer) => (
        <li key={peer.clientId} className="person" data-testid="person">
          <PeerMenu
            peer={peer}
            open={openId === peer.clientId}
            onOpenChange={(open) => setOpenId(open ? peer.clientId : null)}
          />
        </li>
      ))}
      {hidden > 0 ? (
        <li className="person person-more" title={t('presence.more', { count: hidden })}>
          <span className="avatar avatar-more" aria-hidden="true">
            +{hidden}
          </span>
          <span className="visually-hidden">{t('presence.more', { count: hidden })}</span>
        </li>
      ) : null}
    </ul>
  );
}
