// The members of a municipality: role (changed in place), last activity, a password-reset link, removal.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@prozesswerk/protocol';
import { problemMessage } from '../shared/problem-message.ts';
import { changeRole, type Member } from './api.ts';
import { dateTime } from './dates.ts';
import { RemoveDialog } from './RemoveDialog.tsx';
import { ResetDialog } from './ResetDialog.tsx';
import { useAdminChange, useMembers } from './use-member-admin.ts';

type Props = { orgId: string; orgName: string; myUserId: string | undefined };

export function MemberTable({ orgId, orgName, myUserId }: Props) {
  const { t, i18n } = useTranslation();
  const members = useMembers(orgId);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [resetting, setResetting] = useState<Member | null>(null);
  const [said, setSaid] = useState('');
  const roleChange = useAdminChange(orgId, (input: { member: Member; role: Role }) =>
    changeRole(orgId, input.member.userId, input.role),
  );

  const onRole = (member: Member, role: Role) => {
    setSaid('');
    roleChange.mutate(
      { member, role },
      {
        onSuccess: () =>
          setSaid(t('members.list.roleChanged', { name: member.name, role: t(`roles.${role}`) })),
      },
    );
  };
  // While a change is on its way the select shows it; afterwards only what the server holds.
  const shownRole = (member: Member): Role =>
    roleChange.isPending && roleChange.variables.member.userId === member.userId
      ? roleChange.variables.role
      : member.role;

  const list = members.data ?? [];
  return (
    <section className="card admin-section" aria-labelledby="members-title">
      <h2 id="members-title">
        {t('members.list.title')}{' '}
        {members.data ? (
          <span className="muted">({t('members.list.count', { count: list.length })})</span>
        ) : null}
      </h2>
      {members.isPending ? <p className="muted">{t('members.loading')}</p> : null}
      {members.isError ? (
        <p className="field-error" role="alert">
          {problemMessage(t, members.error, 'members')}
        </p>
      ) : null}
      <p role="status" className="admin-said">
        {said}
      </p>
      {roleChange.isError ? (
        <p className="field-error" role="alert">
          {problemMessage(t, roleChange.error, 'members')}
        </p>
      ) : null}
      {list.length > 0 ? (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="member-table">
            <thead>
              <tr>
                <th scope="col">{t('members.list.name')}</th>
                <th scope="col">{t('members.list.email')}</th>
                <th scope="col">{t('members.list.role')}</th>
                <th scope="col">{t('members.list.lastActive')}</th>
                <th scope="col">{t('members.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((member) => (
                <tr key={member.userId} data-testid="member-row" data-email={member.email}>
                  <th scope="row">
                    {member.name} {member.userId === myUserId ? t('members.list.you') : null}
                  </th>
                  <td>{member.email}</td>
                  <td>
                    <select
                      aria-label={t('members.list.roleOf', { name: member.name })}
                      value={shownRole(member)}
                      disabled={roleChange.isPending}
                      onChange={(event) => onRole(member, event.target.value as Role)}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {member.lastActiveAt ? dateTime(member.lastActiveAt, i18n.language) : t('members.never')}
                  </td>
                  <td className="admin-actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={t('members.list.resetFor', { name: member.name })}
                      onClick={() => setResetting(member)}
                    >
                      {t('members.list.reset')}
                    </button>
                    <button
                      type="button"
                      className="button danger"
                      aria-label={t('members.list.removeWho', { name: member.name })}
                      onClick={() => setRemoving(member)}
                    >
                      {t('members.list.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {removing ? (
        <RemoveDialog
          orgId={orgId}
          orgName={orgName}
          member={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setSaid(t('members.list.removed', { name: removing.name, org: orgName }));
            setRemoving(null);
          }}
        />
      ) : null}
      {resetting ? <ResetDialog orgId={orgId} member={resetting} onClose={() => setResetting(null)} /> : null}
    </section>
  );
}
