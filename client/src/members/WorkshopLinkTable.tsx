// The workshop links of all the municipality's processes, with their guests; a valid one can be revoked.
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../shared/problem-message.ts';
import { revokeWorkshopLink, type WorkshopLink } from './api.ts';
import { dateTime } from './dates.ts';
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
    <section className="card admin-section" aria-labelledby="links-title">
      <h2 id="links-title">{t('members.links.title')}</h2>
      {links.isError || revoke.isError ? (
        <p className="field-error" role="alert">
          {problemMessage(t, links.error ?? revoke.error, 'members')}
        </p>
      ) : null}
      {links.data && list.length === 0 ? <p className="muted">{t('members.links.none')}</p> : null}
      {list.length > 0 ? (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="workshop-links">
            <thead>
              <tr>
                <th scope="col">{t('members.links.process')}</th>
                <th scope="col">{t('members.links.role')}</th>
                <th scope="col">{t('members.links.until')}</th>
                <th scope="col">{t('members.links.uses')}</th>
                <th scope="col">{t('members.links.guests')}</th>
                <th scope="col">{t('members.links.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('members.list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((link) => {
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
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
