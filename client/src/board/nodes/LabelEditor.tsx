// In-place label editing: Enter saves, Shift+Enter adds a line, Escape cancels, leaving the field saves.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LABEL_LENGTH } from '@prozesswerk/process-model';

type Props = { value: string; onCommit(value: string): void; onDone(): void; className?: string };

export function LabelEditor({ value, onCommit, onDone, className }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const ref = useRef<HTMLTextAreaElement>(null);
  const finished = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (save: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (save && text !== value) onCommit(text);
    onDone();
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
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      }}
    />
  );
}
