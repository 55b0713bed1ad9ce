// The versions panel as the editor's side drawer, offering the people present (awareness) as who agreed.
import { PanelToggle } from '../board/PanelToggle.tsx';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@prozesswerk/protocol';
import { closeOnEscape, useFocusReturn } from '../app/focus.ts';
import { useBoardState } from '../board/store/context.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';

type Me = { name: string; municipality: string };

export function VersionsButton({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  return (
    <PanelToggle open={open} onToggle={onToggle} controls="editor-versions">
      {t('versions.open')}
    </PanelToggle>
  );
}

type Props = { processId: string; role: Role; me: Me; onClose(): void };

export function EditorVersions({ processId, role, me, onClose }: Props) {
  const peers = useBoardState((s) => s.peers);
  const focusRef = useFocusReturn<HTMLDivElement>();
  const participants = useMemo(
    () => [
      { name: me.name, org: me.municipality },
      ...peers.map((peer) => ({ name: peer.name, org: peer.municipality })),
    ],
    [me.name, me.municipality, peers],
  );
  return (
    <div
      ref={focusRef}
      className="drawer drawer-bare"
      id="editor-versions"
      onKeyDown={closeOnEscape(onClose)}
    >
      <VersionsPanel processId={processId} role={role} participants={participants} onClose={onClose} />
    </div>
  );
}
