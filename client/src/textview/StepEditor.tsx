// What the canvas does to one step, done in the text view: its fields, connect and disconnect, a step after it, delete.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_NODE_KINDS, type NodeKind } from '@prozesswerk/process-model';
import { kindName, spokenLabel } from '../board/a11y-names.ts';
import { NodeFields } from '../board/inspector/Inspector.tsx';
import { useBoard } from '../board/store/context.tsx';
import { focusStep } from './focus-step.ts';
import { linkText } from './OutlineView.tsx';
import { outlineNeighbour, type OutlineSection, type OutlineStep } from './outline.ts';

type Props = {
  step: OutlineStep;
  sections: readonly OutlineSection[];
  idPrefix: string;
  /** Tells a screen reader what just happened (a polite live region). */
  say(message: string): void;
  /** Closes this editor (after a delete, or to open the new step's). */
  onClose(): void;
};

export function StepEditor({ step, sections, idPrefix, say, onClose }: Props) {
  const { t } = useTranslation();
  const { actions } = useBoard();
  const { node } = step;
  const id = useId();
  const others = sections.flatMap((section) => section.steps).filter((entry) => entry.node.id !== node.id);
  const [target, setTarget] = useState(others[0]?.node.id ?? '');
  const [kind, setKind] = useState<NodeKind>('activity');
  const [label, setLabel] = useState('');

  const connect = (event: FormEvent) => {
    event.preventDefault();
    const chosen = others.find((entry) => entry.node.id === target) ?? others[0];
    if (!chosen || !actions.connect(node.id, chosen.node.id)) return;
    say(t('textView.live.connected', { target: spokenLabel(t, chosen.node.label) }));
  };
  const addAfter = (event: FormEvent) => {
    event.preventDefault();
    const name = label.trim() || t(`kinds.${kind}.default`);
    const added = actions.addStepAfter(node.id, kind, name);
    if (!added) return;
    setLabel('');
    say(t('textView.live.added', { label: name }));
    onClose();
    focusStep(idPrefix, added);
  };
  const remove = () => {
    const next = outlineNeighbour(sections, node.id);
    actions.deleteElement(node.id);
    say(t('textView.live.deleted', { label: spokenLabel(t, node.label) }));
    onClose();
    if (next) focusStep(idPrefix, next);
  };

  return (
    <div
      className="step-editor"
      role="group"
      aria-label={t('textView.editStep', { label: spokenLabel(t, node.label) })}
    >
      <NodeFields id={node.id} />
      <h5 className="panel-subtitle">{t('textView.connections')}</h5>
      {step.outgoing.length > 0 ? (
        <ul className="step-editor-links">
          {step.outgoing.map((link) => (
            <li key={link.edge.id}>
              <span>{linkText(t, link)}</span>{' '}
              <button
                type="button"
                className="button small"
                onClick={() => {
                  actions.disconnect(link.edge.id);
                  say(t('textView.live.disconnected', { target: spokenLabel(t, link.target.label) }));
                }}
              >
                {t('textView.disconnect', { target: spokenLabel(t, link.target.label) })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {others.length > 0 ? (
        <form className="step-editor-row" onSubmit={connect}>
          <label htmlFor={`${id}-target`}>{t('textView.connectTo')}</label>
          <select id={`${id}-target`} value={target} onChange={(event) => setTarget(event.target.value)}>
            {others.map((entry) => (
              <option key={entry.node.id} value={entry.node.id}>
                {`${spokenLabel(t, entry.node.label)} – ${kindName(t, entry.node.kind)}`}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t('textView.connect')}
          </button>
        </form>
      ) : null}
      <form className="step-editor-add" onSubmit={addAfter}>
        <fieldset>
          <legend>{t('textView.addAfter')}</legend>
          <KindSelect id={`${id}-kind`} value={kind} onChange={setKind} />
          <label htmlFor={`${id}-label`}>{t('textView.newLabel')}</label>
          <input id={`${id}-label`} value={label} onChange={(event) => setLabel(event.target.value)} />
          <button type="submit" className="button">
            {t('textView.add')}
          </button>
        </fieldset>
      </form>
      <button type="button" className="button danger" onClick={remove}>
        {t('textView.delete')}
      </button>
    </div>
  );
}

/** The kinds a person adds by hand (the palette's), with their German names. */
export function KindSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: NodeKind;
  onChange(kind: NodeKind): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={id}>{t('textView.kind')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as NodeKind)}>
        {COMMON_NODE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kindName(t, kind)}
          </option>
        ))}
      </select>
    </>
  );
}
