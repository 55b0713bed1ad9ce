// The "Aufräumen" button of the editor's top bar: automatic layout of the whole map as one undoable change.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import { useBoard, useBoardState } from '../board/store/context.tsx';
import { useSessionStatus } from '../sync/process-context.tsx';
import { tidyUp } from './tidy.ts';

export function TidyButton() {
  const { t } = useTranslation();
  const board = useBoard();
  const flow = useReactFlow();
  const readOnly = useBoardState((s) => s.access.readOnly);
  const ready = useSessionStatus((s) => s.map.ready);
  const disabled = readOnly || !ready;
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      // The map may now lie elsewhere or be larger: show all of it, as on opening (once React Flow has the positions).
      if (await tidyUp(board)) {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await flow.fitView({ padding: 0.15, duration: 200 });
      }
    } catch (error) {
      console.warn('Tidying up the map failed', error);
      board.store.setState({ notice: 'interchange.tidy.failed' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="icon-button tidy-button"
      disabled={disabled || busy}
      aria-label={t('interchange.tidy.button')}
      title={t('interchange.tidy.hint')}
      aria-busy={busy}
      onClick={() => void run()}
    >
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
        <rect x="2" y="3" width="6" height="4" rx="1" fill="currentColor" />
        <rect x="12" y="3" width="6" height="4" rx="1" fill="currentColor" />
        <rect x="7" y="13" width="6" height="4" rx="1" fill="currentColor" />
        <path d="M5 7v3h10V7M10 10v3" fill="none" stroke="currentColor" strokeWidth="1.4" />
      </svg>
    </button>
  );
}
