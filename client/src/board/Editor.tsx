// The editor layout: top bar (title, people, status), palette, canvas and inspector around one open board.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Identity } from '../app/identity.ts';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';
import { SyncStatusView } from '../sync/SyncStatus.tsx';
import { accessFor } from './access.ts';
import type { Board } from './board.ts';
import { Canvas } from './Canvas.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { useBoardKeyboard } from './keyboard.ts';
import { NodeLabelsProvider } from './node-labels.tsx';
import { Palette } from './Palette.tsx';
import { SidePanels } from './SidePanels.tsx';
import { PeopleList } from './presence/PeopleList.tsx';
import { BoardProvider, useBoard as useBoardContext, useBoardState } from './store/context.tsx';
import { atLeast, type Role } from '@prozesswerk/protocol';
import { InviteDialog } from '../auth/InviteDialog.tsx';
import { WorkshopProvider } from '../workshop/context.tsx';
import { DiscussionProvider } from '../discussion/context.tsx';
import { LockBanner } from '../workshop/LockBanner.tsx';
import { useWorkshopLock } from '../workshop/lock-access.ts';
import { workshopPerson } from '../workshop/person.ts';
import { FacilitatorBar, WorkshopBar } from '../workshop/WorkshopBar.tsx';
import { CanvasFileDrop } from '../interchange/CanvasFileDrop.tsx';
import { FileMenu } from '../interchange/FileMenu.tsx';
import { TidyButton } from '../interchange/TidyButton.tsx';

type Props = { board: Board; processId: string; title: string; role: Role; identity: Identity };

export function Editor(props: Props) {
  return (
    <BoardProvider board={props.board}>
      <ReactFlowProvider>
        <NodeLabelsProvider>
          <WorkshopProvider processId={props.processId}>
            <DiscussionProvider processId={props.processId} name={props.identity.name} role={props.role}>
              <EditorLayout {...props} />
            </DiscussionProvider>
          </WorkshopProvider>
        </NodeLabelsProvider>
      </ReactFlowProvider>
    </BoardProvider>
  );
}

function EditorLayout({ board, processId, title, role, identity }: Props) {
  const { t } = useTranslation();
  const [inviting, setInviting] = useState(false);
  const readOnly = useBoardState((s) => s.access.readOnly);
  const denied = useStore(board.session.status, (s) => s.denied);
  const ready = useStore(board.session.status, (s) => s.ready);
  useBoardKeyboard(board);
  const locked = useWorkshopLock(board.session.status);
  const facilitator = atLeast(role, 'facilitator');
  const me = useMemo(() => workshopPerson(identity, board.session.awareness.clientID), [identity, board]);

  // The server may refuse our writes (e.g. a facilitator locked the map); show the board read-only then.
  useEffect(() => {
    board.store.setState({ access: accessFor(role, denied, locked) });
  }, [board, role, denied, locked]);

  return (
    <div className="editor">
      <header className="topbar">
        <a className="brand" href="/" aria-label={t('app.home')}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Prozesswerk</span>
        </a>
        <h1 className="process-title" title={title}>
          {title || t('editor.untitled')}
        </h1>
        <UndoButtons board={board} disabled={readOnly} />
        <TidyButton board={board} disabled={readOnly || !ready} />
        <SyncStatusView session={board.session} />
        <div className="topbar-spacer" />
        <WorkshopBar me={me} role={role} awareness={board.session.awareness} />
        <PeopleList me={identity} />
        {facilitator ? (
          <button
            type="button"
            className="button"
            aria-expanded={inviting}
            onClick={() => setInviting(!inviting)}
          >
            {t('invite.open')}
          </button>
        ) : null}
        <FileMenu board={board} processId={processId} title={title} role={role} readOnly={readOnly} />
        <LanguageSwitch />
      </header>
      {inviting ? <InviteDialog processId={processId} onClose={() => setInviting(false)} /> : null}
      {facilitator ? <FacilitatorBar me={me} /> : null}
      <LockBanner exempt={facilitator} />
      <ReadOnlyBanner hidden={locked} />
      <Notice />
      <div className={`workspace${readOnly ? ' is-read-only' : ''}`}>
        {readOnly ? null : <Palette />}
        <main className="canvas-area" aria-label={t('board.areaLabel')}>
          {ready ? (
            <CanvasFileDrop>
              <Canvas />
            </CanvasFileDrop>
          ) : (
            <p className="page-message">{t('editor.loading')}</p>
          )}
        </main>
        <Inspector />
        <SidePanels processId={processId} title={title} role={role} identity={identity} />
      </div>
    </div>
  );
}

// While the workshop lock is on, the lock banner says why; a second banner would repeat it.
function ReadOnlyBanner({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const reason = useBoardState((s) => s.access.reason);
  if (!reason || (hidden && reason === 'map-locked')) return null;
  return (
    <div className="banner" role="status" data-testid="read-only-banner">
      <strong>{t('readOnly.title')}</strong> {t(`readOnly.reason.${reason}`)}
    </div>
  );
}

function Notice() {
  const { t } = useTranslation();
  const notice = useBoardState((s) => s.notice);
  const { store } = useBoardContext();
  if (!notice) return null;
  return (
    <div className="banner banner-error" role="alert">
      {t(notice)}{' '}
      <button type="button" className="link-button" onClick={() => store.setState({ notice: null })}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

function useUndoCounts(board: Board): string {
  return useSyncExternalStore(
    (callback) => {
      board.undo.on('stack-item-added', callback);
      board.undo.on('stack-item-popped', callback);
      board.undo.on('stack-cleared', callback);
      return () => {
        board.undo.off('stack-item-added', callback);
        board.undo.off('stack-item-popped', callback);
        board.undo.off('stack-cleared', callback);
      };
    },
    () => `${board.undo.undoStack.length}:${board.undo.redoStack.length}`,
  );
}

function UndoButtons({ board, disabled }: { board: Board; disabled: boolean }) {
  const { t } = useTranslation();
  const [undoCount, redoCount] = useUndoCounts(board).split(':').map(Number);
  return (
    <div className="toolbar-group" role="group" aria-label={t('undo.group')}>
      <button
        type="button"
        className="icon-button"
        disabled={disabled || !undoCount}
        aria-label={t('undo.undo')}
        title={t('undo.undoHint')}
        onClick={() => board.undo.undo()}
      >
        ↶
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={disabled || !redoCount}
        aria-label={t('undo.redo')}
        title={t('undo.redoHint')}
        onClick={() => board.undo.redo()}
      >
        ↷
      </button>
    </div>
  );
}
