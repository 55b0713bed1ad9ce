// The audit log of member administration, newest first, as sentences (who did what, when), older pages on request.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../shared/problem-message.ts';
import type { AuditEntry } from './api.ts';
import { dateTime } from './dates.ts';
import { useAudit } from './use-member-admin.ts';

const KNOWN = new Set([
  'member.invited',
  'member.invite-revoked',
  'member.joined',
  'member.role-changed',
  'member.removed',
  'member.password-reset-issued',
  'token.revoked',
  'workshop-link.revoked',
  'person.exported',
  'person.erased',
  'version.published',
]);

function roleName(t: TFunction, value: unknown): string {
  return typeof value === 'string' ? t(`roles.${value}`, { defaultValue: value }) : '';
}

export function auditSentence(t: TFunction, entry: AuditEntry): string {
  const actor =
    entry.actorId === null ? t('members.audit.operator') : entry.actorName || t('members.audit.someone');
  const values = {
    actor,
    target: entry.targetName || entry.targetLabel,
    action: entry.action,
    role: roleName(t, entry.detail.role),
    from: roleName(t, entry.detail.from),
    to: roleName(t, entry.detail.to),
    version: entry.detail.version ?? '',
    shared:
      [
        entry.detail.discussion === true ? t('members.audit.sharedDiscussion') : '',
        entry.detail.names === 'full' ? t('members.audit.sharedNames') : '',
        entry.detail.hourlyRates === true ? t('members.audit.sharedRates') : '',
      ]
        .filter(Boolean)
        .join(', ') || t('members.audit.sharedNothing'),
  };
  return t(`members.audit.actions.${KNOWN.has(entry.action) ? entry.action : 'other'}`, values);
}

export function AuditLog({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const audit = useAudit(orgId);
  const entries = audit.data?.pages.flat() ?? [];
  return (
    <section className="card admin-section" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('members.audit.title')}</h2>
      <p className="card-lead">{t('members.audit.lead')}</p>
      {audit.isError ? (
        <p className="field-error" role="alert">
          {problemMessage(t, audit.error, 'members')}
        </p>
      ) : null}
      {audit.data && entries.length === 0 ? <p className="muted">{t('members.audit.none')}</p> : null}
      {entries.length > 0 ? (
        <ol className="admin-audit" data-testid="audit-log">
          {entries.map((entry) => (
            <li key={entry.seq} data-action={entry.action}>
              <time dateTime={entry.at}>{dateTime(entry.at, i18n.language)}</time>
              <span>{auditSentence(t, entry)}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {audit.hasNextPage ? (
        <button
          type="button"
          className="button"
          disabled={audit.isFetchingNextPage}
          onClick={() => void audit.fetchNextPage()}
        >
          {t('members.audit.more')}
        </button>
      ) : null}
    </section>
  );
}
