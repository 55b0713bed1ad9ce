// The question a signed-in member gets on a workshop link: join as oneself (account and municipality) or as a guest.
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../shared/session-api.ts';

export type JoinAs = 'self' | 'guest';

type Props = { account: SessionInfo; value: JoinAs; onChange(value: JoinAs): void };

export function JoinChoice({ account, value, onChange }: Props) {
  const { t } = useTranslation();
  const options: { id: JoinAs; label: string; hint: string }[] = [
    {
      id: 'self',
      label: account.municipality
        ? t('join.asSelf', { name: account.name, municipality: account.municipality })
        : t('join.asSelfNoMunicipality', { name: account.name }),
      hint: t('join.asSelfHint'),
    },
    { id: 'guest', label: t('join.asGuest'), hint: t('join.asGuestHint') },
  ];
  return (
    <fieldset className="join-choice">
      <legend>{t('join.asLegend', { name: account.name })}</legend>
      {options.map((option) => (
        <div key={option.id} className="join-option">
          <input
            type="radio"
            id={`join-as-${option.id}`}
            name="join-as"
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
            aria-describedby={`join-as-${option.id}-hint`}
          />
          <label htmlFor={`join-as-${option.id}`}>{option.label}</label>
          <p id={`join-as-${option.id}-hint`} className="field-hint">
            {option.hint}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
