// /invitation/{token}: a person accepts an invitation to a municipality — a new person creates their account,
// someone with an account signs in as the invited email and accepts; nobody joins without doing so themselves.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { AuthPageFrame } from '../shared/AuthPageFrame.tsx';
import { TextField } from '../shared/fields.tsx';
import { ProblemError } from '../shared/http.ts';
import { problemMessage } from '../shared/problem-message.ts';
import { signOut } from '../shared/sign-out.ts';
import { acceptInvitation, previewInvitation, type MemberInvitationPreview } from './api.ts';
import { dateTime } from './dates.ts';
import { passwordProblem, PasswordFields } from './PasswordFields.tsx';

export function InvitationPage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const preview = useQuery({
    queryKey: ['member-invitation', token],
    queryFn: () => previewInvitation(token),
  });
  const accept = useMutation({
    mutationFn: (input: { name?: string; password?: string }) => acceptInvitation(token, input),
  });
  const invitation = preview.data;
  const failure = preview.error ?? accept.error;
  return (
    <AuthPageFrame>
      <div className="card" aria-labelledby="invitation-title" role="region" aria-busy={preview.isPending}>
        <h1 id="invitation-title" className="card-title">
          {invitation ? t('invitation.title', { org: invitation.orgName }) : t('invitation.titleUnknown')}
        </h1>
        {invitation && !accept.isSuccess ? (
          <p className="card-lead">
            {t('invitation.lead', {
              role: t(`roles.${invitation.role}`),
              email: invitation.email,
              date: dateTime(invitation.expiresAt, i18n.language),
            })}
          </p>
        ) : null}
        {failure ? (
          <p className="field-error" role="alert">
            {problemMessage(t, failure, 'invitation')}
          </p>
        ) : null}
        {accept.isSuccess && invitation ? (
          <>
            <p role="status">
              {t('invitation.done', { org: invitation.orgName, role: t(`roles.${accept.data.role}`) })}
            </p>
            {/* A full load, so every part of the app starts with the new membership. */}
            <a className="button primary" href="/">
              {t('invitation.toLibrary')}
            </a>
          </>
        ) : invitation ? (
          <InvitationChoice
            token={token}
            invitation={invitation}
            busy={accept.isPending}
            onAccept={accept.mutate}
          />
        ) : null}
      </div>
    </AuthPageFrame>
  );
}

type ChoiceProps = {
  token: string;
  invitation: MemberInvitationPreview;
  busy: boolean;
  onAccept(input: { name?: string; password?: string }): void;
};

function InvitationChoice({ token, invitation, busy, onAccept }: ChoiceProps) {
  const { t } = useTranslation();
  const here = `/invitation/${encodeURIComponent(token)}`;
  const { email, orgName: org, signedInAs } = invitation;
  if (signedInAs && signedInAs !== email) {
    return (
      <>
        <p>{t('invitation.otherAccount', { signedInAs, email })}</p>
        <button type="button" className="button primary" onClick={() => void signOut(here)}>
          {t('invitation.signOut')}
        </button>
      </>
    );
  }
  if (signedInAs) {
    return (
      <>
        <p>{t('invitation.acceptLead', { email, org })}</p>
        <button type="button" className="button primary" disabled={busy} onClick={() => onAccept({})}>
          {t('invitation.accept')}
        </button>
      </>
    );
  }
  if (invitation.hasAccount) {
    return (
      <>
        <p>{t('invitation.existing', { email })}</p>
        <a className="button primary" href={`/login?next=${encodeURIComponent(here)}`}>
          {t('invitation.signIn')}
        </a>
      </>
    );
  }
  return <NewAccountForm busy={busy} onAccept={onAccept} />;
}

function NewAccountForm({ busy, onAccept }: Pick<ChoiceProps, 'busy' | 'onAccept'>) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = passwordProblem(password, repeat);
    setProblem(wrong);
    if (!wrong) onAccept({ name: name.trim(), password });
  };
  return (
    <form onSubmit={submit} aria-label={t('invitation.newAccount')}>
      <p>{t('invitation.newAccount')}</p>
      <TextField
        id="invitation-name"
        label={t('invitation.name')}
        hint={t('invitation.nameHint')}
        autoComplete="name"
        maxLength={120}
        value={name}
        onChange={setName}
      />
      <PasswordFields
        scope="invitation"
        password={password}
        repeat={repeat}
        onPassword={setPassword}
        onRepeat={setRepeat}
      />
      {problem ? (
        <p className="field-error" role="alert">
          {problemMessage(t, new ProblemError(400, problem), 'invitation')}
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={busy || !name.trim()}>
        {t('invitation.create')}
      </button>
    </form>
  );
}
