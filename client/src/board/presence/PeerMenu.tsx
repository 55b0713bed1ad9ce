// Another person's avatar in the top bar as a button: a small popover with their name, municipality and follow.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { initials } from '../../app/identity.ts';
import { setFollowing } from '../../workshop/follow.ts';
import type { Peer } from '../store/presence.ts';

type Props = {
  peer: Peer;
  awareness: Awareness;
  /** Whether this browser follows this person right now. */
  followed: boolean;
  open: boolean;
  onOpenChange(open: boolean): void;
};

export function PeerMenu({ peer, awareness, followed, open, onOpenChange }: Props) {
  const { t } = useTranslation();
  const trigger = useRef<HTMLButtonElement>(null);
  const action = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const popoverId = `peer-menu-${peer.clientId}`;
  const where = peer.municipality ? ` · ${peer.municipality}` : '';

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
        className={`avatar-button${followed ? ' is-followed' : ''}`}
        title={peer.name + where}
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={() => onOpenChange(!open)}
      >
        <span className="avatar" style={{ background: peer.colour }} aria-hidden="true">
          {initials(peer.name)}
        </span>
        <span className="visually-hidden">
          {peer.name}
          {where}
        </span>
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
            <span className="peer-popover-dot" style={{ background: peer.colour }} aria-hidden="true" />
            {peer.name}
          </strong>
          <span className="peer-popover-org">{peer.municipality || t('workshop.follow.noMunicipality')}</span>
          {followed ? <span className="peer-popover-note">{t('workshop.follow.following')}</span> : null}
          <button
            ref={action}
            type="button"
            className="button"
            onClick={() => {
              setFollowing(awareness, followed ? null : peer.clientId);
              close();
            }}
          >
            {followed ? t('workshop.follow.unfollow') : t('workshop.follow.start')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
