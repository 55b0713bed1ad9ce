// Confirming the removal of a member; the server's refusal (e.g. the last admin) stays in the dialog with its reason.
import { useTranslation } from 'react-i18next';
import { Modal } from '../shared/Modal.tsx';
import { problemMessage } from '../shared/problem-message.ts';
import { removeMember, type Member } from './api.ts';
import { useAdminChange } from './use-member-admin.ts';

type Props = { orgId: string; orgName: string; member: Member; onClose(): void; onRemoved(): void };

export function RemoveDialog({ orgId, orgName, member, onClose, onRemoved }: Props) {
  const { t } = useTranslation();
  const remove = useAdminChange(orgId, () => removeMember(orgId, member.userId));
  return (
    <Modal labelledBy="remove-title" onClose={onClose}>
      <h2 id="remove-title" className="card-title">
        {t('members.remove.title', { name: member.name })}
      </h2>
      <p>{t('members.remove.text', { name: member.name, org: orgName })}</p>
      {remove.isError ? (
        <p className="field-error" role="alert">
          {problemMessage(t, remove.error, 'members')}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('members.cancel')}
        </button>
        <button
          type="button"
          className="button danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate(undefined, { onSuccess: onRemoved })}
        >
          {t('members.remove.confirm')}
        </button>
      </div>
    </Modal>
  );
}
