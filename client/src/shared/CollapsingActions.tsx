// Page actions in a header: those that fit stay in the row, the rest move into a "Mehr" menu at its end.
import { Children, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { itemsThatFit } from './items-that-fit.ts';

/*
 * The row takes the room left in the header (it is the header's spacer too) and never more: what does not fit
 * is not cut off but listed in a menu, in the same order. Widths are measured while an item is in the row, so
 * an item moves back as soon as the window grows enough for it.
 */
export function CollapsingActions({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const items = Children.toArray(children);
  const row = useRef<HTMLDivElement>(null);
  const widths = useRef<number[]>([]);
  const [fit, setFit] = useState({ count: items.length, shown: items.length });
  if (fit.count !== items.length) setFit({ count: items.length, shown: items.length });
  const shown = Math.min(fit.shown, items.length);

  useLayoutEffect(() => {
    const element = row.current;
    if (!element) return;
    const measure = () => {
      for (const item of element.querySelectorAll<HTMLElement>(':scope > [data-action]')) {
        widths.current[Number(item.dataset.action)] = item.getBoundingClientRect().width;
      }
      const known = widths.current.slice(0, items.length).map((width) => width ?? Infinity);
      const count = itemsThatFit(known, element.clientWidth);
      setFit((current) =>
        current.count === items.length && current.shown === count
          ? current
          : { count: items.length, shown: count },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [items.length, shown]);

  return (
    <>
      <div className="page-actions" ref={row}>
        {items.slice(0, shown).map((item, index) => (
          <div key={index} className="page-action" data-action={index}>
            {item}
          </div>
        ))}
      </div>
      {shown < items.length ? <MoreMenu label={t('app.moreActions')} items={items.slice(shown)} /> : null}
    </>
  );
}

function MoreMenu({ label, items }: { label: string; items: ReactNode[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  // A click elsewhere closes the menu, as people expect of a menu.
  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    <div
      className="page-actions-more"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          trigger.current?.focus();
        }
      }}
    >
      <button
        ref={trigger}
        type="button"
        className="button"
        title={label}
        aria-expanded={open}
        aria-controls={open ? 'page-actions-more' : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('app.more')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open ? (
        // Choosing an action closes the menu; the action itself then runs as it would in the row.
        <div
          id="page-actions-more"
          className="page-actions-menu"
          role="group"
          aria-label={label}
          onClick={() => setOpen(false)}
        >
          {items}
        </div>
      ) : null}
    </div>
  );
}
