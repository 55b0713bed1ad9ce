// /admin/members: a municipality's admins see and manage its members, invitations, workshop links, access tokens
// and the audit log of all of it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { OrgSelect } from '../shared/OrgSelect.tsx';
import { PageHeader } from '../shared/PageHeader.tsx';
import { problemMessage } from '../shared/problem-message.ts';
import { navigate } from '../shared/router.ts';
import { fetchMySession } from './api.ts';
import { AuditLog } from './AuditLog.tsx';
import { InviteForm } from './InviteForm.tsx';
import { MemberTable } from './MemberTable.tsx';
import { PendingInvitations } from './PendingInvitations.tsx';
import { TokenTable } from './TokenTable.tsx';
import { WorkshopLinkTable } from './WorkshopLinkTable.tsx';
import './members.css';

export const MEMBERS_PATH = '/admin/members';

export function MembersPage({ orgId: asked }: { orgId: string | null }) {
  const { t } = useTranslation();
  const session = useQuery({ queryKey: ['session', 'member-admin'], queryFn: fetchMySession });
  const me = session.data?.kind === 'user' ? session.data : undefined;
  const adminOrgs = (me?.orgs ?? []).filter((org) => org.role === 'admin');
  const [chosen, setChosen] = useState<string | null>(asked);
  const org = adminOrgs.find((o) => o.id === chosen) ?? adminOrgs[0];

  useEffect(() => {
    document.title = `${t('members.title')} – Prozesswerk`;
  }, [t]);
  useEffect(() => {
    if (session.isSuccess && !session.data) navigate(`/login?next=${encodeURIComponent(MEMBERS_PATH)}`);
  }, [session.isSuccess, session.data]);

  return (
    <div className="start admin-page">
      <PageHeader />
      <main className="admin-main">
        <section className="hero">
          <h1>{t('members.title')}</h1>
          {org ? <p className="lead">{t('members.lead', { org: org.name })}</p> : null}
          <a
            className="link-button"
            href="/"
            onClick={(event) => {
              event.preventDefault();
              navigate('/');
            }}
          >
            {t('members.back')}
          </a>
        </section>
        {session.isPending ? <p className="muted">{t('members.loading')}</p> : null}
        {session.isError ? (
          <p className="field-error" role="alert">
            {problemMessage(t, session.error, 'members')}
          </p>
        ) : null}
        {session.isSuccess && session.data && !org ? <p role="alert">{t('members.notAdmin')}</p> : null}
        {org ? (
          <>
            <OrgSelect
              id="admin-org"
              label={t('members.org')}
              orgs={adminOrgs}
              value={org.id}
              onChange={setChosen}
            />
            <InviteForm key={`invite-${org.id}`} orgId={org.id} />
            <MemberTable key={`members-${org.id}`} orgId={org.id} orgName={org.name} myUserId={me?.user.id} />
            <PendingInvitations orgId={org.id} />
            <WorkshopLinkTable orgId={org.id} />
            <TokenTable orgId={org.id} />
            <AuditLog orgId={org.id} />
          </>
        ) : null}
      </main>
    </div>
  );
}
