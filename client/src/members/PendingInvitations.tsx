// Invitations not yet accepted, withdrawn or expired, each with a way to withdraw it.
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../shared/problem-message.ts';
import { withdrawInvitation } from './api.ts';
import { dateTime } from './dates.ts';
import { useAdminChange, useInvitations } from './use-member-admin.ts';

export function PendingInvitations({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const invitations = useInvitations(orgId);
  const withdraw = useAdminChange(orgId, (id: string) => withdrawInvitation(orgId, id));
  const now = Date.now();
  const open = (invitations.data ?? []).filter(
    (i) => !i.acceptedAt && !i.revokedAt && new Date(i.expiresAt).getTime() > now,
  );
  return (
    <section className="card admin-section" aria-labelledby="pending-title">
      <h2 id="pending-title">{t('members.pending.title')}</h2>
      {invitations.isError || withdraw.isError ? (
        <p className="field-error" role="alert">
          {problemMessage(t, invitations.error ?? withdraw.error, 'members')}
        </p>
      ) : null}
      {invitations.data && open.length === 0 ? <p className="muted">{t('members.pending.none')}</p> : null}
      {open.length > 0 ? (
        <ul className="admin-list" data-testid="pending-invitations">
          {open.map((invitation) => (
            <li key={invitation.id}>
              <span>
                {t('members.pending.item', {
                  email: invitation.email,
                  role: t(`roles.${invitation.role}`),
                  date: dateTime(invitation.expiresAt, i18n.language),
                })}
              </span>
              <button
                type="button"
                className="button"
                aria-label={t('members.pending.withdrawWho', { email: invitation.email })}
                disabled={withdraw.isPending}
                onClick={() => withdraw.mutate(invitation.id)}
              >
                {t('members.pending.withdraw')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
