// The discussion of a frozen version, read-only: each thread's element, status, decision and comments.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  describeAnchor,
  type Mentionable,
  type Person,
  type ProcessMap,
  type ThreadView,
} from '@prozesswerk/process-model';
import { anchorText } from '../discussion/anchor-text.ts';
import { CommentItem } from '../discussion/CommentItem.tsx';
import '../discussion/discussion.css';
import { decisionLogUrl } from '../shared/processes-api.ts';
import { isProblem } from '../shared/http.ts';
import { problemMessage } from '../shared/problem-message.ts';
import type { ThreadsLoad } from './use-version-threads.ts';

const NO_PEOPLE: readonly Mentionable[] = [];

type Props = { processId: string; version: number; map: ProcessMap; load: ThreadsLoad };

/** The id of a thread's list entry, so a pin on the canvas can bring it into view. */
export const threadElementId = (threadId: string) => `version-thread-${threadId}`;

export function VersionThreads({ processId, version, map, load }: Props) {
  const { t } = useTranslation();
  return (
    <section className="version-threads" aria-labelledby="version-threads-title">
      <h3 id="version-threads-title">{t('versionThreads.title')}</h3>
      <p className="muted">{t('versionThreads.intro')}</p>
      <p>
        <a href={decisionLogUrl(processId, version)} download className="button">
          {t('versionThreads.decisionLog')}
        </a>
      </p>
      {load.state === 'loading' ? <p className="muted">{t('versionThreads.loading')}</p> : null}
      {load.state === 'failed' && isProblem(load.error) && load.error.code === 'discussion-not-shared' ? (
        <p className="muted">{t('versionThreads.notShared')}</p>
      ) : load.state === 'failed' ? (
        <p className="field-error" role="alert">
          {problemMessage(t, load.error)}
        </p>
      ) : null}
      {load.state === 'ready' && load.threads.length === 0 ? (
        <p className="muted">{t('versionThreads.none')}</p>
      ) : null}
      {load.state === 'ready' && load.threads.length > 0 ? (
        <ol className="version-thread-list">
          {load.threads.map((thread) => (
            <ThreadEntry key={thread.id} thread={thread} map={map} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function ThreadEntry({ thread, map }: { thread: ThreadView; map: ProcessMap }) {
  const { t, i18n } = useTranslation();
  const when = (timestamp: string) =>
    new Date(timestamp).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const titleId = `${threadElementId(thread.id)}-title`;
  return (
    <li
      id={threadElementId(thread.id)}
      className={`version-thread thread-${thread.status}`}
      aria-labelledby={titleId}
      tabIndex={-1}
      data-testid="version-thread"
    >
      <div className="version-thread-head">
        <h4 id={titleId}>{anchorText(t, describeAnchor(thread.anchor, map, thread.anchorSnapshot))}</h4>
        <span className={`badge thread-status-${thread.status}`}>
          {t(`versionThreads.status.${thread.status}`)}
        </span>
      </div>
      {thread.status === 'resolved' ? (
        <div className="version-thread-decision">
          <strong>{t('versionThreads.decision')}</strong>{' '}
          {thread.decision ?? <em>{t('versionThreads.noDecision')}</em>}
          <div className="muted">
            {t('versionThreads.resolvedBy', {
              name: personName(t, thread.resolvedBy),
              when: when(thread.resolvedAt ?? ''),
            })}
          </div>
        </div>
      ) : null}
      {/* The editor's comment view; without a writer it shows text and reactions only, nothing to change. */}
      <ol className="version-comments">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            threadId={thread.id}
            comment={comment}
            me={null}
            unread={false}
            writer={null}
            people={NO_PEOPLE}
          />
        ))}
      </ol>
    </li>
  );
}

function personName(t: TFunction, person: Person | undefined): string {
  if (!person || person.name === '') return t('versionThreads.unknownPerson');
  return person.org ? `${person.name} (${person.org})` : person.name;
}
