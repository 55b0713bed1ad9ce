// The /p/{id}/compare page: pick two versions (or a version and the live map); changes listed beside a coloured canvas.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffStatusById } from '@prozesswerk/process-model';
import { navigate } from '../shared/router.ts';
import { PageHeader } from '../shared/PageHeader.tsx';
import { problemMessage } from '../shared/problem-message.ts';
import { listVersions, type VersionMeta, type VersionRef } from './api.ts';
import { DiffList } from './DiffList.tsx';
import { StaticMap } from './StaticMap.tsx';
import { parseSide, useComparison, type Side } from './use-comparison.ts';
import './versions.css';

type Props = { processId: string; from: string | null; to: string | null };

function SidePicker(props: {
  id: string;
  label: string;
  value: Side;
  versions: VersionMeta[];
  origin: number | undefined;
  disabled?: boolean;
  onChange(side: Side): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={String(props.value)}
        disabled={props.disabled ?? false}
        onChange={(event) => props.onChange(parseSide(event.target.value, 'live'))}
      >
        {props.value === 'origin' ? (
          <option value="origin">{t('compare.origin', { n: props.origin ?? '…' })}</option>
        ) : null}
        {props.versions.map((v) => (
          <option key={v.version} value={v.version}>
            {t('compare.version', { n: v.version, name: v.name })}
          </option>
        ))}
        <option value="live">{t('compare.live')}</option>
      </select>
    </div>
  );
}

export function CompareView({ processId, from: rawFrom, to: rawTo }: Props) {
  const { t } = useTranslation();
  const [from, setFrom] = useState<Side>(() => parseSide(rawFrom, 1));
  const [to, setTo] = useState<VersionRef>(() => {
    const side = parseSide(rawTo, 'live');
    return side === 'origin' ? 'live' : side;
  });
  const [versions, setVersions] = useState<VersionMeta[]>([]);
  const result = useComparison(processId, from, to);
  const ready = result.state === 'ready' ? result : undefined;
  const status = useMemo(() => (ready ? diffStatusById(ready.comparison.diff) : undefined), [ready]);

  useEffect(() => {
    listVersions(processId).then(setVersions, (error: unknown) => console.warn('No version list', error));
  }, [processId]);

  useEffect(() => {
    // Keep the address shareable without a page change; the router only watches the path.
    window.history.replaceState(null, '', `/p/${processId}/compare?from=${from}&to=${to}`);
  }, [processId, from, to]);

  return (
    <div className="compare-page">
      <PageHeader title={t('compare.title')}>
        <button type="button" className="button" onClick={() => navigate(`/p/${processId}`)}>
          {t('compare.back')}
        </button>
      </PageHeader>
      <div className="compare-bar">
        <SidePicker
          id="compare-from"
          label={t('compare.from')}
          value={from}
          versions={versions}
          origin={ready?.originVersion}
          onChange={setFrom}
        />
        <SidePicker
          id="compare-to"
          label={t('compare.to')}
          value={to}
          versions={versions}
          origin={undefined}
          // Compared with the origin, the other side is always this process's live map.
          disabled={from === 'origin'}
          onChange={(side) => setTo(side === 'origin' ? 'live' : side)}
        />
      </div>
      {result.state === 'failed' ? (
        <div className="banner banner-error" role="alert">
          {problemMessage(t, result.error)}
        </div>
      ) : null}
      <div className="compare-body">
        <main className="canvas-area" aria-busy={result.state === 'loading'}>
          {ready ? (
            <StaticMap
              map={ready.comparison.after}
              diff={ready.comparison.diff}
              {...(status ? { status } : {})}
              label={t('compare.canvas')}
            />
          ) : (
            <p className="page-message">{result.state === 'loading' ? t('compare.loading') : null}</p>
          )}
        </main>
        <aside className="compare-side" data-testid="compare-side">
          {ready ? (
            <DiffList
              diff={ready.comparison.diff}
              before={ready.comparison.before}
              after={ready.comparison.after}
            />
          ) : null}
        </aside>
      </div>
    </div>
  );
}
