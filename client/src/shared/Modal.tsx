// A modal dialog over a dimmed page: takes focus and keeps Tab inside, closes on Escape and on a click beside it, and names itself by its heading.
import type { FormEvent, ReactNode } from 'react';
import { closeOnEscape, keepTabInside, useFocusReturn } from './focus.ts';

type Props = {
  /** The id of the dialog's heading. */
  labelledBy: string;
  onClose(): void;
  /** Makes the dialog a form. A click beside a form does not close it: what was typed would be lost. */
  onSubmit?: (event: FormEvent) => void;
  /** Extra classes, e.g. for the dialog's own inner layout. */
  className?: string;
  children: ReactNode;
};

export function Modal({ labelledBy, onClose, onSubmit, className, children }: Props) {
  const ref = useFocusReturn<HTMLDivElement & HTMLFormElement>();
  const onEscape = closeOnEscape(onClose);
  const Element = onSubmit ? 'form' : 'div';
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onSubmit ? undefined : onClose}>
      <Element
        ref={ref}
        className={`card dialog${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        onSubmit={onSubmit}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          onEscape(event);
          keepTabInside(event);
        }}
      >
        {children}
      </Element>
    </div>
  );
}
