// The drawers on the right of the editor (comments, metrics, versions) and the rail that opens them, one at a time.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@prozesswerk/protocol';
import { MetricsButton, MetricsPanel } from '../analysis/MetricsPanel.tsx';
import type { Identity } from '../app/identity.ts';
import { useDiscussionUi, useDiscussionUiStore } from '../discussion/context.tsx';
import { DiscussionButton, DiscussionPanel } from '../discussion/DiscussionPanel.tsx';
import { EditorVersions, VersionsButton } from '../versions/EditorVersions.tsx';

type Drawer = 'versions' | 'metrics';
type Props = { processId: string; title: string; role: Role; identity: Identity };

export function SidePanels({ processId, title, role, identity }: Props) {
  const { t } = useTranslation();
  const [drawer, setDrawer] = useState<Drawer | null>(null);
  const discussion = useDiscussionUiStore();
  const discussionOpen = useDiscussionUi((s) => s.open);
  // A pin on the canvas can open the comments at any time; the other drawer makes way instead of hiding under it.
  useEffect(() => {
    if (discussionOpen) setDrawer(null);
  }, [discussionOpen]);
  const toggle = (next: Drawer) => {
    if (drawer !== next) discussion.setState({ open: false });
    setDrawer(drawer === next ? null : next);
  };
  const close = () => setDrawer(null);
  return (
    <>
      {drawer === 'versions' ? (
        <EditorVersions processId={processId} role={role} me={identity} onClose={close} />
      ) : null}
      {drawer === 'metrics' ? <MetricsPanel processId={processId} title={title} onClose={close} /> : null}
      <DiscussionPanel processId={processId} />
      <nav className="panel-rail" aria-label={t('editor.panels')}>
        <DiscussionButton />
        <MetricsButton open={drawer === 'metrics'} onToggle={() => toggle('metrics')} />
        <VersionsButton open={drawer === 'versions'} onToggle={() => toggle('versions')} />
      </nav>
    </>
  );
}
