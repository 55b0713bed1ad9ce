// The /p/{id}/sheet page: a one-page process sheet (title, version, metadata, map, metrics) to print or save as PDF.
import { Fragment, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessMap } from '@prozesswerk/process-model';
import { navigate } from '../shared/router.ts';
import type { LibraryProcess } from '../shared/processes-api.ts';
import { ProblemError } from '../shared/http.ts';
import { problemMessage } from '../shared/problem-message.ts';
import { svgDataUrl } from './image-export.ts';
import { renderMapSvg } from './map-svg.ts';
import { MetricsTable } from './MetricsTable.tsx';
import { useProcessAnalysis } from './use-process-analysis.ts';
import { WarningList } from './WarningList.tsx';
import './analysis.css';

/** More warnings than this would push the sheet onto a second page; the rest is summed up. */
const SHEET_WARNINGS = 6;

type Props = { processId: string; version: number | null };

export function SheetPage({ processId, version }: Props) {
  const { t, i18n } = useTranslation();
  const analysis = useProcessAnalysis(processId, version ?? undefined);
  const ready = analysis.state === 'ready' ? analysis : undefined;
  const image = useMemo(() => (ready ? svgDataUrl(renderMapSvg(ready.read.map).svg) : undefined), [ready]);
  const title = ready?.read.process.title || t('library.untitled');

  useEffect(() => {
    if (
      analysis.state === 'failed' &&
      analysis.error instanceof ProblemError &&
      analysis.error.status === 401
    )
      navigate(`/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  }, [analysis]);
  useEffect(() => {
    if (ready) document.title = `${t('analysis.sheet.title')}: ${title} – Prozesswerk`;
  }, [ready, title, t]);

  const back =
    ready?.read.version === 'live' ? `/p/${processId}` : `/p/${processId}/v/${ready?.read.version ?? ''}`;
  const today = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());
  return (
    <div className="sheet-page" data-testid="process-sheet">
      <div className="sheet-toolbar no-print">
        <button type="button" className="button" onClick={() => navigate(back)}>
          {t('analysis.sheet.back')}
        </button>
        <button type="button" className="button primary" disabled={!ready} onClick={() => window.print()}>
          {t('analysis.sheet.print')}
        </button>
      </div>
      {analysis.state === 'failed' ? (
        <p className="field-error" role="alert">
          {problemMessage(t, analysis.error)}
        </p>
      ) : null}
      {!ready && analysis.state !== 'failed' ? <p className="muted">{t('analysis.sheet.loading')}</p> : null}
      {ready ? (
        <>
          <header className="sheet-head">
            <h1>{title}</h1>
            <p>
              {ready.read.version === 'live'
                ? t('analysis.sheet.live', { date: today })
                : t('analysis.sheet.version', { n: ready.read.version })}
              {ready.read.process.orgName ? ` · ${ready.read.process.orgName}` : ''}
            </p>
            {ready.rates?.shared === false ? (
              <p className="muted">
                {t('analysis.compare.ratesNotShared', { org: ready.read.process.orgName })}
              </p>
            ) : null}
          </header>
          <section className="sheet-map-section" aria-labelledby="sheet-map-title">
            <h2 id="sheet-map-title">{t('analysis.sheet.map')}</h2>
            <img className="sheet-map" src={image} alt={t('analysis.sheet.mapAlt', { title })} />
          </section>
          <div className="sheet-body">
            <section>
              <SheetMetadata process={ready.read.process} map={ready.read.map} />
            </section>
            <section>
              <h2>{t('analysis.sheet.metrics')}</h2>
              <MetricsTable metrics={ready.metrics} />
            </section>
            <section>
              {ready.metrics.warnings.length > 0 ? (
                <>
                  <h2>{t('analysis.sheet.warnings')}</h2>
                  <WarningList
                    warnings={ready.metrics.warnings.slice(0, SHEET_WARNINGS)}
                    map={ready.read.map}
                  />
                  {ready.metrics.warnings.length > SHEET_WARNINGS ? (
                    <p className="muted analysis-note">
                      {t('analysis.sheet.moreWarnings', {
                        count: ready.metrics.warnings.length - SHEET_WARNINGS,
                      })}
                    </p>
                  ) : null}
                </>
              ) : null}
            </section>
          </div>
          <p className="sheet-footer">{t('analysis.sheet.printed', { date: today })}</p>
        </>
      ) : null}
    </div>
  );
}

// Values several activities share (legal bases, IT systems, roles), each once, in the order they appear.
function distinct(
  map: ProcessMap,
  pick: (attrs: ProcessMap['nodes'][number]['attrs']) => string | undefined,
): string {
  const values = map.nodes.flatMap((node) => pick(node.attrs)?.trim() || []);
  return [...new Set(values)].join(', ');
}

function SheetMetadata({ process, map }: { process: LibraryProcess; map: ProcessMap }) {
  const { t } = useTranslation();
  const entries: [string, string][] = [
    [t('analysis.sheet.org'), process.orgName],
    [t('analysis.sheet.status'), process.status ? t(`library.statusName.${process.status}`) : ''],
    [t('analysis.sheet.tier'), process.tier ? t(`library.tierName.${process.tier}`) : ''],
    [t('analysis.sheet.leikaKey'), process.leikaKey ?? ''],
    [t('analysis.sheet.tags'), process.tags.join(', ')],
    [t('analysis.sheet.legalBasis'), distinct(map, (a) => a.legalBasis)],
    [t('analysis.sheet.itSystems'), distinct(map, (a) => a.itSystem)],
    [t('analysis.sheet.roles'), distinct(map, (a) => a.role)],
    [t('analysis.sheet.description'), process.description],
  ];
  return (
    <dl className="sheet-meta" data-testid="sheet-metadata">
      {entries
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd className={label === t('analysis.sheet.description') ? 'sheet-description' : undefined}>
              {value}
            </dd>
          </Fragment>
        ))}
    </dl>
  );
}
