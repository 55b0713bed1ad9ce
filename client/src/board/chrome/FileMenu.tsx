// The editor's "Datei" menu in the top bar: import, export and other whole-map actions, contributed by features.
import { Fragment, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlots } from '../slots-context.tsx';
import type { FileMenuItem, FileMenuSection } from '../slots.ts';
import './chrome.css';

/*
 * Each feature's `fileMenu` hook adds a section, e.g. { items: [{ id: 'export-png', label, onSelect }],
 * element }. Sections appear in the order the features are listed, separated by a divider; `element`
 * is rendered even while the menu is closed, so a dialog opened from an entry stays open.
 */
export function FileMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // The features are fixed while the editor is open, so the same hooks run in the same order every render.
  const sections: FileMenuSection[] = useSlots().fileMenu.map((source) => source());

  useEffect(() => {
    if (!open) return undefined;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  useEffect(() => {
    if (open) root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
  }, [open]);

  const focusButton = () => root.current?.querySelector<HTMLButtonElement>('.file-menu-button')?.focus();

  // Focus goes back to "Datei" first, so a dialog the entry opens returns it there when it closes.
  const choose = (item: FileMenuItem) => {
    setOpen(false);
    focusButton();
    item.onSelect();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      focusButton();
      return;
    }
    const entries = [
      ...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []),
    ];
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    const targets: Record<string, number> = {
      ArrowDown: (at + 1) % entries.length,
      ArrowUp: (at + entries.length - 1) % entries.length,
      Home: 0,
      End: entries.length - 1,
    };
    const next = targets[event.key];
    if (next === undefined) return;
    event.preventDefault();
    entries[next]?.focus();
  };

  // Tab takes focus out of the menu: it closes, as menus do. Onto "Datei" it stays, so that button's click toggles it.
  const onMenuBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="file-menu" ref={root}>
      <button
        type="button"
        className="button file-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('fileMenu.label')}
        onClick={() => setOpen(!open)}
      >
        {t('fileMenu.open')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          className="file-menu-list"
          role="menu"
          aria-label={t('fileMenu.label')}
          onKeyDown={onMenuKey}
          onBlur={onMenuBlur}
        >
          {sections.map((section, index) => (
            <Fragment key={index}>
              {index > 0 && section.items.length > 0 ? <hr className="file-menu-divider" /> : null}
              {section.items.map((item) => (
                <button
                  key={item.id}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="file-menu-item"
                  data-testid={`file-menu-${item.id}`}
                  disabled={item.disabled}
                  onClick={() => choose(item)}
                >
                  {item.label}
                </button>
              ))}
            </Fragment>
          ))}
        </div>
      ) : null}
      {sections.map((section, index) => (
        <Fragment key={index}>{section.element}</Fragment>
      ))}
    </div>
  );
}
