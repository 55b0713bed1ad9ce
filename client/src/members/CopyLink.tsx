// A one-time link shown once: a read-only field to select, and a button that copies it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyLink({
  id,
  label,
  url,
  hint,
}: {
  id: string;
  label: string;
  url: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch (error) {
      // Clipboard access can be denied (insecure origin); the link stays selectable in the field.
      console.warn('Could not copy the link', error);
      setCopied(false);
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="invite-link-row">
        <input
          id={id}
          readOnly
          value={url}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={copy}>
          {copied ? t('members.copied') : t('members.copy')}
        </button>
      </div>
      {hint ? (
        <small id={`${id}-hint`} className="field-hint">
          {hint}
        </small>
      ) : null}
    </div>
  );
}
