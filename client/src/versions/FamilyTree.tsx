// The family tree of a process across municipalities as a nested list: origin, every variant, what each is based on
// and how far it has moved; links to its variants in the library and to comparing how the municipalities work.
import { useTranslation } from 'react-i18next';
import type { FamilyMember } from '@prozesswerk/contract';
import { navigate } from '../shared/router.ts';

type Props = { processId: string; family: readonly FamilyMember[] };

function memberPath(member: FamilyMember): string {
  if (member.role || member.publishedVersion === null) return `/p/${member.id}`;
  return `/p/${member.id}/v/${member.publishedVersion}`;
}

function Link({ path, children }: { path: string; children: string }) {
  return (
    <a
      href={path}
      onClick={(event) => {
        event.preventDefault();
        navigate(path);
      }}
    >
      {children}
    </a>
  );
}

export function FamilyTree({ processId, family }: Props) {
  const { t, i18n } = useTranslation();
  const root = family[0];
  if (!root || family.length < 2) return null;
  const percent = (share: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);

  const describe = (member: FamilyMember): string => {
    const parts = [member.orgName || t('lineage.family.noOrg')];
    if (member.basedOn !== null) parts.push(t('lineage.family.basedOn', { n: member.basedOn }));
    if (member.divergence !== null)
      parts.push(t('lineage.family.divergence', { share: percent(member.divergence) }));
    if (member.behind) parts.push(t('lineage.family.behind'));
    if (member.publishedVersion !== null)
      parts.push(t('lineage.family.published', { n: member.publishedVersion }));
    if (member.withdrawnAt) parts.push(t('lineage.family.withdrawn'));
    return parts.join(' · ');
  };
  const branch = (parentId: string): FamilyMember[] => family.filter((m) => m.parentId === parentId);
  const item = (member: FamilyMember) => {
    const children = branch(member.id);
    const current = member.id === processId;
    return (
      <li key={member.id} aria-current={current ? 'true' : undefined} data-testid="family-member">
        {current ? <strong>{member.title}</strong> : <Link path={memberPath(member)}>{member.title}</Link>}
        {current ? <span className="visually-hidden"> ({t('lineage.family.current')})</span> : null}
        <span className="muted"> – {describe(member)}</span>
        {member.hiddenVariants > 0 ? (
          <span className="muted"> · {t('lineage.hidden', { count: member.hiddenVariants })}</span>
        ) : null}
        {children.length > 0 ? <ul>{children.map(item)}</ul> : null}
      </li>
    );
  };
  return (
    <div className="family-tree" data-testid="family-tree">
      <h3>{t('lineage.family.title')}</h3>
      <ul>{item(root)}</ul>
      <p>
        <Link path={`/?variantsOf=${encodeURIComponent(root.id)}`}>{t('lineage.family.allVariants')}</Link>
        {' · '}
        <Link path={`/compare-municipalities?family=${encodeURIComponent(root.id)}`}>
          {t('lineage.family.compare')}
        </Link>
      </p>
    </div>
  );
}
