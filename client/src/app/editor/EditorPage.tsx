// The /p/{id} page: loads the process, opens its process session and board for as long as the page is shown.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@prozesswerk/protocol';
import { accessFor } from '../../board/access.ts';
import { carriedView, createBoard, type Board } from '../../board/board.ts';
import { Editor } from './Editor.tsx';
import type { Identity } from '../../shared/identity.ts';
import { ProcessProvider, type ProcessContextValue } from '../../sync/process-context.tsx';
import { browserEnvironment, syncServerUrl } from '../../sync/browser-environment.ts';
import { takeEarlySession } from '../../sync/early-session.ts';
import { createProcessSession, type ProcessSession } from '../../sync/process-session.ts';
import { NamePrompt } from '../NamePrompt.tsx';
import { usePerson } from './use-person.ts';
import { useProcessInfo, type Info } from './use-process-info.ts';

type Props = { processId: string; identity: Identity | undefined; onIdentity(identity: Identity): void };

export function EditorPage({ processId, identity, onIdentity }: Props) {
  const { t } = useTranslation();
  const load = useProcessInfo(processId);
  const info = load.state === 'ready' ? load.info : undefined;

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
  if (!info || !identity) return <Loading />;
  return <OpenProcess processId={processId} info={info} identity={identity} />;
}

function Loading() {
  const { t } = useTranslation();
  return (
    <div className="page-message" aria-busy="true">
      {t('editor.loading')}
    </div>
  );
}

/** The process session lives as long as the page; the board as long as the session's map document. */
function OpenProcess({ processId, info, identity }: { processId: string; info: Info; identity: Identity }) {
  const [session, setSession] = useState<ProcessSession | null>(null);
  useEffect(() => {
    const created =
      takeEarlySession(processId) ??
      createProcessSession(processId, syncServerUrl(window.location), browserEnvironment());
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [processId]);
  const person = usePerson(identity.name);
  const process = useMemo<ProcessContextValue | null>(
    () =>
      session && {
        processId,
        title: info.title,
        role: info.role,
        originProcessId: info.originProcessId,
        me: identity,
        person,
        session,
      },
    [processId, info, identity, person, session],
  );
  if (!process) return <Loading />;
  return (
    <ProcessProvider value={process}>
      <ProcessBoard session={process.session} identity={identity} role={info.role} />
    </ProcessProvider>
  );
}

function ProcessBoard({
  session,
  identity,
  role,
}: {
  session: ProcessSession;
  identity: Identity;
  role: Role;
}) {
  const doc = useSyncExternalStore(session.map.subscribe, session.map.doc);
  const [board, setBoard] = useState<Board | null>(null);
  // A map rebuilt after a refusal keeps what the person had selected, was editing and had open.
  const previous = useRef<Board | null>(null);
  useEffect(() => {
    const created = createBoard(
      doc,
      session.map.awareness(),
      {
        name: identity.name,
        colour: identity.colour,
        municipality: identity.municipality,
        municipalityDeclared: identity.municipalityDeclared === true,
      },
      accessFor(role),
      previous.current ? carriedView(previous.current) : undefined,
    );
    previous.current = created;
    setBoard(created);
    return () => {
      created.destroy();
    };
  }, [doc, session, identity, role]);
  if (!board) return <Loading />;
  return <Editor board={board} />;
}
