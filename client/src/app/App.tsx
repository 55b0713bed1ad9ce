// The application shell: shows the page for the path; the editor first finds out who is here.
import { Suspense, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchSession } from '../shared/session-api.ts';
import { identityFromSession, loadIdentity, type Identity } from '../shared/identity.ts';
import { forgetSignedIn, recallSignedIn, rememberSignedIn } from '../shared/remembered-session.ts';
import { matchRoute, usePath } from '../shared/router.ts';
import {
  CompareView,
  EditorPage,
  InvitationPage,
  JoinPage,
  LibraryPage,
  LoginPage,
  MembersPage,
  ProcessComparePage,
  MunicipalityComparePage,
  ResetPasswordPage,
  SetupPage,
  SheetPage,
  VersionPage,
  VersionTextView,
  preloadEditor,
} from './pages.tsx';

type Who = { state: 'loading' } | { state: 'known'; identity: Identity } | { state: 'unknown' };

/**
 * Who edits, for the editor: asked of the server only where an editor is open (EditorRoute), so that the pages before
 * signing in (setup, sign-in, invitations) do not ask a question whose answer is "nobody" (a 401 in the console).
 */
function useIdentity(): [Who, (identity: Identity) => void] {
  const [who, setWho] = useState<Who>({ state: 'loading' });
  const queryClient = useQueryClient();
  useEffect(() => {
    const local = loadIdentity();
    fetchSession(queryClient).then(
      (session) => {
        if (session?.name) {
          const identity = identityFromSession(session, local);
          rememberSignedIn(identity);
          return setWho({ state: 'known', identity });
        }
        forgetSignedIn();
        setWho(local ? { state: 'known', identity: local } : { state: 'unknown' });
      },
      (error: unknown) => {
        // Offline: whoever was signed in here last (or the name given earlier in this browser) opens the local copy.
        console.warn('Could not ask the server who is signed in', error);
        const known = recallSignedIn() ?? local;
        setWho(known ? { state: 'known', identity: known } : { state: 'unknown' });
      },
    );
  }, [queryClient]);
  return [who, (identity) => setWho({ state: 'known', identity })];
}

/** While a page's code arrives (once per page; then it is cached). */
function PageLoading() {
  return <div className="page-message" aria-busy="true" />;
}

export function App() {
  return (
    <Suspense fallback={<PageLoading />}>
      <CurrentPage />
    </Suspense>
  );
}

function CurrentPage() {
  const { t } = useTranslation();
  const route = matchRoute(usePath());

  if (route.page === 'start') return <LibraryPage />;
  if (route.page === 'login') return <LoginPage />;
  if (route.page === 'setup') return <SetupPage />;
  if (route.page === 'join') return <JoinPage token={route.token} />;
  if (route.page === 'members') return <MembersPage orgId={route.orgId} />;
  if (route.page === 'invitation') return <InvitationPage token={route.token} />;
  if (route.page === 'reset-password') return <ResetPasswordPage token={route.token} />;
  if (route.page === 'version')
    return <VersionPage processId={route.processId} version={route.version} textView={VersionTextView} />;
  if (route.page === 'compare')
    return <CompareView processId={route.processId} from={route.from} to={route.to} />;
  if (route.page === 'sheet') return <SheetPage processId={route.processId} version={route.version} />;
  if (route.page === 'process-compare') return <ProcessComparePage a={route.a} b={route.b} />;
  if (route.page === 'municipality-compare')
    return <MunicipalityComparePage leika={route.leika} family={route.family} />;
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
  return <EditorRoute processId={route.processId} />;
}

/** The editor's route: its code and first answers are asked for at once, while who edits is found out. */
function EditorRoute({ processId }: { processId: string }) {
  const [who, setIdentity] = useIdentity();
  const queryClient = useQueryClient();
  useEffect(() => preloadEditor(queryClient, processId), [queryClient, processId]);
  if (who.state === 'loading') return <div className="page-message" aria-busy="true" />;
  return (
    <EditorPage
      key={processId}
      processId={processId}
      identity={who.state === 'known' ? who.identity : undefined}
      onIdentity={setIdentity}
    />
  );
}
