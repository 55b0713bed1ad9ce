// Who is signed in, and signing out, in the header of the library and other pages.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchSession, type SessionInfo } from './api.ts';
import { signOut } from './sign-out.ts';

export function AccountMenu() {
  const { t } = useTranslation();
  const [session, setSession] = useState<SessionInfo | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    fetchSession().then(
      (found) => !cancelled && setSession(found),
      (error: unknown) => console.warn('Could not ask who is signed in', error),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  if (!session) return null;
  const who = session.municipality
    ? t('account.signedInAt', { name: session.name, municipality: session.municipality })
    : t('account.signedIn', { name: session.name });
  return (
    <div className="account-menu">
      <span className="account-name">{who}</span>
      <button type="button" className="button" onClick={() => signOut().catch(() => setFailed(true))}>
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
