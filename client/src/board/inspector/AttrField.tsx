// One inspector field with a local draft: checked while typing, saved when it is valid and the field is left.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttrCheck } from './validate-attr.ts';

type Props = {
  label: string;
  value: string;
  check(input: string): AttrCheck;
  onSave(check: Extract<AttrCheck, { ok: true }>): void;
  /** For values that are not attributes (labels, lane height): called with the raw valid text. */
  onCommitText?(text: string): void;
  disabled: boolean;
  multiline?: boolean;
  suffix?: string;
  numeric?: boolean;
};

export function AttrField(props: Props) {
  const { label, value, check, onSave, onCommitText, disabled, multiline, suffix, numeric } = props;
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const result = draft === null ? null : check(draft);
  const error = result && !result.ok ? t(result.message, result.values) : null;

  const save = () => {
    // A field disabled under the cursor (the map was locked, or is being rebuilt) loses focus: keep the draft then.
    if (draft === null || !result || disabled) return;
    if (result.ok && draft !== value) {
      onSave(result);
      onCommitText?.(draft);
    }
    if (result.ok) setDraft(null);
  };
  const common = {
    id,
    value: shown,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur: save,
  };

  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="field-input">
        {multiline ? (
          <textarea {...common} rows={4} onChange={(event) => setDraft(event.target.value)} />
        ) : (
          <input
            {...common}
            type="text"
            inputMode={numeric ? 'decimal' : undefined}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') save();
              if (event.key === 'Escape') setDraft(null);
            }}
          />
        )}
        {suffix ? <span className="field-suffix">{suffix}</span> : null}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
