// A person's avatar in the top bar as a button: a small popover with their name, municipality and what one can do.
import { useEffect, useRef, type ReactNode } from 'react';
import { initials } from '../../shared/identity.ts';
import type { PeerMenuEntry } from '../slots.ts';

type Props = {
  /** Unique on the page; names the popover. */
  id: string;
  name: string;
  /** The name as the tooltip and screen readers give it (e.g. "Anna (Sie) · Stadt Kehl"). */
  label: string;
  municipalityLine: string;
  colour: string;
  actions: readonly PeerMenuEntry[];
  open: boolean;
  onOpenChange(open: boolean): void;
  children?: ReactNode;
};

export function AvatarMenu(props: Props) {
  const { id, name, label, colour, actions, open, onOpenChange } = props;
  const trigger = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const popoverId = `avatar-menu-${id}`;

  // The parent passes a new callback on every render (peers change with each cursor move); listen once per opening.
  const onOpenChangeRef = useRef(onOpenChange);
  onOpenChangeRef.current = onOpenChange;

  // Keyboard users land on the first thing to do; a click elsewhere closes the popover without moving focus.
  useEffect(() => {
    if (!open) return;
    (popover.current?.querySelector<HTMLButtonElement>('button') ?? popover.current)?.focus();
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
        className={`avatar-button${actions.some((action) => action.highlighted) ? ' is-followed' : ''}`}
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
          ref={popover}
          id={popoverId}
          className="peer-popover"
          role="dialog"
          tabIndex={-1}
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
          {actions.map((action) =>
            action.note ? (
              <span key={`${action.id}-note`} className="peer-popover-note">
                {action.note}
              </span>
            ) : null,
          )}
          {actions.map((action) => (
            <button
              key={action.id}
              type="button"
              className="button"
              onClick={() => {
                action.onSelect();
                close();
              }}
            >
              {action.label}
            </button>
          ))}
          {props.children}
        </div>
      ) : null}
    </div>
  );
}
