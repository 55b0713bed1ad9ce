// The rail button of the versions drawer.
import { useTranslation } from 'react-i18next';
import { PanelToggle } from '../board/chrome/PanelToggle.tsx';

export function VersionsButton({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  return (
    <PanelToggle open={open} onToggle={onToggle} controls="editor-versions">
      {t('versions.open')}
    </PanelToggle>
  );
}
