// The rail button of the origin's-changes drawer, shown only for a variant, marked when the origin has news.
import { useTranslation } from 'react-i18next';
import { PanelToggle } from '../board/chrome/PanelToggle.tsx';
import { useUpstream } from './context.tsx';

export function UpstreamButton({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  const { report } = useUpstream();
  if (!report) return null;
  return (
    <PanelToggle open={open} onToggle={onToggle} controls="editor-upstream" testId="upstream-toggle">
      {report.updateAvailable ? (
        <>
          {t('upstream.open')} <span className="upstream-dot" aria-label={t('upstream.openNew')} />
        </>
      ) : (
        t('upstream.open')
      )}
    </PanelToggle>
  );
}
