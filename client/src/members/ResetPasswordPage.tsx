// /reset-password/{token}: a person sets a new password with the one-time link an admin issued.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { AuthPageFrame } from '../shared/AuthPageFrame.tsx';
import { ProblemError } from '../shared/http.ts';
import { problemMessage } from '../shared/problem-message.ts';
import { previewReset, setNewPassword } from './api.ts';
import { passwordProblem, PasswordFields } from './PasswordFields.tsx';

export function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const preview = useQuery({ queryKey: ['password-reset', token], queryFn: () => previewReset(token) });
  const save = useMutation({ mutationFn: (password: string) => setNewPassword(token, password) });
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = passwordProblem(password, repeat);
    setProblem(wrong);
    if (!wrong) save.mutate(password);
  };
  const failure = problem ? new ProblemError(400, problem) : (preview.error ?? save.error);
  return (
    <AuthPageFrame>
      <form
        className="card"
        onSubmit={submit}
        aria-labelledby="reset-page-title"
        aria-busy={preview.isPending}
      >
        <h1 id="reset-page-title" className="card-title">
          {t('passwordReset.title')}
        </h1>
        {preview.data && !save.isSuccess ? (
          <p className="card-lead">{t('passwordReset.lead', { email: preview.data.email })}</p>
        ) : null}
        {failure ? (
          <p className="field-error" role="alert">
            {problemMessage(t, failure, 'passwordReset')}
          </p>
        ) : null}
        {save.isSuccess ? (
          <>
            <p role="status">{t('passwordReset.done')}</p>
            <a className="button primary" href="/login">
              {t('passwordReset.toLogin')}
            </a>
          </>
        ) : preview.data ? (
          <>
            <PasswordFields
              scope="passwordReset"
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
            />
            <button type="submit" className="button primary" disabled={save.isPending}>
              {t('passwordReset.submit')}
            </button>
          </>
        ) : null}
      </form>
    </AuthPageFrame>
  );
}
