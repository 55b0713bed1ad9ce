// The rail button of the metrics drawer.
import { useTranslation } from 'react-i18next';
import { PanelToggle } from '../board/chrome/PanelToggle.tsx';

export function MetricsButton({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  return (
    <PanelToggle open={open} onToggle={onToggle} controls="editor-metrics">
      {t('analysis.open')}
    </PanelToggle>
  );
}
