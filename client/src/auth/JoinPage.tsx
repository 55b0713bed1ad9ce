// Joining a workshop by invite link: see what the link opens, give a name (and municipality), and go straight to the process.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadIdentity, saveIdentity } from '../app/identity.ts';
import { joinInvite, previewInvite, problemKey, type InvitePreview } from './api.ts';
import { AuthPageFrame } from './AuthPageFrame.tsx';
import { TextField } from './TextField.tsx';

export function JoinPage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Someone who joined before from this browser finds their name and municipality filled in.
  const [name, setName] = useState(() => loadIdentity()?.name ?? '');
  const [municipality, setMunicipality] = useState(() => loadIdentity()?.municipality ?? '');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    previewInvite(token).then(setPreview, (failure: unknown) =>
      setError(t(problemKey(failure, 'join'), { defaultValue: t('join.errors.unknown') })),
    );
  }, [token, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const joined = await joinInvite(token, name.trim());
      // The server knows guests by name only; the municipality is shown to the others from this browser.
      saveIdentity(name, municipality);
      window.location.assign(`/p/${joined.processId}`);
    } catch (failure) {
      setError(t(problemKey(failure, 'join'), { defaultValue: t('join.errors.unknown') }));
      setBusy(false);
    }
  };

  const expires = preview ? new Date(preview.expiresAt).toLocaleString(i18n.language) : '';
  return (
    <AuthPageFrame>
      <form className="card" onSubmit={submit} aria-labelledby="join-title" aria-busy={!preview && !error}>
        <h1 id="join-title" className="card-title">
          {preview ? t('join.title', { title: preview.processTitle }) : t('join.titleUnknown')}
        </h1>
        {preview ? (
          <p className="card-lead">
            {t('join.lead', { org: preview.orgName, role: t(`roles.${preview.role}`), expires })}
          </p>
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        {preview ? (
          <>
            <TextField
              id="join-name"
              label={t('join.name')}
              hint={t('join.nameHint')}
              value={name}
              onChange={setName}
              autoComplete="name"
            />
            <TextField
              id="join-municipality"
              label={t('join.municipality')}
              hint={t('join.municipalityHint')}
              value={municipality}
              onChange={setMunicipality}
              autoComplete="organization"
              optional
            />
            <button type="submit" className="button primary" disabled={busy || !name.trim()}>
              {t('join.submit')}
            </button>
          </>
        ) : null}
      </form>
    </AuthPageFrame>
  );
}
