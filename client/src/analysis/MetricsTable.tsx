// The metrics of one process as a two-column table (figure name, value), for the panel and the process sheet.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessMetrics } from '@prozesswerk/process-model';
import { metricRows } from './metric-rows.ts';

export function MetricsTable({ metrics, caption }: { metrics: ProcessMetrics; caption?: string }) {
  const { t, i18n } = useTranslation();
  const rows = metricRows({ t, language: i18n.language }, metrics);
  return (
    <>
      <table className="metrics-table" data-testid="metrics-table">
        {caption ? <caption>{caption}</caption> : null}
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" title={row.hint}>
                {row.label}
                {row.hint ? <HintToggle label={row.label} hint={row.hint} /> : null}
              </th>
              <td data-testid={`metric-${row.id}`}>{row.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {metrics.externalActivities > 0 ? (
        <p className="muted analysis-note" data-testid="metrics-external-note">
          {t('analysis.metric.externalLeftOut', { count: metrics.externalActivities })}
        </p>
      ) : null}
    </>
  );
}

// Tooltips do not exist on touch screens: the explanation also opens in place.
function HintToggle({ label, hint }: { label: string; hint: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="metric-hint-toggle"
        aria-expanded={open}
        aria-label={t('analysis.explain', { metric: label })}
        onClick={() => setOpen(!open)}
      >
        ?
      </button>
      {open ? <span className="metric-hint">{hint}</span> : null}
    </>
  );
}
