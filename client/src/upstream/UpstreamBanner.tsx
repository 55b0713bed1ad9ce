// Tells a variant's editors that its origin published a newer version (or stopped being shared), below the top bar.
import { useTranslation } from 'react-i18next';
import { useBoard } from '../board/store/context.tsx';
import { UPSTREAM_DRAWER, useUpstream } from './context.tsx';

export function UpstreamBanner() {
  const { t } = useTranslation();
  const { report } = useUpstream();
  const { store } = useBoard();
  if (!report) return null;
  const { origin } = report;
  if (origin.withdrawnAt) {
    return (
      <div className="banner upstream-banner is-withdrawn" role="status" data-testid="upstream-withdrawn">
        {t('upstream.withdrawn', { title: origin.title, org: origin.orgName })}
      </div>
    );
  }
  if (!report.updateAvailable) return null;
  return (
    <div className="banner upstream-banner" role="status" data-testid="upstream-banner">
      <strong>{t('upstream.banner', { org: origin.orgName, n: report.newest })}</strong>
      {' – '}
      <button
        type="button"
        className="link-button"
        onClick={() => store.setState({ drawer: UPSTREAM_DRAWER })}
      >
        {t('upstream.review')}
      </button>
    </div>
  );
}
