// The /p/{id}/v/{n} page: one frozen version read-only on the canvas, with who froze it, who agreed, its
// discussion as it was then, and lineage.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router.ts';
import { ExportBpmnButton } from '../interchange/ExportBpmnButton.tsx';
import { fetchProcessRecord } from '../library/api.ts';
import { PageHeader } from '../library/PageHeader.tsx';
import { problemMessage } from '../library/problem-message.ts';
import { fetchVersion, type VersionWithMap } from './api.ts';
import { LineagePanel } from './LineagePanel.tsx';
import { StaticMap } from './StaticMap.tsx';
import { threadCountsByNode } from './thread-anchors.ts';
import { ShowThreadsContext } from './ThreadPin.tsx';
import { useVersionThreads } from './use-version-threads.ts';
import { threadElementId, VersionThreads } from './VersionThreads.tsx';
import './versions.css';

type Props = { processId: string; version: number };
type Load =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; version: VersionWithMap };

export function VersionPage({ processId, version }: Props) {
  const { t, i18n } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // Only members see the live process; a published version is readable by every municipality.
  const [member, setMember] = useState(false);
  const threads = useVersionThreads(processId, version);
  const threadList = threads.state === 'ready' ? threads.threads : undefined;
  const threadCounts = useMemo(() => threadCountsByNode(threadList ?? []), [threadList]);
  const showThreads = useCallback(
    (nodeId: string) => {
      const first = threadList?.find(
        (thread) => thread.anchor.type === 'node' && thread.anchor.id === nodeId,
      );
      const entry = first ? document.getElementById(threadElementId(first.id)) : null;
      entry?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      entry?.focus({ preventScroll: true });
    },
    [threadList],
  );

  useEffect(() => {
    let cancelled = false;
    fetchVersion(processId, version).then(
      (loaded) => !cancelled && setLoad({ state: 'ready', version: loaded }),
      (error: unknown) => {
        console.warn('Could not load the version', error);
        if (!cancelled) setLoad({ state: 'failed', error });
      },
    );
    fetchProcessRecord(processId).then(
      (process) => !cancelled && setMember(process.role !== null),
      (error: unknown) => console.info('The live process is not visible to this user', error),
    );
    return () => {
      cancelled = true;
    };
  }, [processId, version]);

  const v = load.state === 'ready' ? load.version : undefined;
  const title = v
    ? t('versionPage.title', { n: v.version, name: v.name })
    : t('versions.number', { n: version });
  const agreed = v?.agreedBy.map((p) => (p.org ? `${p.name} (${p.org})` : p.name)).join(', ');

  return (
    <div className="version-page">
      <PageHeader title={title}>
        {v ? <ExportBpmnButton map={v.map} title={title} /> : null}
        {v ? (
          <button
            type="button"
            className="button"
            onClick={() => navigate(`/p/${processId}/sheet?version=${version}`)}
          >
            {t('analysis.export.sheet')}
          </button>
        ) : null}
        {member ? (
          <>
            <button
              type="button"
              className="button"
              onClick={() => navigate(`/p/${processId}/compare?from=${version}&to=live`)}
            >
              {t('versionPage.compareLive')}
            </button>
            <button type="button" className="button" onClick={() => navigate(`/p/${processId}`)}>
              {t('versionPage.toEditor')}
            </button>
          </>
        ) : null}
      </PageHeader>
      <div className="banner" role="status">
        {t('versionPage.readOnly')}
      </div>
      {load.state === 'failed' ? (
        <div className="banner banner-error" role="alert">
          {problemMessage(t, load.error)}
        </div>
      ) : null}
      <div className="version-body">
        <main className="canvas-area">
          {v ? (
            <ShowThreadsContext.Provider value={showThreads}>
              <StaticMap map={v.map} label={t('versionPage.canvas')} threadCounts={threadCounts} />
            </ShowThreadsContext.Provider>
          ) : (
            <p className="page-message">{load.state === 'loading' ? t('versionPage.loading') : null}</p>
          )}
        </main>
        <aside className="version-info">
          {v ? (
            <>
              <h2>{title}</h2>
              <p>
                {t('versionPage.frozenBy', {
                  name: v.frozenBy.name,
                  when: new Date(v.frozenAt).toLocaleString(i18n.language, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })}
              </p>
              <p>{agreed ? t('versions.agreedBy', { names: agreed }) : t('versions.nobodyAgreed')}</p>
              {v.note ? (
                <>
                  <h3>{t('versionPage.note')}</h3>
                  <p>{v.note}</p>
                </>
              ) : null}
              <p className="hash">{t('versionPage.fingerprint', { hash: v.sha256 })}</p>
              <VersionThreads processId={processId} version={version} map={v.map} load={threads} />
            </>
          ) : null}
          <LineagePanel processId={processId} adoptVersion={version} />
        </aside>
      </div>
    </div>
  );
}
