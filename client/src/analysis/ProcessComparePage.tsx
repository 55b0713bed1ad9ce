// The /compare?a=…&b=… page: two processes (or variants) side by side, their maps and their metrics.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../shared/router.ts';
import { NO_FILTER, searchLibrary, type LibraryProcess } from '../shared/processes-api.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { problemMessage } from '../shared/problem-message.ts';
import { compareRows } from './compare-rows.ts';
import { svgDataUrl } from './image-export.ts';
import { renderMapSvg } from './map-svg.ts';
import { useProcessAnalysis, type ProcessAnalysis } from './use-process-analysis.ts';
import './analysis.css';

type Props = { a: string | null; b: string | null };

export function ProcessComparePage(props: Props) {
  const { t, i18n } = useTranslation();
  const [a, setA] = useState(props.a);
  const [b, setB] = useState(props.b);
  const [choices, setChoices] = useState<LibraryProcess[]>([]);
  const first = useProcessAnalysis(a);
  const second = useProcessAnalysis(b);

  useEffect(() => {
    searchLibrary(NO_FILTER).then(setChoices, (error: unknown) => console.warn('No process list', error));
  }, []);
  useEffect(() => {
    // Keep the address shareable without a page change.
    const query = new URLSearchParams();
    if (a) query.set('a', a);
    if (b) query.set('b', b);
    window.history.replaceState(null, '', `/compare?${query.toString()}`);
  }, [a, b]);

  const rows = useMemo(
    () =>
      first.state === 'ready' && second.state === 'ready'
        ? compareRows({ t, language: i18n.language }, first.metrics, second.metrics)
        : undefined,
    [first, second, t, i18n.language],
  );
  const name = (side: ProcessAnalysis) =>
    side.state === 'ready'
      ? t('analysis.compare.option', { title: side.read.process.title, org: side.read.process.orgName })
      : '';

  return (
    <div className="compare-page">
      <PageHeader title={t('analysis.compare.title')}>
        <button type="button" className="button" onClick={() => navigate('/')}>
          {t('analysis.compare.back')}
        </button>
      </PageHeader>
      <main className="process-compare" data-testid="process-compare">
        <p className="lead">{t('analysis.compare.lead')}</p>
        <div className="process-compare-pickers">
          <ProcessPicker
            id="compare-a"
            label={t('analysis.compare.first')}
            value={a}
            choices={choices}
            onChange={setA}
          />
          <ProcessPicker
            id="compare-b"
            label={t('analysis.compare.second')}
            value={b}
            choices={choices}
            onChange={setB}
          />
        </div>
        <div className="process-compare-maps">
          <SideMap side={first} />
          <SideMap side={second} />
        </div>
        {!a || !b ? <p className="muted">{t('analysis.compare.pick')}</p> : null}
        {rows ? (
          <table className="metrics-table compare-table" data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col">{t('analysis.compare.metric')}</th>
                <th scope="col">{name(first)}</th>
                <th scope="col">{name(second)}</th>
                <th scope="col">{t('analysis.compare.difference')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-metric={row.id}>
                  <th scope="row" title={row.hint}>
                    {row.label}
                  </th>
                  {row.texts.map((text, index) => {
                    const verdict = row.verdicts[index] ?? 'unknown';
                    const marked = verdict === 'better' || verdict === 'worse' || verdict === 'different';
                    return (
                      <td
                        key={index}
                        className={marked ? `is-${verdict}` : undefined}
                        title={
                          verdict === 'better' || verdict === 'worse'
                            ? t(`analysis.compare.${verdict}`)
                            : undefined
                        }
                      >
                        {text}
                      </td>
                    );
                  })}
                  <td>{row.difference}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </main>
    </div>
  );
}

function ProcessPicker(props: {
  id: string;
  label: string;
  value: string | null;
  choices: readonly LibraryProcess[];
  onChange(id: string | null): void;
}) {
  const { t } = useTranslation();
  // A process given in the address stays selectable even before (or without) the library list.
  const known = props.choices.some((p) => p.id === props.value);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || null)}
      >
        <option value="">{t('analysis.compare.choose')}</option>
        {props.value && !known ? <option value={props.value}>{props.value}</option> : null}
        {props.choices.map((p) => (
          <option key={p.id} value={p.id}>
            {t('analysis.compare.option', { title: p.title || t('library.untitled'), org: p.orgName })}
          </option>
        ))}
      </select>
    </div>
  );
}

function SideMap({ side }: { side: ProcessAnalysis }) {
  const { t } = useTranslation();
  const ready = side.state === 'ready' ? side : undefined;
  const image = useMemo(() => (ready ? svgDataUrl(renderMapSvg(ready.read.map).svg) : undefined), [ready]);
  if (side.state === 'idle') return <figure aria-hidden="true" />;
  if (side.state === 'loading') return <figure className="muted">{t('analysis.compare.loading')}</figure>;
  if (side.state === 'failed')
    return (
      <figure className="field-error" role="alert">
        {problemMessage(t, side.error)}
      </figure>
    );
  const { process, version } = side.read;
  const path = version === 'live' ? `/p/${process.id}` : `/p/${process.id}/v/${version}`;
  return (
    <figure data-testid="compare-side">
      <figcaption>
        {process.title} · {process.orgName} ·{' '}
        {version === 'live' ? t('analysis.compare.live') : t('analysis.compare.version', { n: version })}{' '}
        <a
          href={path}
          onClick={(event) => {
            event.preventDefault();
            navigate(path);
          }}
        >
          {t('analysis.compare.open')}
        </a>
      </figcaption>
      <img src={image} alt={t('analysis.sheet.mapAlt', { title: process.title })} />
      {side.rates?.shared === false ? (
        <p className="muted">{t('analysis.compare.ratesNotShared', { org: process.orgName })}</p>
      ) : null}
    </figure>
  );
}
