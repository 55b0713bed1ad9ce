// Who is signed in, and signing out, in the header of the library and other pages.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchSession, type SessionInfo } from './session-api.ts';
import { signOut } from './sign-out.ts';
import { sharedKeys } from './query-keys.ts';

export function AccountMenu() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const session: SessionInfo | undefined = useQuery({
    queryKey: sharedKeys.accountMenu,
    queryFn: () => fetchSession(queryClient),
  }).data;
  const [failed, setFailed] = useState(false);
  if (!session) return null;
  const who = session.municipality
    ? t('account.signedInAt', { name: session.name, municipality: session.municipality })
    : t('account.signedIn', { name: session.name });
  return (
    <div className="account-menu">
      <span className="account-name" title={who}>
        {who}
      </span>
      <button
        type="button"
        className="button"
        title={who}
        onClick={() => signOut().catch(() => setFailed(true))}
      >
        {t('account.signOut')}
      </button>
      {failed ? (
        <span className="account-error" role="alert">
          {t('account.signOutFailed')}
        </span>
      ) : null}
    </div>
  );
}
