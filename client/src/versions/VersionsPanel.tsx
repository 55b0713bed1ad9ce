// The side panel of a process's frozen versions: freeze (facilitator), view, compare, restore, publish; lineage below.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atLeast, type Role } from '@prozesswerk/protocol';
import { problemMessage } from '../shared/problem-message.ts';
import type { Person } from './api.ts';
import { FreezeDialog } from './FreezeDialog.tsx';
import { LineagePanel } from './LineagePanel.tsx';
import { PublishDialog } from './PublishDialog.tsx';
import { useVersions } from './use-versions.ts';
import { VersionItem } from './VersionItem.tsx';
import './versions.css';

type Props = {
  processId: string;
  role: Role;
  /** People present now (e.g. the editor's awareness users), offered as "who agreed" when freezing. */
  participants: readonly Person[];
  /** Writes version `n` into the live map as this person's change; false when the map could not be changed. */
  onRestore(n: number): Promise<boolean>;
  onClose?: () => void;
};

type Message = { text: string; error: boolean };

export function VersionsPanel({ processId, role, participants, onRestore, onClose }: Props) {
  const { t } = useTranslation();
  const { versions, publishedVersion, error, reload } = useVersions(processId);
  const [freezing, setFreezing] = useState(false);
  const [publishing, setPublishing] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const facilitator = atLeast(role, 'facilitator');

  // `action` answers false when it changed nothing (a read-only map): that is said, not reported as done.
  const run = async (confirmText: string, action: () => Promise<unknown>, done: string) => {
    if (!window.confirm(confirmText)) return;
    setBusy(true);
    try {
      const changed = await action();
      setMessage(
        changed === false ? { text: t('versions.notRestored'), error: true } : { text: done, error: false },
      );
      reload();
    } catch (failure) {
      console.warn('A version action failed', failure);
      setMessage({ text: problemMessage(t, failure), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="versions-panel" aria-labelledby="versions-title" data-testid="versions-panel">
      <div className="versions-head">
        <h2 id="versions-title">{t('versions.title')}</h2>
        {onClose ? (
          <button type="button" className="icon-button" aria-label={t('versions.close')} onClick={onClose}>
            ×
          </button>
        ) : null}
      </div>
      {facilitator ? (
        <button type="button" className="button primary" onClick={() => setFreezing(true)}>
          {t('versions.freeze')}
        </button>
      ) : null}
      {message ? (
        <p
          className={`panel-status${message.error ? ' is-error' : ''}`}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
      {error && !versions ? (
        <p className="panel-status is-error" role="alert">
          {problemMessage(t, error)}
        </p>
      ) : null}
      {!versions && !error ? <p className="muted">{t('versions.loading')}</p> : null}
      {versions?.length === 0 ? <p className="muted">{t('versions.empty')}</p> : null}
      {versions?.length ? (
        <ol className="version-list" aria-label={t('versions.title')}>
          {versions.map((version) => (
            <VersionItem
              key={version.version}
              version={version}
              published={version.version === publishedVersion}
              facilitator={facilitator}
              busy={busy}
              onRestore={(n) =>
                void run(
                  t('versions.restoreConfirm', { n }),
                  () => onRestore(n),
                  t('versions.restored', { n }),
                )
              }
              onPublish={setPublishing}
            />
          ))}
        </ol>
      ) : null}
      <LineagePanel processId={processId} adoptVersion={publishedVersion ?? versions?.[0]?.version ?? null} />
      {publishing !== null ? (
        <PublishDialog
          processId={processId}
          version={publishing}
          onCancel={() => setPublishing(null)}
          onPublished={() => {
            setMessage({ text: t('versions.publishedDone', { n: publishing }), error: false });
            setPublishing(null);
            reload();
          }}
        />
      ) : null}
      {freezing ? (
        <FreezeDialog
          processId={processId}
          participants={participants}
          onCancel={() => setFreezing(false)}
          onFrozen={(meta) => {
            setFreezing(false);
            setMessage({ text: t('versions.frozen', { n: meta.version }), error: false });
            reload();
          }}
        />
      ) : null}
    </aside>
  );
}
