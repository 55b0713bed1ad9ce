// Keyboard focus for drawers, popovers and dialogs: move it in when they open, keep it in a modal, give it back on close.
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = [
  'a[href]',
  'button:not(:disabled)',
  'input:not(:disabled):not([type="hidden"])',
  'select:not(:disabled)',
  'textarea:not(:disabled)',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** The elements inside `root` that Tab reaches, in order. */
export function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.getClientRects().length > 0,
  );
}

/** Where focus lands in a freshly opened container: its heading (so its name is read first), else its first control. */
function focusStart(root: HTMLElement): void {
  const heading = root.querySelector<HTMLElement>('h1, h2, h3');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
    return;
  }
  (focusablesIn(root)[0] ?? root).focus();
}

/**
 * Call in the component that renders the container, and pass the returned ref to it. On mount
 * focus moves inside (unless a control there took it with autoFocus); on unmount it goes back to
 * the element that had it before, so a keyboard user continues where they opened it. If they
 * have meanwhile moved on to something outside (e.g. another rail button), focus stays there.
 */
export function useFocusReturn<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  // Read while rendering: by the time effects run, an autoFocus control inside has already taken focus.
  const [opener] = useState(() => document.activeElement);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    if (!root.contains(document.activeElement)) focusStart(root);
    return () => {
      const now = document.activeElement;
      const lost = now === null || now === document.body || root.contains(now);
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);
  return ref;
}

/** A keydown handler for a modal: Tab and Shift+Tab cycle through its controls instead of leaving it. */
export function keepTabInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const items = focusablesIn(event.currentTarget);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  const outside = active === null || !event.currentTarget.contains(active);
  // The heading focused on opening is not in the list but sits before the first control.
  const atStart =
    active !== null &&
    (active === first || (first.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_PRECEDING) !== 0);
  if (event.shiftKey && (atStart || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}

/** A keydown handler that closes on Escape, unless a control inside already used the key (e.g. to close a list). */
export function closeOnEscape(onClose: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape in a text field with something written in it must not throw the text away with the panel.
    if (holdsUnsavedText(event.target)) return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
}

function holdsUnsavedText(target: EventTarget): boolean {
  return (
    (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) &&
    target.value.trim() !== ''
  );
}
