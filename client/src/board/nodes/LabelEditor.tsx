// In-place label editing: Enter saves, Shift+Enter adds a line, Escape cancels, leaving the field saves.
// After Enter or Escape the element being named gets the keyboard focus back (see `onDone`).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LABEL_LENGTH } from '@prozesswerk/process-model';

type Props = {
  value: string;
  onCommit(value: string): void;
  /** `byKey`: finished with Enter or Escape (focus should go back to the element), not by leaving the field. */
  onDone(byKey: boolean): void;
  className?: string;
};

export function LabelEditor({ value, onCommit, onDone, className }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const ref = useRef<HTMLTextAreaElement>(null);
  const finished = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (save: boolean, byKey: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (save && text !== value) onCommit(text);
    onDone(byKey);
  };

  return (
    <textarea
      ref={ref}
      className={`label-editor nodrag nowheel nopan ${className ?? ''}`}
      aria-label={t('board.editLabel')}
      value={text}
      maxLength={MAX_LABEL_LENGTH}
      rows={2}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => finish(true, false)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          finish(true, true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false, true);
        }
      }}
    />
  );
}
