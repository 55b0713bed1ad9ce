// Inviting a person by email with a role: the one-time link is shown to pass on, and whether it was mailed.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@prozesswerk/protocol';
import { SelectField, TextField } from '../shared/fields.tsx';
import { problemMessage } from '../shared/problem-message.ts';
import { inviteMember, type CreatedInvitation } from './api.ts';
import { CopyLink } from './CopyLink.tsx';
import { useAdminChange } from './use-member-admin.ts';

export function InviteForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const invite = useAdminChange(orgId, (input: { email: string; role: Role }) => inviteMember(orgId, input));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (answer) => {
          setCreated(answer);
          setEmail('');
        },
      },
    );
  };

  return (
    <section className="card admin-section" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('members.invite.title')}</h2>
      <p className="card-lead">{t('members.invite.lead')}</p>
      <form className="admin-invite-form" onSubmit={submit}>
        <TextField
          id="invite-email"
          label={t('members.invite.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          maxLength={320}
          error={invite.isError ? problemMessage(t, invite.error, 'members') : null}
        />
        <SelectField<Role>
          id="invite-role"
          label={t('members.invite.role')}
          value={role}
          options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          onChange={setRole}
        />
        <button type="submit" className="button primary" disabled={invite.isPending || !email.trim()}>
          {t('members.invite.submit')}
        </button>
      </form>
      <div role="status">
        {created ? (
          <div className="admin-created">
            <p>{t('members.invite.created', { email: created.email, role: t(`roles.${created.role}`) })}</p>
            <p>
              {created.mailed
                ? t('members.invite.mailed', { email: created.email })
                : t('members.invite.notMailed', { email: created.email })}
            </p>
          </div>
        ) : null}
      </div>
      {created ? (
        <CopyLink
          id="invite-link"
          label={t('members.invite.link')}
          url={created.url}
          hint={t('members.invite.shownOnce')}
        />
      ) : null}
    </section>
  );
}
