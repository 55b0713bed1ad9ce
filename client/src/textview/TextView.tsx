// The map as text in the editor: the live document as an outline to read and edit, with others' changes announced.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Discussion } from '@prozesswerk/process-model';
import { useBoard, useBoardState } from '../board/store/context.tsx';
import { UndoButtons } from '../board/chrome/UndoButtons.tsx';
import { useDocState, useProcess } from '../sync/process-context.tsx';
import { focusStep } from './focus-step.ts';
import { NewStepForm } from './NewStepForm.tsx';
import { buildOutline, type OutlineStep } from './outline.ts';
import { OutlineView } from './OutlineView.tsx';
import { StepEditor } from './StepEditor.tsx';
import { useRemoteAnnouncements } from './use-remote-announcements.ts';
import './textview.css';

const ID_PREFIX = 'text-view';

/** Open threads per node: what the text view counts beside each step. */
export function openThreadsByNode(discussion: Pick<Discussion, 'threads'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of discussion.threads) {
    if (thread.status !== 'open' || thread.anchor.type !== 'node') continue;
    counts.set(thread.anchor.id, (counts.get(thread.anchor.id) ?? 0) + 1);
  }
  return counts;
}

export function TextView() {
  const { t } = useTranslation();
  const { title } = useProcess();
  const board = useBoard();
  const nodes = useBoardState((s) => s.nodes);
  const edges = useBoardState((s) => s.edges);
  const lanes = useBoardState((s) => s.lanes);
  const readOnly = useBoardState((s) => s.access.readOnly);
  const discussion = useDocState('discussion');
  const openThreads = useMemo(() => openThreadsByNode(discussion), [discussion]);
  const sections = useMemo(
    () => buildOutline({ nodes: Object.values(nodes), edges: Object.values(edges), lanes }, openThreads),
    [nodes, edges, lanes, openThreads],
  );
  const others = useRemoteAnnouncements();
  const [said, say] = useState('');
  const [expanded, setExpanded] = useState<string | null>(null);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // Switching to the text view puts the focus on its heading, so its name and summary are read first.
  useEffect(() => heading.current?.focus(), []);

  const toggle = useCallback((id: string) => setExpanded((open) => (open === id ? null : id)), []);
  const close = useCallback(() => setExpanded(null), []);
  const renderEditor = useCallback(
    (step: OutlineStep) => (
      <StepEditor step={step} sections={sections} idPrefix={ID_PREFIX} say={say} onClose={close} />
    ),
    [sections, close],
  );
  const stepCount = Object.keys(nodes).length;

  return (
    <section className="text-view" aria-labelledby={headingId} data-testid="text-view">
      <header className="text-view-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('textView.title', { title: title || t('editor.untitled') })}
        </h2>
        <p className="muted">
          {t('textView.summary', { count: stepCount })} {t('textView.lanes', { count: lanes.length })}
          {readOnly ? ` · ${t('textView.readOnly')}` : ''}
        </p>
        {readOnly ? null : <UndoButtons disabled={false} />}
      </header>
      {readOnly ? null : (
        <NewStepForm
          onAdded={(id, label) => {
            say(t('textView.live.added', { label }));
            focusStep(ID_PREFIX, id);
          }}
        />
      )}
      <div className="visually-hidden" role="status">
        {said}
      </div>
      <div className="visually-hidden" role="status" data-testid="text-view-others">
        {others}
      </div>
      <OutlineView
        sections={sections}
        idPrefix={ID_PREFIX}
        expanded={expanded}
        onToggle={board.store.getState().access.readOnly ? undefined : toggle}
        renderEditor={renderEditor}
      />
    </section>
  );
}
