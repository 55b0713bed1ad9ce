// Access tokens (API) of the municipality's members, never their secrets; a valid one can be revoked.
import { useTranslation } from 'react-i18next';
import { revokeToken } from './api.ts';
import { dateTime } from './dates.ts';
import { RevocableTable } from './RevocableTable.tsx';
import { useAdminChange, useTokens } from './use-member-admin.ts';

export function TokenTable({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const tokens = useTokens(orgId);
  const revoke = useAdminChange(orgId, (id: string) => revokeToken(orgId, id));
  const list = tokens.data ?? [];
  return (
    <RevocableTable
      headingId="tokens-title"
      title={t('members.tokens.title')}
      error={tokens.error ?? revoke.error}
      none={tokens.data && list.length === 0 ? t('members.tokens.none') : null}
      testId="access-tokens"
      columns={[
        t('members.tokens.person'),
        t('members.tokens.label'),
        t('members.tokens.created'),
        t('members.tokens.state'),
      ]}
      rows={list.map((token) => {
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
    />
  );
}
