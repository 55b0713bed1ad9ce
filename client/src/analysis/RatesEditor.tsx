// The municipality's hourly rates: a short summary for everyone, and an inline form for its admins.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../shared/problem-message.ts';
import { saveOrgRates } from './api.ts';
import { formatEuro } from './metric-rows.ts';
import { draftOf, parseDraft, type RateDraft } from './rate-form.ts';
import type { HourlyRates } from './rates.ts';

type Props = {
  rates: HourlyRates;
  /** Role names and lane labels on the map, offered while typing a role. */
  suggestions: readonly string[];
  onSaved(rates: HourlyRates): void;
};

export function RatesEditor({ rates, suggestions, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<RateDraft | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const f = { t, language: i18n.language };
  const empty = rates.defaultRate === null && rates.roles.length === 0;

  const save = async () => {
    if (!draft || !rates.orgId) return;
    const parsed = parseDraft(draft);
    if (!parsed.ok) return setMessage({ text: t(`analysis.rates.${parsed.error}`), error: true });
    try {
      const saved = await saveOrgRates(rates.orgId, { ...parsed.input, basedOn: rates.updatedAt });
      onSaved({ ...saved, ...(rates.orgName === undefined ? {} : { orgName: rates.orgName }) });
      setDraft(null);
      setMessage({ text: t('analysis.rates.saved'), error: false });
    } catch (error) {
      setMessage({ text: problemMessage(t, error), error: true });
    }
  };

  return (
    <section className="rates" aria-labelledby="rates-title" data-testid="hourly-rates">
      <h3 id="rates-title">
        {rates.orgName ? t('analysis.rates.of', { org: rates.orgName }) : t('analysis.rates.title')}
      </h3>
      {draft ? (
        <RatesForm draft={draft} suggestions={suggestions} onChange={setDraft} />
      ) : empty ? (
        <p className="muted">{t('analysis.rates.none')}</p>
      ) : (
        <ul className="rates-summary">
          {rates.defaultRate === null ? null : (
            <li>{t('analysis.rates.defaultSummary', { rate: formatEuro(f, rates.defaultRate) })}</li>
          )}
          {rates.roles.map(({ role, rate }) => (
            <li key={role}>
              {role}: {formatEuro(f, rate)}
            </li>
          ))}
        </ul>
      )}
      {message ? (
        <p className={message.error ? 'field-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {rates.mayEdit && rates.orgId ? (
        <div className="rates-actions">
          {draft ? (
            <>
              <button type="button" className="button primary" onClick={() => void save()}>
                {t('analysis.rates.save')}
              </button>
              <button type="button" className="button" onClick={() => setDraft(null)}>
                {t('analysis.rates.cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => {
                setMessage(null);
                setDraft(draftOf(rates));
              }}
            >
              {t('analysis.rates.edit')}
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}

function RatesForm(props: {
  draft: RateDraft;
  suggestions: readonly string[];
  onChange(draft: RateDraft): void;
}) {
  const { t } = useTranslation();
  const { draft, onChange } = props;
  const nextKey = Math.max(-1, ...draft.rows.map((row) => row.key)) + 1;
  const setRow = (key: number, patch: Partial<{ role: string; rate: string }>) =>
    onChange({ ...draft, rows: draft.rows.map((row) => (row.key === key ? { ...row, ...patch } : row)) });
  return (
    <div className="rates-form">
      <label className="field">
        <span>{t('analysis.rates.defaultRate')}</span>
        <input
          inputMode="decimal"
          value={draft.defaultRate}
          onChange={(event) => onChange({ ...draft, defaultRate: event.target.value })}
        />
      </label>
      <datalist id="rate-role-suggestions">
        {props.suggestions.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
      {draft.rows.map((row) => (
        <div className="rates-row" key={row.key}>
          <input
            aria-label={t('analysis.rates.role')}
            placeholder={t('analysis.rates.role')}
            list="rate-role-suggestions"
            value={row.role}
            onChange={(event) => setRow(row.key, { role: event.target.value })}
          />
          <input
            aria-label={t('analysis.rates.rate')}
            placeholder={t('analysis.rates.rate')}
            inputMode="decimal"
            value={row.rate}
            onChange={(event) => setRow(row.key, { rate: event.target.value })}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={t('analysis.rates.removeRole', { role: row.role })}
            onClick={() => onChange({ ...draft, rows: draft.rows.filter((r) => r.key !== row.key) })}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => onChange({ ...draft, rows: [...draft.rows, { key: nextKey, role: '', rate: '' }] })}
      >
        {t('analysis.rates.addRole')}
      </button>
      <p className="muted analysis-note">{t('analysis.rates.hint')}</p>
    </div>
  );
}
