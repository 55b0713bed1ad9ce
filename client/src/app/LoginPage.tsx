// A minimal sign-in form (email and password); afterwards it returns to the page that asked for it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthPageFrame } from '../shared/AuthPageFrame.tsx';
import { safeNextPath } from '../auth/safe-next.ts';
import { ProblemError } from '../shared/http.ts';
import { TextField } from '../shared/fields.tsx';
import { FormError } from '../shared/FormError.tsx';
import { useSubmit } from '../shared/use-submit.ts';
import { login } from './api.ts';

function nextPath(): string {
  return safeNextPath(new URLSearchParams(window.location.search).get('next'), window.location.origin);
}

function failureMessageKey(failure: unknown): string {
  if (!(failure instanceof ProblemError)) return 'login.failed';
  if (failure.status === 401) return 'login.wrong';
  return failure.status === 429 ? 'login.throttled' : 'login.failed';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, submit } = useSubmit(() => login(email, password), {
    what: 'Sign-in',
    // A full load, so every part of the app starts with the new session.
    onDone: () => window.location.assign(nextPath()),
    message: (failure) => t(failureMessageKey(failure)),
  });

  return (
    <AuthPageFrame>
      <form className="card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title" className="card-title">
          {t('login.title')}
        </h1>
        <TextField
          id="login-email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
        />
        <TextField
          id="login-password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <FormError error={error} />
        <button type="submit" className="button primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </AuthPageFrame>
  );
}
