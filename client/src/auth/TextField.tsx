// A labelled text input with an optional hint, wired for screen readers.
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  /** Fields are required unless said otherwise. */
  optional?: boolean;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        required={!props.optional}
        value={props.value}
        autoComplete={props.autoComplete}
        aria-describedby={hintId}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.hint ? (
        <small id={hintId} className="field-hint">
          {props.hint}
        </small>
      ) : null}
    </div>
  );
}
