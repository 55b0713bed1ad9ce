// Form fields wired for screen readers: one Field frame (label, hint, error) around any control, and the usual controls.
import type { ReactNode } from 'react';

/** What a control needs from its Field: its id, and which texts describe it. */
export type ControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

type FieldProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Shown below the control and announced; marks the control invalid. */
  error?: string | null | undefined;
  /** Extra classes for the frame. */
  className?: string;
  children(control: ControlProps): ReactNode;
};

export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {hint ? (
        <small id={hintId} className="field-hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = Omit<FieldProps, 'children'> & {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'password' | 'number' | 'search';
  autoComplete?: string;
  /** Fields are required unless said otherwise. */
  optional?: boolean;
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  autoFocus?: boolean;
  disabled?: boolean;
};

export function TextField({ value, onChange, type, optional, multiline, ...props }: TextFieldProps) {
  const control = {
    value,
    required: !optional,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
    autoFocus: props.autoFocus,
    disabled: props.disabled,
  };
  return (
    <Field
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      className={props.className}
    >
      {(a11y) =>
        multiline ? (
          <textarea {...a11y} {...control} rows={3} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            {...a11y}
            {...control}
            type={type ?? 'text'}
            autoComplete={props.autoComplete}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}

type SelectFieldProps<T extends string> = Omit<FieldProps, 'children'> & {
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  disabled?: boolean;
};

export function SelectField<T extends string>({ value, options, onChange, ...props }: SelectFieldProps<T>) {
  return (
    <Field
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      className={props.className}
    >
      {(a11y) => (
        <select
          {...a11y}
          value={value}
          disabled={props.disabled}
          onChange={(event) => onChange(event.target.value as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
