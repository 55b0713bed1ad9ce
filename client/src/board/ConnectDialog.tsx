// Connecting by keyboard ("V"): choose the step to connect to from a list, filtered by what one types.
import { useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Modal } from '../shared/Modal.tsx';
import { kindName, spokenLabel } from './a11y-names.ts';
import { readingOrder } from './navigation.ts';
import { useBoard, useBoardState } from './store/context.tsx';

type Props = {
  /** The step the connection starts at. */
  source: string;
  /** Called with the new connection, to put the focus on it. */
  onConnected(id: string): void;
};

export function ConnectDialog({ source, onConnected }: Props) {
  const { t } = useTranslation();
  const { store, actions } = useBoard();
  const nodes = useBoardState((s) => s.nodes);
  const edges = useBoardState((s) => s.edges);
  const lanes = useBoardState((s) => s.lanes);
  const headingId = useId();
  const listId = useId();
  const [filter, setFilter] = useState('');
  const filterRef = useRef<HTMLInputElement>(null);
  // The search field, not the heading the dialog would focus: one types the target's name straight away.
  useLayoutEffect(() => filterRef.current?.focus(), []);

  const { options, preferred } = useMemo(() => {
    const order = readingOrder({ nodes, edges, lanes }).filter((id) => nodes[id]);
    const laneLabel = new Map(lanes.map((lane) => [lane.id as string, lane.label]));
    const options = order
      .filter((id) => id !== source)
      .map((id) => {
        const node = nodes[id]!;
        const lane = node.laneId ? laneLabel.get(node.laneId) : undefined;
        return {
          id,
          text: t('connectDialog.option', {
            label: spokenLabel(t, node.label),
            kind: kindName(t, node.kind),
            lane: lane === undefined ? '' : t('connectDialog.inLane', { lane: spokenLabel(t, lane) }),
          }),
        };
      });
    // The step after the source in reading order is the likeliest target.
    return { options, preferred: order[order.indexOf(source) + 1] };
  }, [nodes, edges, lanes, source, t]);

  const [chosen, setChosen] = useState<string | undefined>(preferred);
  const needle = filter.trim().toLocaleLowerCase('de');
  const shown = needle
    ? options.filter((option) => option.text.toLocaleLowerCase('de').includes(needle))
    : options;
  const target = shown.some((option) => option.id === chosen) ? chosen : shown[0]?.id;

  const close = () => store.setState({ connecting: null });
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!target) return;
    const id = actions.connect(source, target);
    close();
    if (id) onConnected(id);
  };
  // ↑ and ↓ in the search field move through the list without leaving the field.
  const moveChoice = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = shown.findIndex((option) => option.id === target);
    const next = shown[Math.min(Math.max(index + (event.key === 'ArrowDown' ? 1 : -1), 0), shown.length - 1)];
    if (next) setChosen(next.id);
  };

  return createPortal(
    <Modal labelledBy={headingId} onClose={close} onSubmit={submit} className="connect-dialog">
      <h2 id={headingId}>{t('connectDialog.title', { label: spokenLabel(t, nodes[source]?.label) })}</h2>
      <div className="field">
        <label htmlFor={`${listId}-filter`}>{t('connectDialog.filter')}</label>
        <input
          id={`${listId}-filter`}
          ref={filterRef}
          type="search"
          value={filter}
          aria-controls={listId}
          autoComplete="off"
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={moveChoice}
        />
      </div>
      <div className="field">
        <label htmlFor={listId}>{t('connectDialog.target')}</label>
        <select
          id={listId}
          size={Math.min(8, Math.max(shown.length, 2))}
          value={target ?? ''}
          onChange={(event) => setChosen(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit();
          }}
          data-testid="connect-target"
        >
          {shown.map((option) => (
            <option key={option.id} value={option.id}>
              {option.text}
            </option>
          ))}
        </select>
        {shown.length === 0 ? <p className="muted">{t('connectDialog.none')}</p> : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={!target}>
          {t('connectDialog.submit')}
        </button>
        <button type="button" className="button" onClick={close}>
          {t('connectDialog.cancel')}
        </button>
      </div>
    </Modal>,
    document.body,
  );
}
