// A frozen version as text: the same outline as in the editor, read-only.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessMap } from '@prozesswerk/process-model';
import { buildOutline } from './outline.ts';
import { OutlineView } from './OutlineView.tsx';
import './textview.css';

type Props = { map: ProcessMap; openThreads: ReadonlyMap<string, number> };

export function VersionTextView({ map, openThreads }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const sections = useMemo(() => buildOutline(map, openThreads), [map, openThreads]);
  return (
    <section className="text-view" aria-labelledby={headingId} data-testid="text-view">
      <header className="text-view-header">
        <h2 id={headingId}>{t('textView.titleVersion')}</h2>
        <p className="muted">
          {t('textView.summary', { count: map.nodes.length })}{' '}
          {t('textView.lanes', { count: map.lanes.length })}
        </p>
      </header>
      <OutlineView sections={sections} idPrefix="version-text" />
    </section>
  );
}
