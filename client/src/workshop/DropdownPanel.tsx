// A top-bar button that opens a small panel below it (participants, vote result); Escape or × closes it.
import { useRef, useState, type ReactNode } from 'react';

type Props = {
  /** The panel's id (what the button controls). */
  id: string;
  button: ReactNode;
  title: ReactNode;
  label: string;
  closeLabel: string;
  className?: string;
  startOpen?: boolean;
  children: ReactNode;
};

export function DropdownPanel({
  id,
  button,
  title,
  label,
  closeLabel,
  className,
  startOpen,
  children,
}: Props) {
  const [open, setOpen] = useState(startOpen ?? false);
  const trigger = useRef<HTMLButtonElement>(null);
  // Closing from inside the panel would drop keyboard focus onto the page; it goes back to the button.
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  return (
    <div className="participants">
      <button
        ref={trigger}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {button}
      </button>
      {open ? (
        <section
          id={id}
          className={`participants-panel${className ? ` ${className}` : ''}`}
          aria-label={label}
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <div className="workshop-panel-head">
            <h2>{title}</h2>
            <button type="button" className="icon-button" aria-label={closeLabel} onClick={close}>
              ×
            </button>
          </div>
          {children}
        </section>
      ) : null}
    </div>
  );
}
