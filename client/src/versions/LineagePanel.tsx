// Where a process came from and which variants were made of it; adopt it into one's own municipality or compare.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { navigate } from '../shared/router.ts';
import { fetchLineage, type Lineage, type LineageEntry } from './api.ts';
import { problemMessage } from '../shared/problem-message.ts';
import { AdoptForm } from './AdoptForm.tsx';
import { FamilyTree } from './FamilyTree.tsx';
import { versionKeys } from './version-keys.ts';

type Props = { processId: string; adoptVersion: number | null };

function entryPath(entry: LineageEntry): string {
  if (entry.role) return `/p/${entry.id}`;
  return entry.publishedVersion ? `/p/${entry.id}/v/${entry.publishedVersion}` : `/p/${entry.id}`;
}

function EntryLink({ entry, text }: { entry: LineageEntry; text: string }) {
  const path = entryPath(entry);
  return (
    <a
      href={path}
      onClick={(event) => {
        event.preventDefault();
        navigate(path);
      }}
    >
      {text}
    </a>
  );
}

export function LineagePanel({ processId, adoptVersion }: Props) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: versionKeys.lineage(processId),
    queryFn: () => fetchLineage(processId),
  });
  const lineage: Lineage | null = query.data ?? null;
  const error: unknown = query.isError ? query.error : null;

  const origin = lineage?.origin;
  return (
    <section className="lineage" aria-labelledby={`lineage-${processId}`} data-testid="lineage">
      <h2 id={`lineage-${processId}`}>{t('lineage.title')}</h2>
      {error ? (
        <p className="field-error" role="alert">
          {problemMessage(t, error)}
        </p>
      ) : null}
      {!lineage && !error ? <p className="muted">{t('lineage.loading')}</p> : null}
      {lineage ? (
        <>
          <h3>{t('lineage.origin')}</h3>
          {origin ? (
            <p>
              <EntryLink
                entry={origin}
                text={t('lineage.originEntry', {
                  title: origin.title,
                  org: origin.orgName,
                  n: origin.version,
                })}
              />
            </p>
          ) : (
            <p className="muted">{t('lineage.noOrigin')}</p>
          )}
          {origin ? (
            <button
              type="button"
              className="button"
              onClick={() => navigate(`/p/${processId}/compare?from=origin&to=live`)}
            >
              {t('lineage.compareOrigin')}
            </button>
          ) : null}
          <h3>{t('lineage.variants')}</h3>
          {lineage.variants.length === 0 && lineage.hiddenVariants === 0 ? (
            <p className="muted">{t('lineage.noVariants')}</p>
          ) : (
            <ul>
              {lineage.variants.map((variant) => (
                <li key={variant.id}>
                  <EntryLink entry={variant} text={`${variant.title} (${variant.orgName})`} />{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => navigate(`/compare?a=${processId}&b=${variant.id}`)}
                  >
                    {t('analysis.compareMetrics')}
                  </button>
                </li>
              ))}
              {lineage.hiddenVariants > 0 ? (
                <li className="muted">{t('lineage.hidden', { count: lineage.hiddenVariants })}</li>
              ) : null}
            </ul>
          )}
          <FamilyTree processId={processId} family={lineage.family} />
        </>
      ) : null}
      <AdoptForm processId={processId} version={adoptVersion} />
    </section>
  );
}
