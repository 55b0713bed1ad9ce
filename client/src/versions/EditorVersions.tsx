// The versions panel as the editor's side drawer, offering the people present (awareness) as who agreed.
import { PanelToggle } from '../board/PanelToggle.tsx';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@prozesswerk/protocol';
import { closeOnEscape, useFocusReturn } from '../app/focus.ts';
import { matchRoute, usePath } from '../app/router.ts';
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

export function EditorVersions({ role, me, onClose }: { role: Role; me: Me; onClose(): void }) {
  const peers = useBoardState((s) => s.peers);
  const focusRef = useFocusReturn<HTMLDivElement>();
  // The editor is only ever shown at /p/{id}; its props carry no id, the address does.
  const route = matchRoute(usePath());
  const participants = useMemo(
    () => [
      { name: me.name, org: me.municipality },
      ...peers.map((peer) => ({ name: peer.name, org: peer.municipality })),
    ],
    [me.name, me.municipality, peers],
  );
  if (route.page !== 'editor') return null;
  return (
    <div
      ref={focusRef}
      className="drawer drawer-bare"
      id="editor-versions"
      onKeyDown={closeOnEscape(onClose)}
    >
      <VersionsPanel processId={route.processId} role={role} participants={participants} onClose={onClose} />
    </div>
  );
}
