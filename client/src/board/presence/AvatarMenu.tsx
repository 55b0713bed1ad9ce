// A person's avatar in the top bar as a button: a small popover with their name, municipality and one action.
import { useEffect, useRef, type ReactNode } from 'react';
import { initials } from '../../app/identity.ts';

type Props = {
  /** Unique on the page; names the popover. */
  id: string;
  name: string;
  /** The name as the tooltip and screen readers give it (e.g. "Anna (Sie) · Stadt Kehl"). */
  label: string;
  municipalityLine: string;
  colour: string;
  /** Drawn with a ring, e.g. the person this browser follows. */
  highlighted?: boolean;
  note?: string | undefined;
  actionLabel: string;
  onAction(): void;
  open: boolean;
  onOpenChange(open: boolean): void;
  children?: ReactNode;
};

export function AvatarMenu(props: Props) {
  const { id, name, label, colour, open, onOpenChange } = props;
  const trigger = useRef<HTMLButtonElement>(null);
  const action = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const popoverId = `avatar-menu-${id}`;

  // The parent passes a new callback on every render (peers change with each cursor move); listen once per opening.
  const onOpenChangeRef = useRef(onOpenChange);
  onOpenChangeRef.current = onOpenChange;

  // Keyboard users land on the one thing to do; a click elsewhere closes the popover without moving focus.
  useEffect(() => {
    if (!open) return;
    action.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) onOpenChangeRef.current(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    onOpenChange(false);
    trigger.current?.focus();
  };

  return (
    <div className="peer-menu" ref={root}>
      <button
        ref={trigger}
        type="button"
        className={`avatar-button${props.highlighted ? ' is-followed' : ''}`}
        title={label}
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={() => onOpenChange(!open)}
      >
        <span className="avatar" style={{ background: colour }} aria-hidden="true">
          {initials(name)}
        </span>
        <span className="visually-hidden">{label}</span>
      </button>
      {open ? (
        <div
          id={popoverId}
          className="peer-popover"
          role="dialog"
          aria-labelledby={`${popoverId}-name`}
          data-testid="peer-menu"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            close();
          }}
        >
          <strong id={`${popoverId}-name`} className="peer-popover-name">
            <span className="peer-popover-dot" style={{ background: colour }} aria-hidden="true" />
            {name}
          </strong>
          <span className="peer-popover-org">{props.municipalityLine}</span>
          {props.note ? <span className="peer-popover-note">{props.note}</span> : null}
          <button
            ref={action}
            type="button"
            className="button"
            onClick={() => {
              props.onAction();
              close();
            }}
          >
            {props.actionLabel}
          </button>
          {props.children}
        </div>
      ) : null}
    </div>
  );
}
