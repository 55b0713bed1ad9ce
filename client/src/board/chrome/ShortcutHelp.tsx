// The help behind "?" and "Alle Tastenkürzel": every keyboard shortcut of the board, in a dialog.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../shared/Modal.tsx';
import { ShortcutList } from '../inspector/Inspector.tsx';
import { useBoard, useBoardState } from '../store/context.tsx';

export function ShortcutHelp() {
  const { t } = useTranslation();
  const { store } = useBoard();
  const open = useBoardState((s) => s.helpOpen);
  const readOnly = useBoardState((s) => s.access.readOnly);
  const headingId = useId();
  if (!open) return null;
  const close = () => store.setState({ helpOpen: false });
  return (
    <Modal labelledBy={headingId} onClose={close} className="shortcut-help">
      <h2 id={headingId}>{t('shortcuts.helpTitle')}</h2>
      <ShortcutList readOnly={readOnly} heading={false} />
      <div className="button-row">
        <button type="button" className="button primary" onClick={close}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Modal>
  );
}
