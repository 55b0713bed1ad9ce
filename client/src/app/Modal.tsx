// A modal dialog over a dimmed page: closes on Escape and on a click beside it, and names itself by its heading.
import type { ReactNode } from 'react';

type Props = {
  /** The id of the dialog's heading. */
  labelledBy: string;
  onClose(): void;
  children: ReactNode;
};

export function Modal({ labelledBy, onClose, children }: Props) {
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div
        className="card dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        {children}
      </div>
    </div>
  );
}
