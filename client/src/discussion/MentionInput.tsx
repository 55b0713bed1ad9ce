// A comment text box with @mention autocomplete: typing '@' lists people, arrows move, Enter or Tab picks one.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mentionable } from '@prozesswerk/process-model';
import { insertMention, matchPeople, mentionAt } from './mention-query.ts';

type Props = {
  label: string;
  value: string;
  people: readonly Mentionable[];
  onChange(value: string): void;
  /** Ctrl+Enter (or Cmd+Enter) sends, as in most chat and mail programs. */
  onSubmit(): void;
  autoFocus?: boolean;
  placeholder?: string;
};

export function MentionInput({ label, value, people, onChange, onSubmit, autoFocus, placeholder }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const mention = mentionAt(value, caret);
  const matches = mention && mention.start !== dismissedAt ? matchPeople(mention.query, people) : [];
  const open = matches.length > 0;
  const current = Math.min(active, matches.length - 1);
  // Where the caret goes once the chosen name is in the box: before the next key press can land.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = pendingCaret.current;
    if (at === null) return;
    pendingCaret.current = null;
    ref.current?.setSelectionRange(at, at);
  });

  const choose = (person: Mentionable) => {
    if (!mention) return;
    const next = insertMention(value, mention, caret, person.name);
    onChange(next.text);
    setCaret(next.caret);
    setActive(0);
    pendingCaret.current = next.caret;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current + step + matches.length) % matches.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const person = matches[current];
        if (person) choose(person);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissedAt(mention?.start ?? null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <div className="mention-input">
      <textarea
        ref={ref}
        className="discussion-textarea"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        rows={3}
        autoFocus={autoFocus}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          setCaret(event.target.selectionStart);
          setActive(0);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setDismissedAt(mention?.start ?? null)}
        onFocus={() => setDismissedAt(null)}
      />
      {open ? (
        <ul className="mention-list" id={listId} role="listbox" aria-label={t('discussion.mention.list')}>
          {matches.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              className={index === current ? 'is-active' : undefined}
              // Before the box loses focus, so the blur does not close the list under the click.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(person);
              }}
            >
              {person.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
