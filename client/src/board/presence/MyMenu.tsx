// One's own avatar: who one is here, and signing out (on a shared office PC the next person must not continue as us).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { municipalityLabel } from '../../shared/municipality.ts';
import { signOut } from '../../shared/sign-out.ts';
import type { PresenceUser } from '../store/presence.ts';
import { AvatarMenu } from './AvatarMenu.tsx';

type Props = { me: PresenceUser; label: string; open: boolean; onOpenChange(open: boolean): void };

export function MyMenu({ me, label, open, onOpenChange }: Props) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  return (
    <AvatarMenu
      id="me"
      name={me.name}
      label={label}
      municipalityLine={
        municipalityLabel(t, me.municipality, me.municipalityDeclared) || t('presence.noMunicipality')
      }
      colour={me.colour}
      actions={[
        {
          id: 'sign-out',
          label: t('account.signOut'),
          onSelect: () => void signOut().catch(() => setFailed(true)),
        },
      ]}
      open={open || failed}
      onOpenChange={(next) => {
        setFailed(false);
        onOpenChange(next);
      }}
    >
      {failed ? (
        <span className="account-error" role="alert">
          {t('account.signOutFailed')}
        </span>
      ) : null}
    </AvatarMenu>
  );
}
