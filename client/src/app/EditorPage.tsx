// The /p/{id} page: loads the process, opens its synced board for as long as the page is shown.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@prozesswerk/protocol';
import { accessFor } from '../board/access.ts';
import { createBoard, type Board } from '../board/board.ts';
import { Editor } from '../board/Editor.tsx';
import { createSyncSession, syncServerUrl } from '../sync/session.ts';
import { ApiError, fetchProcess } from './api.ts';
import type { Identity } from './identity.ts';
import { NamePrompt } from './NamePrompt.tsx';
import { listRecent, rememberRecent } from './recent.ts';
import { navigate } from './router.ts';

type Info = { title: string; role: Role };
type Load = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; info: Info };

type Props = { processId: string; identity: Identity | undefined; onIdentity(identity: Identity): void };

export function EditorPage({ processId, identity, onIdentity }: Props) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [board, setBoard] = useState<Board | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetchProcess(processId).then(
      (info) => {
        rememberRecent({ id: processId, title: info.title, role: info.role });
        if (!cancelled) setLoad({ state: 'ready', info });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 404) return setLoad({ state: 'missing' });
        if (error instanceof ApiError && error.status === 401) {
          return navigate(`/login?next=${encodeURIComponent(window.location.pathname)}`);
        }
        // Offline: open what this browser remembers; the map itself comes from IndexedDB.
        console.warn('Could not load the process, opening the local copy', error);
        const recent = listRecent().find((entry) => entry.id === processId);
        setLoad({ state: 'ready', info: { title: recent?.title ?? '', role: recent?.role ?? 'editor' } });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [processId]);

  const info = load.state === 'ready' ? load.info : undefined;
  useEffect(() => {
    if (!info || !identity) return;
    const session = createSyncSession(processId, syncServerUrl(window.location));
    const created = createBoard(
      session,
      { name: identity.name, colour: identity.colour, municipality: identity.municipality },
      accessFor(info.role),
    );
    setBoard(created);
    return () => {
      created.destroy();
      session.destroy();
    };
  }, [processId, info, identity]);

  useEffect(() => {
    document.title = info?.title ? `${info.title} – Prozesswerk` : 'Prozesswerk';
  }, [info]);

  if (load.state === 'missing') {
    return (
      <div className="page-message">
        <h1>{t('editor.missingTitle')}</h1>
        <p>{t('editor.missingText')}</p>
        <a className="button primary" href="/">
          {t('app.home')}
        </a>
      </div>
    );
  }
  // Without an account (e.g. a server run without sign-in), others still need a name to see.
  if (info && !identity) return <NamePrompt onDone={onIdentity} />;
  if (!info || !board || !identity)
    return (
      <div className="page-message" aria-busy="true">
        {t('editor.loading')}
      </div>
    );
  return (
    <Editor board={board} processId={processId} title={info.title} role={info.role} identity={identity} />
  );
}
