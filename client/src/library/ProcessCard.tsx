// One process in the library: title, status, tier and what is new, municipality, last change, and what one may do with it.
import { useTranslation } from 'react-i18next';
import { atLeast } from '@prozesswerk/protocol';
import { navigate } from '../shared/router.ts';
import type { UnreadCount } from './api.ts';
import { decisionLogUrl, type LibraryProcess } from '../shared/processes-api.ts';
import { StatusBadge, TierBadge } from './Badges.tsx';
import { UnreadBadges } from './UnreadBadges.tsx';

/** Members open the live process; everyone else sees the published version. */
export function processPath(process: LibraryProcess): string {
  if (!process.role && process.publishedVersion) return `/p/${process.id}/v/${process.publishedVersion}`;
  return `/p/${process.id}`;
}

/** Members get the live decision log; everyone else the one of the published version they may read. */
function decisionLogFor(process: LibraryProcess): string | null {
  if (process.role) return decisionLogUrl(process.id);
  return process.publishedVersion ? decisionLogUrl(process.id, process.publishedVersion) : null;
}

type Props = { process: LibraryProcess; unread?: UnreadCount; onEdit(process: LibraryProcess): void };

export function ProcessCard({ process, unread, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const path = processPath(process);
  const changed = new Date(process.updatedAt).toLocaleString(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const headingId = `process-${process.id}`;
  const decisionLog = decisionLogFor(process);
  return (
    <li className="process-card" aria-labelledby={headingId} data-testid="process-card">
      <div className="process-card-badges">
        <StatusBadge status={process.status} />
        <TierBadge tier={process.tier} />
        {process.originProcessId ? <span className="badge">{t('library.adoptedFrom')}</span> : null}
        <UnreadBadges unread={unread} />
      </div>
      <h3 id={headingId}>
        <a
          href={path}
          onClick={(event) => {
            event.preventDefault();
            navigate(path);
          }}
        >
          {process.title}
        </a>
      </h3>
      {process.description ? <p className="process-card-description">{process.description}</p> : null}
      <p className="process-card-meta">
        <span>{process.orgName}</span>
        <span>
          {t('library.changed')} <time dateTime={process.updatedAt}>{changed}</time>
        </span>
        {process.leikaKey ? <span>{t('library.leika', { key: process.leikaKey })}</span> : null}
      </p>
      {process.leikaKey && process.publishedVersion !== null ? (
        <p className="process-card-actions">
          <a
            href={`/compare-municipalities?leika=${process.leikaKey}`}
            aria-describedby={headingId}
            onClick={(event) => {
              event.preventDefault();
              navigate(`/compare-municipalities?leika=${process.leikaKey}`);
            }}
          >
            {t('library.compareMunicipalities')}
          </a>
        </p>
      ) : null}
      {process.tags.length > 0 ? (
        <ul className="tag-list" aria-label={t('library.tag')}>
          {process.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      ) : null}
      {decisionLog ? (
        <p className="process-card-actions">
          {/* Named alike on every card; the card's title describes which process it belongs to. */}
          <a href={decisionLog} download aria-describedby={headingId}>
            {t('library.decisionLog')}
          </a>
        </p>
      ) : null}
      {process.role && atLeast(process.role, 'editor') ? (
        <button
          type="button"
          className="link-button process-card-edit"
          aria-label={t('library.editMetaFor', { title: process.title })}
          onClick={() => onEdit(process)}
        >
          {t('library.editMeta')}
        </button>
      ) : null}
    </li>
  );
}
