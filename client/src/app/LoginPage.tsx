// A minimal sign-in form (email and password); afterwards it returns to the page that asked for it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthPageFrame } from '../auth/AuthPageFrame.tsx';
import { ApiError, login } from './api.ts';

function nextPath(): string {
  const next = new URLSearchParams(window.location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email, password);
      // A full load, so every part of the app starts with the new session.
      window.location.assign(nextPath());
    } catch (failure) {
      console.warn('Sign-in failed', failure);
      setError(failure instanceof ApiError && failure.status === 401 ? t('login.wrong') : t('login.failed'));
      setBusy(false);
    }
  };

  return (
    <AuthPageFrame>
      <form className="card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title" className="card-title">
          {t('login.title')}
        </h1>
        <div className="field">
          <label htmlFor="login-email">{t('login.email')}</label>
          <input
            id="login-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input
            id="login-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </AuthPageFrame>
  );
}
