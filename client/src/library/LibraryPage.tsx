// The / page: the process library with search and filters, process cards, the details editor and "Neuer Prozess".
import { useEffect, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { atLeast } from '@prozesswerk/protocol';
import { navigate } from '../shared/router.ts';
import { NO_FILTER, type LibraryFilter, type LibraryProcess } from '../shared/processes-api.ts';
import { LibraryFilters } from './LibraryFilters.tsx';
import { MetadataEditor } from './MetadataEditor.tsx';
import { NewProcessForm } from './NewProcessForm.tsx';
import { PageHeader } from '../shared/PageHeader.tsx';
import { problemMessage } from '../shared/problem-message.ts';
import { ProcessCard } from './ProcessCard.tsx';
import { RecentList } from './RecentList.tsx';
import { refreshLibrary } from './library-queries.ts';
import { useLibrary } from './use-library.ts';
import { useMyOrgs } from './use-my-orgs.ts';
import type { Org } from '../shared/processes-api.ts';
import { useUnread } from './use-unread.ts';
import './library.css';

// Options for the municipality and tag filters: everything seen so far, so filtering does not hide them.
function useSeenOptions(
  processes: LibraryProcess[] | undefined,
  mine: readonly { id: string; name: string }[],
) {
  const [seen, setSeen] = useState<{ orgs: Map<string, string>; tags: Set<string> }>({
    orgs: new Map(),
    tags: new Set(),
  });
  useEffect(() => {
    if (!processes) return;
    setSeen((current) => {
      const orgs = new Map(current.orgs);
      const tags = new Set(current.tags);
      for (const p of processes) {
        if (p.orgId) orgs.set(p.orgId, p.orgName);
        for (const tag of p.tags) tags.add(tag);
      }
      return { orgs, tags };
    });
  }, [processes]);
  return useMemo(() => {
    const orgs = new Map(seen.orgs);
    for (const org of mine) orgs.set(org.id, org.name);
    return {
      orgs: [...orgs].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
      tags: [...seen.tags].sort((a, b) => a.localeCompare(b)),
    };
  }, [seen, mine]);
}

/** More ways to add processes, beside "Neuer Prozess" (the app passes BPMN import): given where one may create them. */
export type LibraryTool = ComponentType<{ orgs: readonly Org[]; onCreated(): void }>;

export function LibraryPage({ tools = [] }: { tools?: readonly LibraryTool[] }) {
  const { t } = useTranslation();
  // "Alle Varianten in der Bibliothek" from a family tree opens the library as /?variantsOf={id}.
  const [filter, setFilter] = useState<LibraryFilter>(() => ({
    ...NO_FILTER,
    variantsOf: new URLSearchParams(window.location.search).get('variantsOf') ?? '',
  }));
  const queries = useQueryClient();
  const [editing, setEditing] = useState<LibraryProcess | null>(null);
  const myOrgs = useMyOrgs();
  const result = useLibrary(filter);
  const unread = useUnread();
  const processes = result.state === 'ready' ? result.processes : undefined;
  const mine = myOrgs.state === 'ready' ? myOrgs.orgs : [];
  const options = useSeenOptions(processes, mine);

  useEffect(() => {
    document.title = `${t('library.title')} – Prozesswerk`;
  }, [t]);

  useEffect(() => {
    if (myOrgs.state === 'signedOut') navigate('/login?next=/');
  }, [myOrgs.state]);

  return (
    <div className="start library">
      <PageHeader>
        {mine.some((org) => org.role === 'admin') ? (
          <a
            className="button"
            href="/admin/members"
            onClick={(event) => {
              event.preventDefault();
              navigate('/admin/members');
            }}
          >
            {t('library.manageMembers')}
          </a>
        ) : null}
      </PageHeader>
      <main className="library-main">
        <section className="hero">
          <h1>{t('library.title')}</h1>
          <p className="lead">{t('library.lead')}</p>
          <button type="button" className="link-button" onClick={() => navigate('/compare')}>
            {t('analysis.compare.title')}
          </button>
        </section>
        <div className="library-layout">
          <section className="library-results" aria-labelledby="library-results-title">
            <LibraryFilters filter={filter} orgs={options.orgs} tags={options.tags} onChange={setFilter} />
            <p className="library-count muted" id="library-results-title" aria-live="polite">
              {processes
                ? `${t('library.count', { count: processes.length })} · ${t('library.sortedByChange')}`
                : result.state === 'loading'
                  ? t('library.loading')
                  : ''}
            </p>
            {result.state === 'failed' ? (
              <p className="field-error" role="alert">
                {problemMessage(t, result.error)}
              </p>
            ) : null}
            {processes?.length === 0 ? <p className="muted">{t('library.empty')}</p> : null}
            {processes?.length ? (
              <ul className="process-list">
                {processes.map((process) => (
                  <ProcessCard
                    key={process.id}
                    process={process}
                    unread={unread.get(process.id)}
                    onEdit={setEditing}
                  />
                ))}
              </ul>
            ) : null}
          </section>
          <aside className="library-aside">
            {myOrgs.state === 'ready' ? (
              <NewProcessForm orgs={mine.filter((org) => atLeast(org.role, 'editor'))} />
            ) : null}
            {myOrgs.state === 'ready'
              ? tools.map((Tool, index) => (
                  <Tool
                    key={index}
                    orgs={mine.filter((org) => atLeast(org.role, 'editor'))}
                    onCreated={() => void refreshLibrary(queries)}
                  />
                ))
              : null}
            <RecentList />
          </aside>
        </div>
      </main>
      {editing ? (
        <MetadataEditor
          process={editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void refreshLibrary(queries);
          }}
        />
      ) : null}
    </div>
  );
}
