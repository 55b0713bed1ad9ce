// First run: the one-time setup link creates the first municipality and its administrator.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { completeSetup, setupNeeded } from './api.ts';
import { problemMessage } from '../shared/problem-message.ts';
import { AuthPageFrame } from '../shared/AuthPageFrame.tsx';
import { TextField } from '../shared/fields.tsx';
import { FormError } from '../shared/FormError.tsx';

const MIN_PASSWORD = 10;

export function SetupPage() {
  const { t } = useTranslation();
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const [needed, setNeeded] = useState<boolean | null>(null);
  const [form, setForm] = useState({ orgName: '', name: '', email: '', password: '', repeat: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    setupNeeded().then(
      (answer) => setNeeded(answer.needed),
      () => setNeeded(true),
    );
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.password.length < MIN_PASSWORD) return setError(t('setup.errors.weak-password'));
    if (form.password !== form.repeat) return setError(t('setup.errors.mismatch'));
    setBusy(true);
    setError(null);
    try {
      await completeSetup({
        token,
        orgName: form.orgName,
        name: form.name,
        email: form.email,
        password: form.password,
      });
      window.location.assign('/');
    } catch (failure) {
      setError(problemMessage(t, failure, 'setup'));
      setBusy(false);
    }
  };

  if (needed === false) {
    return (
      <AuthPageFrame>
        <section className="card" aria-labelledby="setup-title">
          <h1 id="setup-title" className="card-title">
            {t('setup.doneTitle')}
          </h1>
          <p>{t('setup.done')}</p>
          <a className="button primary" href="/login">
            {t('setup.toLogin')}
          </a>
        </section>
      </AuthPageFrame>
    );
  }

  return (
    <AuthPageFrame>
      <form className="card" onSubmit={submit} aria-labelledby="setup-title" aria-busy={needed === null}>
        <h1 id="setup-title" className="card-title">
          {t('setup.title')}
        </h1>
        <p className="card-lead">{t('setup.lead')}</p>
        {!token ? (
          <p className="field-error" role="alert">
            {t('setup.errors.invalid-setup-token')}
          </p>
        ) : null}
        <TextField
          id="setup-org"
          label={t('setup.orgName')}
          hint={t('setup.orgHint')}
          value={form.orgName}
          onChange={set('orgName')}
        />
        <TextField
          id="setup-name"
          label={t('setup.name')}
          value={form.name}
          onChange={set('name')}
          autoComplete="name"
        />
        <TextField
          id="setup-email"
          label={t('setup.email')}
          type="email"
          value={form.email}
          onChange={set('email')}
          autoComplete="username"
        />
        <TextField
          id="setup-password"
          label={t('setup.password')}
          hint={t('setup.passwordHint', { count: MIN_PASSWORD })}
          type="password"
          value={form.password}
          onChange={set('password')}
          autoComplete="new-password"
        />
        <TextField
          id="setup-repeat"
          label={t('setup.repeat')}
          type="password"
          value={form.repeat}
          onChange={set('repeat')}
          autoComplete="new-password"
        />
        <FormError error={error} />
        <button type="submit" className="button primary" disabled={busy || !token}>
          {t('setup.submit')}
        </button>
      </form>
    </AuthPageFrame>
  );
}
