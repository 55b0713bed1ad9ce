// Joining a workshop by invite link: see what the link opens, then join as oneself (signed in) or as a guest by name.
import { useEffect, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { loadIdentity, saveIdentity } from '../shared/identity.ts';
import { fetchSession, type SessionInfo } from '../shared/session-api.ts';
import { joinInvite, joinInviteAsSelf, previewInvite, type InvitePreview } from './api.ts';
import { problemMessage } from '../shared/problem-message.ts';
import { AuthPageFrame } from '../shared/AuthPageFrame.tsx';
import { TextField } from '../shared/fields.tsx';
import { JoinChoice, type JoinAs } from './JoinChoice.tsx';

export function JoinPage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Someone who joined before from this browser finds their name and municipality filled in.
  const [name, setName] = useState(() => loadIdentity()?.name ?? '');
  const [municipality, setMunicipality] = useState(() => loadIdentity()?.municipality ?? '');
  const [busy, setBusy] = useState(false);
  // A signed-in member is asked how to join; a member joins as themselves unless they choose otherwise.
  const [account, setAccount] = useState<SessionInfo | null>(null);
  const [joinAs, setJoinAs] = useState<JoinAs>('self');
  const asGuest = !account || joinAs === 'guest';

  useEffect(() => {
    previewInvite(token).then(setPreview, (failure: unknown) => setError(problemMessage(t, failure, 'join')));
  }, [token, t]);
  useEffect(() => {
    fetchSession(queryClient).then(
      (session) => setAccount(session?.account ? session : null),
      (failure: unknown) =>
        console.warn('Could not tell whether someone is signed in; offering to join as a guest', failure),
    );
  }, [queryClient]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (!asGuest) {
        const joined = await joinInviteAsSelf(token);
        return window.location.assign(`/p/${joined.processId}`);
      }
      const joined = await joinInvite(token, name.trim());
      // The server knows guests by name only; the municipality is shown to the others from this browser.
      saveIdentity(name, municipality);
      window.location.assign(`/p/${joined.processId}`);
    } catch (failure) {
      setError(problemMessage(t, failure, 'join'));
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
        {preview && account ? <JoinChoice account={account} value={joinAs} onChange={setJoinAs} /> : null}
        {preview && asGuest ? (
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
          </>
        ) : null}
        {preview ? (
          <button type="submit" className="button primary" disabled={busy || (asGuest && !name.trim())}>
            {t('join.submit')}
          </button>
        ) : null}
      </form>
    </AuthPageFrame>
  );
}
