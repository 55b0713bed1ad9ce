// One frozen version in the panel: name, who froze it and when, who agreed, and what one may do with it.
import { useTranslation } from 'react-i18next';
import { navigate } from '../shared/router.ts';
import type { VersionMeta } from './api.ts';
import { peopleLabel } from './people-names.ts';

type Props = {
  version: VersionMeta;
  published: boolean;
  facilitator: boolean;
  busy: boolean;
  onRestore(n: number): void;
  onPublish(n: number): void;
};

export function VersionItem({ version, published, facilitator, busy, onRestore, onPublish }: Props) {
  const { t, i18n } = useTranslation();
  const n = version.version;
  const when = new Date(version.frozenAt).toLocaleString(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const agreed = peopleLabel(t, version.agreedBy);
  const go = (path: string) => () => navigate(path);
  const base = `/p/${version.processId}`;
  return (
    <li className="version-item" data-testid="version-item" data-version={n}>
      <h3>
        {t('versions.number', { n })}: {version.name}
        {published ? <span className="badge-published">{t('versions.published')}</span> : null}
      </h3>
      <p className="version-meta">
        {t('versions.by', { name: version.frozenBy.name })} · <time dateTime={version.frozenAt}>{when}</time>
        <br />
        {agreed ? t('versions.agreedBy', { names: agreed }) : t('versions.nobodyAgreed')}
      </p>
      {version.note ? <p className="version-meta">{version.note}</p> : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-label={t('versions.viewLabel', { n })}
          onClick={go(`${base}/v/${n}`)}
        >
          {t('versions.view')}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('versions.compareLabel', { n })}
          onClick={go(`${base}/compare?from=${n}&to=live`)}
        >
          {t('versions.compare')}
        </button>
        {facilitator ? (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-label={t('versions.restoreLabel', { n })}
              onClick={() => onRestore(n)}
            >
              {t('versions.restore')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy || published}
              aria-label={t('versions.publishLabel', { n })}
              onClick={() => onPublish(n)}
            >
              {t('versions.publish')}
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
}
