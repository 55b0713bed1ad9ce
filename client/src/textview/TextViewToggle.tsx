// The switch between the map and its text view, in the editor's top bar (an icon, to keep the bar narrow).
import { useTranslation } from 'react-i18next';
import { canvasEntry } from '../board/canvas-focus.ts';
import { useBoard, useBoardState } from '../board/store/context.tsx';

export const TEXT_VIEW_ID = 'text';
const FRAMES = 30;

export function TextViewToggle() {
  const { t } = useTranslation();
  const { store } = useBoard();
  const on = useBoardState((s) => s.mapView === TEXT_VIEW_ID);
  const toggle = () => {
    store.setState({ mapView: on ? null : TEXT_VIEW_ID });
    if (!on) return;
    // Back on the map, the focus goes to the canvas (once it is drawn), not to the page.
    let frames = 0;
    const focusCanvas = () => {
      const entry = canvasEntry();
      if (entry) entry.focus();
      else if (++frames < FRAMES) requestAnimationFrame(focusCanvas);
    };
    requestAnimationFrame(focusCanvas);
  };
  return (
    <button
      type="button"
      className={`icon-button text-view-toggle${on ? ' is-active' : ''}`}
      aria-pressed={on}
      aria-label={t('textView.show')}
      title={`${t('textView.show')}: ${t('textView.showHint')}`}
      onClick={toggle}
      data-testid="text-view-toggle"
    >
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
        <path
          d="M2 4h2M7 4h9M2 9h2M7 9h9M2 14h2M7 14h9"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          fill="none"
        />
      </svg>
    </button>
  );
}
