// Issuing a password-reset link for a member: shown to pass on (and said whether it was mailed), or mailed only.
import { useTranslation } from 'react-i18next';
import { Modal } from '../shared/Modal.tsx';
import { problemMessage } from '../shared/problem-message.ts';
import { issueReset, type Member } from './api.ts';
import { CopyLink } from './CopyLink.tsx';
import { useAdminChange } from './use-member-admin.ts';

export function ResetDialog({ orgId, member, onClose }: { orgId: string; member: Member; onClose(): void }) {
  const { t } = useTranslation();
  const issue = useAdminChange(orgId, () => issueReset(orgId, member.userId));
  const issued = issue.data;
  const names = { name: member.name, email: member.email };
  return (
    <Modal labelledBy="reset-title" onClose={onClose}>
      <h2 id="reset-title" className="card-title">
        {t('members.reset.title', names)}
      </h2>
      <p className="card-lead">{t('members.reset.lead', names)}</p>
      {issue.isError ? (
        <p className="field-error" role="alert">
          {problemMessage(t, issue.error, 'members')}
        </p>
      ) : null}
      <div role="status">
        {issued ? (
          <p>
            {issued.mailed
              ? t('members.reset.mailed', names)
              : issued.url
                ? t('members.reset.notMailed', names)
                : t('members.reset.mailOnly', names)}
          </p>
        ) : null}
      </div>
      {issued?.url ? <CopyLink id="reset-link" label={t('members.reset.link')} url={issued.url} /> : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {issued ? t('members.close') : t('members.cancel')}
        </button>
        {issued ? null : (
          <button
            type="button"
            className="button primary"
            disabled={issue.isPending}
            onClick={() => issue.mutate(undefined)}
          >
            {t('members.reset.issue')}
          </button>
        )}
      </div>
    </Modal>
  );
}
