// Access tokens (API) of the municipality's members, never their secrets; a valid one can be revoked.
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../shared/problem-message.ts';
import { revokeToken } from './api.ts';
import { dateTime } from './dates.ts';
import { useAdminChange, useTokens } from './use-member-admin.ts';

export function TokenTable({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const tokens = useTokens(orgId);
  const revoke = useAdminChange(orgId, (id: string) => revokeToken(orgId, id));
  const list = tokens.data ?? [];
  return (
    <section className="card admin-section" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('members.tokens.title')}</h2>
      {tokens.isError || revoke.isError ? (
        <p className="field-error" role="alert">
          {problemMessage(t, tokens.error ?? revoke.error, 'members')}
        </p>
      ) : null}
      {tokens.data && list.length === 0 ? <p className="muted">{t('members.tokens.none')}</p> : null}
      {list.length > 0 ? (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="access-tokens">
            <thead>
              <tr>
                <th scope="col">{t('members.tokens.person')}</th>
                <th scope="col">{t('members.tokens.label')}</th>
                <th scope="col">{t('members.tokens.created')}</th>
                <th scope="col">{t('members.tokens.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('members.list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((token) => {
                const label = token.label || t('members.tokens.unnamed');
                return (
                  <tr key={token.id}>
                    <th scope="row">{token.userName}</th>
                    <td>{label}</td>
                    <td>{dateTime(token.createdAt, i18n.language)}</td>
                    <td>{token.revokedAt ? t('members.tokens.revoked') : t('members.tokens.active')}</td>
                    <td>
                      {token.revokedAt ? null : (
                        <button
                          type="button"
                          className="button"
                          aria-label={t('members.tokens.revokeFor', { label, name: token.userName })}
                          disabled={revoke.isPending}
                          onClick={() => revoke.mutate(token.id)}
                        >
                          {t('members.tokens.revoke')}
                        </button>
                      )}
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
