// The /compare-municipalities?leika=…|family=… page: how municipalities run one service, every published variant side by side.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityComparison } from '@prozesswerk/contract';
import { requestJson } from '../shared/http.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { problemMessage } from '../shared/problem-message.ts';
import { navigate } from '../shared/router.ts';
import { municipalityRows } from './municipality-rows.ts';
import './analysis.css';

type Props = { leika: string | null; family: string | null };

function fetchComparison({ leika, family }: Props): Promise<MunicipalityComparison> {
  const query = new URLSearchParams();
  if (leika) query.set('leika', leika);
  if (family) query.set('family', family);
  return requestJson<MunicipalityComparison>(`/api/library/comparison?${query.toString()}`);
}

export function MunicipalityComparePage(props: Props) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['analysis', 'municipalities', props.leika, props.family],
    queryFn: () => fetchComparison(props),
  });
  const comparison = query.data;
  const rows = useMemo(
    () => (comparison ? municipalityRows({ t, language: i18n.language }, comparison.variants) : []),
    [comparison, t, i18n.language],
  );
  const title = t('analysis.municipalities.title');
  useEffect(() => {
    document.title = `${title} – Prozesswerk`;
  }, [title]);

  const service = comparison?.service;
  return (
    <div className="compare-page">
      <PageHeader title={title}>
        <button type="button" className="button" onClick={() => navigate('/')}>
          {t('analysis.compare.back')}
        </button>
      </PageHeader>
      <main className="process-compare" data-testid="municipality-compare">
        <h2>
          {service?.title ?? title}
          {service?.leikaKey ? ` · ${t('analysis.municipalities.leika', { key: service.leikaKey })}` : ''}
        </h2>
        <p className="lead">{t('analysis.municipalities.lead')}</p>
        {query.isError ? (
          <p className="field-error" role="alert">
            {problemMessage(t, query.error)}
          </p>
        ) : null}
        {!comparison && !query.isError ? <p className="muted">{t('analysis.compare.loading')}</p> : null}
        {comparison?.variants.length === 0 ? (
          <p className="muted">{t('analysis.municipalities.none')}</p>
        ) : null}
        {comparison && comparison.variants.length > 0 ? (
          <>
            <div className="table-scroll">
              <table className="metrics-table compare-table" data-testid="municipality-table">
                <caption>
                  {t('analysis.municipalities.caption', { count: comparison.variants.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('analysis.compare.metric')}</th>
                    {comparison.variants.map((variant) => (
                      <th scope="col" key={variant.processId}>
                        <a
                          href={`/p/${variant.processId}/v/${variant.version}`}
                          onClick={(event) => {
                            event.preventDefault();
                            navigate(`/p/${variant.processId}/v/${variant.version}`);
                          }}
                        >
                          {variant.orgName}
                        </a>
                        <span className="muted compare-variant">
                          {variant.title} · {t('analysis.compare.version', { n: variant.version })}
                        </span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id} data-metric={row.id}>
                      <th scope="row">{row.label}</th>
                      {row.cells.map((cell, index) => (
                        <td
                          key={comparison.variants[index]?.processId ?? index}
                          className={cell.best ? 'is-better' : cell.missing ? 'muted' : undefined}
                        >
                          {cell.text}
                          {cell.best ? (
                            <>
                              {' '}
                              <span className="best-mark" aria-hidden="true">
                                ★
                              </span>
                              <span className="visually-hidden">({t('analysis.municipalities.best')})</span>
                            </>
                          ) : null}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="muted">{t('analysis.municipalities.legend')}</p>
            {comparison.variants.some((variant) => !variant.ratesShared) ? (
              <ul className="muted">
                {comparison.variants
                  .filter((variant) => !variant.ratesShared)
                  .map((variant) => (
                    <li key={variant.processId}>
                      {t('analysis.compare.ratesNotShared', { org: variant.orgName })}
                    </li>
                  ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </main>
    </div>
  );
}
