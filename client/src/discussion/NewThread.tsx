// Starting a thread: on the selected node or edge, or else on the spot in the middle of the current view.
import { useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { createThread, parseMentions, type ThreadAnchor } from '@prozesswerk/process-model';
import { useBoard } from '../board/store/context.tsx';
import { useAnchorLabel, useCurrentAnchorMap } from './anchor-label.ts';
import { useDiscussionUiStore } from './context.tsx';
import { MentionInput } from './MentionInput.tsx';
import { openThread, startDraft } from './ui-store.ts';
import { useDiscussionWrite, useMentionable } from './use-discussion-write.ts';

/** The anchor a new thread gets: the one selected element, or the centre of what one sees. */
export function useNewThreadAnchor(): () => ThreadAnchor {
  const { store } = useBoard();
  const flow = useReactFlow();
  return () => {
    const { selectedNodes, selectedEdges } = store.getState();
    const nodes = Object.keys(selectedNodes);
    const edges = Object.keys(selectedEdges);
    if (nodes.length === 1 && edges.length === 0 && nodes[0]) return { type: 'node', id: nodes[0] };
    if (edges.length === 1 && nodes.length === 0 && edges[0]) return { type: 'edge', id: edges[0] };
    const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
    const centre = pane
      ? flow.screenToFlowPosition({ x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 })
      : { x: 0, y: 0 };
    return { type: 'point', x: Math.round(centre.x), y: Math.round(centre.y) };
  };
}

export function NewThreadButton() {
  const { t } = useTranslation();
  const ui = useDiscussionUiStore();
  const { store } = useBoard();
  const anchor = useNewThreadAnchor();
  return (
    <button type="button" className="button primary" onClick={() => startDraft(ui, store, anchor())}>
      {t('discussion.newThread.start')}
    </button>
  );
}

export function NewThreadForm({ anchor }: { anchor: ThreadAnchor }) {
  const { t } = useTranslation();
  const ui = useDiscussionUiStore();
  const { store } = useBoard();
  const writer = useDiscussionWrite();
  const people = useMentionable();
  const label = useAnchorLabel(anchor);
  const currentMap = useCurrentAnchorMap();
  const [text, setText] = useState('');
  const cancel = () => ui.setState({ draft: null });
  const save = () => {
    if (!writer || !text.trim()) return;
    let created: ReturnType<typeof createThread> | undefined;
    const mentions = parseMentions(text, people);
    const map = currentMap();
    writer.run((doc, author) => {
      created = createThread(doc, { anchor, author, text, mentions, map });
    });
    if (created) openThread(ui, store, created);
  };
  if (!writer) return null;
  return (
    <section className="discussion-thread" aria-label={t('discussion.newThread.title')}>
      <h3>{t('discussion.newThread.title')}</h3>
      <p className="discussion-muted">{t('discussion.newThread.about', { anchor: label })}</p>
      {anchor.type === 'point' ? (
        <p className="discussion-muted">{t('discussion.newThread.pointHint')}</p>
      ) : null}
      <div className="discussion-form">
        <MentionInput
          label={t('discussion.newThread.label')}
          placeholder={t('discussion.newThread.placeholder')}
          value={text}
          people={people}
          onChange={setText}
          onSubmit={save}
          autoFocus
        />
        {writer.error ? (
          <p className="field-error" role="alert">
            {t(writer.error)}
          </p>
        ) : null}
        <div className="discussion-actions">
          <button type="button" className="button primary" disabled={!text.trim()} onClick={save}>
            {t('discussion.newThread.save')}
          </button>
          <button type="button" className="button" onClick={cancel}>
            {t('discussion.cancel')}
          </button>
        </div>
      </div>
    </section>
  );
}
