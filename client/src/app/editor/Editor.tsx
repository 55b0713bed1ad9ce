// The editor page's layout around one open board: top bar, banners, palette, canvas, inspector and drawers.
import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { accessFor } from '../../board/access.ts';
import type { Board } from '../../board/board.ts';
import { BoardRoot } from '../../board/BoardRoot.tsx';
import { Canvas } from '../../board/Canvas.tsx';
import { Notice, ReadOnlyBanner } from '../../board/chrome/Banners.tsx';
import { FileMenu } from '../../board/chrome/FileMenu.tsx';
import { ShortcutHelp } from '../../board/chrome/ShortcutHelp.tsx';
import { SidePanels } from '../../board/chrome/SidePanels.tsx';
import { UndoButtons } from '../../board/chrome/UndoButtons.tsx';
import { Inspector } from '../../board/inspector/Inspector.tsx';
import { useBoardKeyboard } from '../../board/keyboard.ts';
import { Palette } from '../../board/Palette.tsx';
import { PeopleList } from '../../board/presence/PeopleList.tsx';
import { useSlots } from '../../board/slots-context.tsx';
import type { TopBarItem } from '../../board/slots.ts';
import { useBoard, useBoardState } from '../../board/store/context.tsx';
import { LanguageSwitch } from '../../shared/LanguageSwitch.tsx';
import { useDocState, useProcess, useSessionStatus } from '../../sync/process-context.tsx';
import { RefusalNotices } from '../../sync/RefusalNotices.tsx';
import { SyncStatusView } from '../../sync/SyncStatus.tsx';
import { EDITOR_SLOTS } from './features.ts';

export function Editor({ board }: { board: Board }) {
  return (
    <BoardRoot board={board} slots={EDITOR_SLOTS}>
      <EditorLayout />
    </BoardRoot>
  );
}

function EditorLayout() {
  const { t } = useTranslation();
  const board = useBoard();
  const { title, role, session } = useProcess();
  const { topBar, banners, canvasWrappers, mapViews } = useSlots();
  const mapView = useBoardState((s) => s.mapView);
  const OtherView = mapViews.find((view) => view.id === mapView)?.View;
  const readOnly = useBoardState((s) => s.access.readOnly);
  const denied = useSessionStatus((s) => s.map.denied);
  const rebuilding = useSessionStatus((s) => s.map.rebuilding);
  const ready = useSessionStatus((s) => s.map.ready);
  const locked = useDocState('session').locked;
  useBoardKeyboard(board);

  // The server may refuse our writes (e.g. a facilitator locked the map); show the board read-only then.
  useEffect(() => {
    board.store.setState({ access: accessFor(role, denied, locked, rebuilding) });
  }, [board, role, denied, locked, rebuilding]);

  const canvas = canvasWrappers.reduceRight<ReactNode>(
    (inner, Wrapper) => <Wrapper>{inner}</Wrapper>,
    <Canvas />,
  );
  return (
    <div className="editor">
      <header className="topbar">
        <a className="brand" href="/" aria-label={t('app.brand')}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Prozesswerk</span>
        </a>
        <h1 className="process-title" title={title}>
          {title || t('editor.untitled')}
        </h1>
        <UndoButtons disabled={readOnly} />
        <TopBarItems items={topBar} place="tools" />
        <SyncStatusView session={session} />
        <div className="topbar-spacer" />
        <TopBarItems items={topBar} place="people" />
        <PeopleList />
        <TopBarItems items={topBar} place="actions" />
        <FileMenu />
        <LanguageSwitch />
      </header>
      {banners.map((Banner, index) => (
        <Banner key={index} />
      ))}
      <RefusalNotices session={session} />
      <ReadOnlyBanner hidden={locked} />
      <Notice />
      <div className={`workspace${readOnly ? ' is-read-only' : ''}`}>
        {readOnly ? null : <Palette />}
        <main className="canvas-area" aria-label={t('board.areaLabel')}>
          {!ready ? (
            <p className="page-message">{t('editor.loading')}</p>
          ) : OtherView ? (
            // Another view's code may arrive only when it is first chosen (lazySlot).
            <Suspense fallback={<p className="page-message" aria-busy="true" />}>
              <OtherView />
            </Suspense>
          ) : (
            canvas
          )}
        </main>
        <Inspector />
        <SidePanels />
      </div>
      <ShortcutHelp />
    </div>
  );
}

function TopBarItems({ items, place }: { items: readonly TopBarItem[]; place: TopBarItem['place'] }) {
  return items
    .filter((item) => item.place === place)
    .map(({ Item }, index) => <Item key={`${place}-${index}`} />);
}
