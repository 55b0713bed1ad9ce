// The import report in plain words: how much came over, which elements did not (by name) and the warnings.
import { useTranslation } from 'react-i18next';
import { noteMessage } from './note-text.ts';
import { elementKey, type ImportReport } from './report.ts';

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const { unsupported } = report;
  // German sentences from the package only when the report has no codes to word in the interface's language.
  const warnings = report.notes ? report.notes.map((note) => noteMessage(note, t)) : report.warnings;
  return (
    <div className="import-report" data-testid="import-report">
      <p>
        {t('interchange.report.summary', {
          nodes: t('interchange.report.nodes', { count: report.nodes }),
          edges: t('interchange.report.edges', { count: report.edges }),
          lanes: t('interchange.report.lanes', { count: report.lanes }),
        })}
      </p>
      {unsupported.length === 0 && warnings.length === 0 ? (
        <p className="muted">{t('interchange.report.allMapped')}</p>
      ) : null}
      {unsupported.length > 0 ? (
        <details open className="import-report-section">
          <summary>{t('interchange.report.unsupportedTitle', { count: unsupported.length })}</summary>
          <p className="field-hint">{t('interchange.report.unsupportedLead')}</p>
          <ul>
            {unsupported.map((entry, index) => {
              const kind = t(`interchange.elements.${elementKey(entry.element)}`, {
                defaultValue: entry.element,
              });
              const name = entry.name?.trim();
              const reason = entry.reasonCode
                ? t(`interchange.reasons.${entry.reasonCode}`, {
                    where: entry.where ?? '',
                    defaultValue: entry.reason ?? '',
                  })
                : entry.reason;
              return (
                <li key={`${entry.id ?? ''}-${index}`}>
                  <strong>{name || kind}</strong>{' '}
                  <span className="muted">({name ? kind : t('interchange.report.unnamed')})</span>
                  {reason ? <> – {reason}</> : null}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
      {warnings.length > 0 ? (
        <details open={unsupported.length === 0} className="import-report-section">
          <summary>{t('interchange.report.warningsTitle', { count: warnings.length })}</summary>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
