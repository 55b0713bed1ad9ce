// The versions panel as the editor's side drawer, offering the people present (awareness) as who agreed.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { closeOnEscape, useFocusReturn } from '../shared/focus.ts';
import { useBoard, useBoardState } from '../board/store/context.tsx';
import { municipalityLabel } from '../shared/municipality.ts';
import { useProcess } from '../sync/process-context.tsx';
import { restoreIntoBoard } from './restore.ts';
import { VersionsPanel } from './VersionsPanel.tsx';

export function EditorVersions({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { processId, role, me } = useProcess();
  const board = useBoard();
  const peers = useBoardState((s) => s.peers);
  const focusRef = useFocusReturn<HTMLDivElement>();
  // Who agreed is recorded as shown: a municipality a guest typed in stays marked as self-declared.
  const participants = useMemo(
    () => [
      { name: me.name, org: municipalityLabel(t, me.municipality, me.municipalityDeclared) },
      ...peers.map((peer) => ({
        name: peer.name,
        org: municipalityLabel(t, peer.municipality, peer.municipalityDeclared),
      })),
    ],
    [t, me.name, me.municipality, me.municipalityDeclared, peers],
  );
  return (
    <div
      ref={focusRef}
      className="drawer drawer-bare"
      id="editor-versions"
      onKeyDown={closeOnEscape(onClose)}
    >
      <VersionsPanel
        processId={processId}
        role={role}
        participants={participants}
        onRestore={(n) => restoreIntoBoard(board, processId, n)}
        onClose={onClose}
      />
    </div>
  );
}
