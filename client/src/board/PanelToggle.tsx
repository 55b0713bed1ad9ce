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

export function PanelToggle({ open, onToggle, controls, testId, children }: Props) {
  return (
    <button
      type="button"
      className={`button panel-toggle${open ? ' is-active' : ''}`}
      aria-pressed={open}
      aria-controls={controls}
      data-testid={testId}
      onClick={onToggle}
    >
      {children}
    </button>
  );
}
