// The application shell: shows the page for the path; the editor first finds out who is here.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinPage } from '../auth/JoinPage.tsx';
import { SetupPage } from '../auth/SetupPage.tsx';
import { LibraryPage } from '../library/LibraryPage.tsx';
import { CompareView } from '../versions/CompareView.tsx';
import { ProcessComparePage } from '../analysis/ProcessComparePage.tsx';
import { SheetPage } from '../analysis/SheetPage.tsx';
import { VersionPage } from '../versions/VersionPage.tsx';
import { fetchSession } from './api.ts';
import { EditorPage } from './EditorPage.tsx';
import { identityFromSession, loadIdentity, type Identity } from './identity.ts';
import { LoginPage } from './LoginPage.tsx';
import { matchRoute, usePath } from './router.ts';

type Who = { state: 'loading' } | { state: 'known'; identity: Identity } | { state: 'unknown' };

function useIdentity(): [Who, (identity: Identity) => void] {
  const [who, setWho] = useState<Who>({ state: 'loading' });
  useEffect(() => {
    const local = loadIdentity();
    fetchSession().then(
      (session) => {
        if (session?.name) {
          return setWho({ state: 'known', identity: identityFromSession(session, local) });
        }
        setWho(local ? { state: 'known', identity: local } : { state: 'unknown' });
      },
      (error: unknown) => {
        // Offline: the name given earlier in this browser is good enough to show to others later.
        console.warn('Could not ask the server who is signed in', error);
        setWho(local ? { state: 'known', identity: local } : { state: 'unknown' });
      },
    );
  }, []);
  return [who, (identity) => setWho({ state: 'known', identity })];
}

export function App() {
  const { t } = useTranslation();
  const route = matchRoute(usePath());
  const [who, setIdentity] = useIdentity();

  if (route.page === 'start') return <LibraryPage />;
  if (route.page === 'login') return <LoginPage />;
  if (route.page === 'setup') return <SetupPage />;
  if (route.page === 'join') return <JoinPage token={route.token} />;
  if (route.page === 'version') return <VersionPage processId={route.processId} version={route.version} />;
  if (route.page === 'compare')
    return <CompareView processId={route.processId} from={route.from} to={route.to} />;
  if (route.page === 'sheet') return <SheetPage processId={route.processId} version={route.version} />;
  if (route.page === 'process-compare') return <ProcessComparePage a={route.a} b={route.b} />;
  if (route.page === 'not-found') {
    return (
      <div className="page-message">
        <h1>{t('app.notFound')}</h1>
        <a className="button primary" href="/">
          {t('app.home')}
        </a>
      </div>
    );
  }
  if (who.state === 'loading') return <div className="page-message" aria-busy="true" />;
  return (
    <EditorPage
      key={route.processId}
      processId={route.processId}
      identity={who.state === 'known' ? who.identity : undefined}
      onIdentity={setIdentity}
    />
  );
}
