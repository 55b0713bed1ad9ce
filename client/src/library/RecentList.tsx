// The processes opened in this browser (remembered by the editor), for getting back to a workshop quickly.
import { useTranslation } from 'react-i18next';
import { listRecent } from '../shared/recent.ts';
import { navigate } from '../shared/router.ts';

export function RecentList() {
  const { t, i18n } = useTranslation();
  const recent = listRecent().slice(0, 6);
  if (recent.length === 0) return null;
  return (
    <section className="card recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('library.recent')}</h2>
      <ul>
        {recent.map((entry) => (
          <li key={entry.id}>
            <a
              href={`/p/${entry.id}`}
              onClick={(event) => {
                event.preventDefault();
                navigate(`/p/${entry.id}`);
              }}
            >
              {entry.title || t('library.untitled')}
            </a>
            <span className="muted">
              {new Date(entry.openedAt).toLocaleDateString(i18n.language, { dateStyle: 'medium' })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
