// A button of the side-panel rail: opens and closes one drawer, and says which one it controls.
import type { ReactNode } from 'react';

type Props = {
  open: boolean;
  onToggle(): void;
  /** The id of the drawer it opens. */
  controls: string;
  testId?: string;
  children: ReactNode;
};

/*
 * A disclosure button (aria-expanded), as screen readers announce "erweitert/reduziert" for a panel
 * that appears; aria-controls only while the drawer exists, since it must name an element on the page.
 */
export function PanelToggle({ open, onToggle, controls, testId, children }: Props) {
  return (
    <button
      type="button"
      className={`button panel-toggle${open ? ' is-active' : ''}`}
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      data-testid={testId}
      onClick={onToggle}
    >
      {children}
    </button>
  );
}
