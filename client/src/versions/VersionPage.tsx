// The /p/{id}/v/{n} page: one frozen version read-only on the canvas, with who froze it, who agreed, its
// discussion as it was then, and lineage.
import { Suspense, useCallback, useMemo, useState, type ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ProcessMap } from '@prozesswerk/process-model';
import { navigate } from '../shared/router.ts';
import { fetchProcessRecord } from '../shared/processes-api.ts';
import { sharedKeys } from '../shared/query-keys.ts';
import { versionKeys } from './version-keys.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { problemMessage } from '../shared/problem-message.ts';
import { fetchVersion, type VersionWithMap } from './api.ts';
import { LineagePanel } from './LineagePanel.tsx';
import { peopleLabel } from './people-names.ts';
import { StaticMap } from './StaticMap.tsx';
import { threadCountsByNode } from './thread-anchors.ts';
import { ShowThreadsContext } from './ThreadPin.tsx';
import { useVersionThreads } from './use-version-threads.ts';
import { threadElementId, VersionThreads } from './VersionThreads.tsx';
import './versions.css';

/** More actions on the frozen map in the page header (the app passes BPMN export). */
export type VersionTool = ComponentType<{ map: ProcessMap; title: string }>;

/** The frozen map as text, read-only (the app passes the text view's). */
export type VersionTextView = ComponentType<{ map: ProcessMap; openThreads: ReadonlyMap<string, number> }>;

type Props = {
  processId: string;
  version: number;
  tools?: readonly VersionTool[];
  textView?: VersionTextView;
};
type Load =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; version: VersionWithMap };

export function VersionPage({ processId, version, tools = [], textView: TextView }: Props) {
  const { t, i18n } = useTranslation();
  const versionQuery = useQuery({
    queryKey: versionKeys.frozen(processId, version),
    queryFn: () => fetchVersion(processId, version),
    staleTime: Infinity,
  });
  const load: Load = versionQuery.data
    ? { state: 'ready', version: versionQuery.data }
    : versionQuery.isError
      ? { state: 'failed', error: versionQuery.error }
      : { state: 'loading' };
  // Only members see the live process; a published version is readable by every municipality.
  const processQuery = useQuery({
    queryKey: sharedKeys.process(processId),
    queryFn: () => fetchProcessRecord(processId),
    retry: false,
  });
  const member = processQuery.data ? processQuery.data.role !== null : false;
  // The header names the process, not only the version (members and readers of published versions see it).
  const processTitle = processQuery.data?.title ?? '';
  const threads = useVersionThreads(processId, version);
  const threadList = threads.state === 'ready' ? threads.threads : undefined;
  const threadCounts = useMemo(() => threadCountsByNode(threadList ?? []), [threadList]);
  const openThreads = useMemo(
    () => threadCountsByNode((threadList ?? []).filter((thread) => thread.status === 'open')),
    [threadList],
  );
  const [asText, setAsText] = useState(false);
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

  const v = load.state === 'ready' ? load.version : undefined;
  const title = v
    ? t('versionPage.title', { n: v.version, name: v.name })
    : t('versions.number', { n: version });
  const agreed = v ? peopleLabel(t, v.agreedBy) : '';

  return (
    <div className="version-page">
      <PageHeader
        title={processTitle ? t('versionPage.headerTitle', { process: processTitle, version: title }) : title}
      >
        {v && TextView ? (
          <button
            type="button"
            className="button"
            aria-pressed={asText}
            onClick={() => setAsText((shown) => !shown)}
            data-testid="text-view-toggle"
          >
            {t('textView.show')}
          </button>
        ) : null}
        {v ? tools.map((Tool, index) => <Tool key={index} map={v.map} title={title} />) : null}
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
          {v && asText && TextView ? (
            <Suspense fallback={<p className="page-message">{t('versionPage.loading')}</p>}>
              <TextView map={v.map} openThreads={openThreads} />
            </Suspense>
          ) : v ? (
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
                {t(v.frozenBy.name ? 'versionPage.frozenBy' : 'versionPage.frozenAt', {
                  name: v.frozenBy.name,
                  when: new Date(v.frozenAt).toLocaleString(i18n.language, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })}
              </p>
              <p>{agreed ? t('versions.agreedBy', { names: agreed }) : t('versions.nobodyAgreed')}</p>
              {v.shared?.names === 'municipality' ? (
                <p className="muted">{t('versionPage.namesWithheld')}</p>
              ) : null}
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
