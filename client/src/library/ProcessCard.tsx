// One process in the library: title, status and tier, municipality, last change, and what one may do with it.
import { useTranslation } from 'react-i18next';
import { atLeast } from '@prozesswerk/protocol';
import { navigate } from '../app/router.ts';
import type { LibraryProcess } from './api.ts';
import { StatusBadge, TierBadge } from './Badges.tsx';

/** Members open the live process; everyone else sees the published version. */
export function processPath(process: LibraryProcess): string {
  if (!process.role && process.publishedVersion) return `/p/${process.id}/v/${process.publishedVersion}`;
  return `/p/${process.id}`;
}

type Props = { process: LibraryProcess; onEdit(process: LibraryProcess): void };

export function ProcessCard({ process, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const path = processPath(process);
  const changed = new Date(process.updatedAt).toLocaleString(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const headingId = `process-${process.id}`;
  return (
    <li className="process-card" aria-labelledby={headingId} data-testid="process-card">
      <div className="process-card-badges">
        <StatusBadge status={process.status} />
        <TierBadge tier={process.tier} />
        {process.originProcessId ? <span className="badge">{t('library.adoptedFrom')}</span> : null}
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
      {process.tags.length > 0 ? (
        <ul className="tag-list" aria-label={t('library.tag')}>
          {process.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
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
