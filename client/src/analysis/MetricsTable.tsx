// The metrics of one process as a two-column table (figure name, value), for the panel and the process sheet.
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
