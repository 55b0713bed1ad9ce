// Small coloured labels for a process's status and FIM tier.
import { useTranslation } from 'react-i18next';
import type { FimTier, ProcessStatus } from '../shared/processes-api.ts';

export function StatusBadge({ status }: { status: ProcessStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status-${status}`} data-testid="status-badge">
      {t(`library.statusName.${status}`)}
    </span>
  );
}

export function TierBadge({ tier }: { tier: FimTier | null }) {
  const { t } = useTranslation();
  if (!tier) return null;
  return <span className={`badge tier-${tier}`}>{t(`library.tierName.${tier}`)}</span>;
}
