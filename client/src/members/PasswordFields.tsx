// A new password typed twice, with the minimum length the server asks for.
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/fields.tsx';

export const MIN_PASSWORD = 10;

type Props = {
  scope: 'invitation' | 'passwordReset';
  password: string;
  repeat: string;
  onPassword(value: string): void;
  onRepeat(value: string): void;
};

export function PasswordFields({ scope, password, repeat, onPassword, onRepeat }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${scope}-password`}
        label={t(`${scope}.password`)}
        hint={t(`${scope}.passwordHint`, { count: MIN_PASSWORD })}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPassword}
      />
      <TextField
        id={`${scope}-repeat`}
        label={t(`${scope}.repeat`)}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={onRepeat}
      />
    </>
  );
}

/** The catalogue code of what is wrong with the two passwords, or null. */
export function passwordProblem(password: string, repeat: string): 'weak-password' | 'mismatch' | null {
  if (password.length < MIN_PASSWORD) return 'weak-password';
  return password === repeat ? null : 'mismatch';
}
