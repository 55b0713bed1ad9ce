// The board's own strips below the top bar: why the map is read-only, and what the last action could not do.
import { useTranslation } from 'react-i18next';
import { useBoard, useBoardState } from '../store/context.tsx';

/** `hidden` while another banner already says why (the workshop lock names who locked the map). */
export function ReadOnlyBanner({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const reason = useBoardState((s) => s.access.reason);
  if (!reason || (hidden && reason === 'map-locked')) return null;
  return (
    <div className="banner" role="status" data-testid="read-only-banner">
      <strong>{t('readOnly.title')}</strong> {t(`readOnly.reason.${reason}`)}
    </div>
  );
}

export function Notice() {
  const { t } = useTranslation();
  const notice = useBoardState((s) => s.notice);
  const { store } = useBoard();
  if (!notice) return null;
  return (
    <div className="banner banner-error" role="alert">
      {t(notice)}{' '}
      <button type="button" className="link-button" onClick={() => store.setState({ notice: null })}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
