// The workshop links of all the municipality's processes, with their guests; a valid one can be revoked.
import { useTranslation } from 'react-i18next';
import { revokeWorkshopLink, type WorkshopLink } from './api.ts';
import { dateTime } from './dates.ts';
import { RevocableTable } from './RevocableTable.tsx';
import { useAdminChange, useWorkshopLinks } from './use-member-admin.ts';

function stateOf(link: WorkshopLink, now: number): 'active' | 'expired' | 'revoked' {
  if (link.revokedAt) return 'revoked';
  return new Date(link.expiresAt).getTime() <= now || link.uses >= link.maxUses ? 'expired' : 'active';
}

export function WorkshopLinkTable({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const links = useWorkshopLinks(orgId);
  const revoke = useAdminChange(orgId, (id: string) => revokeWorkshopLink(orgId, id));
  const now = Date.now();
  const list = links.data ?? [];
  return (
    <RevocableTable
      headingId="links-title"
      title={t('members.links.title')}
      error={links.error ?? revoke.error}
      none={links.data && list.length === 0 ? t('members.links.none') : null}
      testId="workshop-links"
      columns={[
        t('members.links.process'),
        t('members.links.role'),
        t('members.links.until'),
        t('members.links.uses'),
        t('members.links.guests'),
        t('members.links.state'),
      ]}
      rows={list.map((link) => {
        const state = stateOf(link, now);
        return (
          <tr key={link.id}>
            <th scope="row">{link.processTitle}</th>
            <td>{t(`roles.${link.role}`)}</td>
            <td>{dateTime(link.expiresAt, i18n.language)}</td>
            <td>{t('members.links.usesOf', { uses: link.uses, max: link.maxUses })}</td>
            <td>{link.guests.toLocaleString(i18n.language)}</td>
            <td>{t(`members.links.${state}`)}</td>
            <td>
              {state === 'active' ? (
                <button
                  type="button"
                  className="button"
                  aria-label={t('members.links.revokeFor', { process: link.processTitle })}
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(link.id)}
                >
                  {t('members.links.revoke')}
                </button>
              ) : null}
            </td>
          </tr>
        );
      })}
    />
  );
}
