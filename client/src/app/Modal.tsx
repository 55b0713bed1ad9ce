// A modal dialog over a dimmed page: takes focus and keeps Tab inside, closes on Escape and on a click beside it, and names itself by its heading.
import type { ReactNode } from 'react';
import { closeOnEscape, keepTabInside, useFocusReturn } from './focus.ts';

type Props = {
  /** The id of the dialog's heading. */
  labelledBy: string;
  onClose(): void;
  children: ReactNode;
};

export function Modal({ labelledBy, onClose, children }: Props) {
  const ref = useFocusReturn<HTMLDivElement>();
  const onEscape = closeOnEscape(onClose);
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div
        ref={ref}
        className="card dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          onEscape(event);
          keepTabInside(event);
        }}
      >
        {children}
      </div>
    </div>
  );
}
