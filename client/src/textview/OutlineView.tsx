// The outline itself: per lane a heading and a numbered list of steps with kind, attributes, where they lead and
// open comments; used read-only (a frozen version) and editable (the live map, with a step editor to open).
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ATTR_KEYS, type ProcessNode } from '@prozesswerk/process-model';
import { kindName, spokenLabel } from '../board/a11y-names.ts';
import { fieldName, fieldValue } from '../board/field-values.ts';
import { focusStep, stepElementId } from './focus-step.ts';
import type { OutlineLink, OutlineSection, OutlineStep } from './outline.ts';

type Props = {
  sections: readonly OutlineSection[];
  /** Prefix of the element ids, so two outlines on one page never share one. */
  idPrefix: string;
  /** With an editor: each step's title opens it below the step (a disclosure button). */
  expanded?: string | null;
  onToggle?(nodeId: string): void;
  renderEditor?(step: OutlineStep): ReactNode;
};

export function OutlineView({ sections, idPrefix, expanded = null, onToggle, renderEditor }: Props) {
  const { t } = useTranslation();
  return (
    <div className="outline">
      {sections.map((section) => {
        const laneName = section.lane
          ? t('textView.laneHeading', {
              name: spokenLabel(t, section.lane.label),
              kind: t(`lanes.kind.${section.lane.kind}`),
            })
          : t('textView.noLane');
        const headingId = `${idPrefix}-lane-${section.lane?.id ?? 'none'}`;
        return (
          <section key={section.lane?.id ?? 'none'} className="outline-lane" aria-labelledby={headingId}>
            <h3 id={headingId} className="outline-lane-title">
              {laneName}{' '}
              <span className="muted">· {t('textView.summary', { count: section.steps.length })}</span>
            </h3>
            {section.steps.length === 0 ? (
              <p className="muted">{t('textView.empty')}</p>
            ) : (
              <ol className="outline-steps" aria-label={t('textView.stepsIn', { lane: laneName })}>
                {section.steps.map((step) => (
                  <StepItem
                    key={step.node.id}
                    step={step}
                    idPrefix={idPrefix}
                    open={expanded === step.node.id}
                    onToggle={onToggle}
                    editor={expanded === step.node.id && renderEditor ? renderEditor(step) : null}
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}

type StepProps = {
  step: OutlineStep;
  idPrefix: string;
  open: boolean;
  onToggle: ((nodeId: string) => void) | undefined;
  editor: ReactNode;
};

// Memoised: a map of a thousand steps re-renders only the steps whose data changed.
const StepItem = memo(function StepItem({ step, idPrefix, open, onToggle, editor }: StepProps) {
  const { t, i18n } = useTranslation();
  const { node } = step;
  const title = t('board.a11y.node', { kind: kindName(t, node.kind), label: spokenLabel(t, node.label) });
  const elementId = stepElementId(idPrefix, node.id);
  const panelId = `${elementId}-editor`;
  const facts = stepFacts(t, i18n.language, node);
  if (step.openThreads > 0) facts.push(t('textView.openThreads', { count: step.openThreads }));
  return (
    <li className="outline-step" data-testid="text-step" data-node-id={node.id}>
      <h4 className="outline-step-title">
        {onToggle ? (
          <button
            type="button"
            id={elementId}
            className="outline-step-toggle"
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            onClick={() => onToggle(node.id)}
          >
            {title}
          </button>
        ) : (
          <span id={elementId} tabIndex={-1}>
            {title}
          </span>
        )}
      </h4>
      {facts.length > 0 ? <p className="outline-step-facts">{facts.join(' · ')}</p> : null}
      {node.attrs.description ? <p className="outline-step-description">{node.attrs.description}</p> : null}
      {step.incoming.length > 0 ? (
        <p className="outline-step-from muted">
          {t('textView.from', {
            sources: step.incoming.map((source) => `„${spokenLabel(t, source.label)}“`).join(', '),
          })}
        </p>
      ) : null}
      <ul
        className="outline-step-flow"
        aria-label={t('textView.flowLabel', { label: spokenLabel(t, node.label) })}
      >
        {step.outgoing.map((link) => (
          <li key={link.edge.id}>
            <button type="button" className="link-button" onClick={() => focusStep(idPrefix, link.target.id)}>
              {linkText(t, link)}
            </button>
          </li>
        ))}
        {step.outgoing.length === 0 ? (
          <li className="muted">{t(node.kind === 'end' ? 'textView.endOfFlow' : 'textView.noNext')}</li>
        ) : null}
      </ul>
      {editor ? (
        <div id={panelId} className="outline-step-editor">
          {editor}
        </div>
      ) : null}
    </li>
  );
});

/** "weiter zu „B“", "wenn ja → „B“", "Nachricht an „B“". */
export function linkText(t: TFunction, link: OutlineLink): string {
  const target = spokenLabel(t, link.target.label);
  if (link.edge.kind === 'message') return t('textView.message', { target });
  if (link.edge.kind === 'association') return t('textView.association', { target });
  const condition = link.edge.label?.trim();
  return condition ? t('textView.ifThen', { condition, target }) : t('textView.next', { target });
}

/** An activity's attributes as "Bearbeitungszeit: 7,5 Min." (the description is shown on its own). */
function stepFacts(t: TFunction, language: string, node: ProcessNode): string[] {
  return ATTR_KEYS.filter((key) => key !== 'description' && node.attrs[key] !== undefined).map(
    (key) => `${fieldName(t, `attrs.${key}`)}: ${fieldValue(t, language, `attrs.${key}`, node.attrs[key])}`,
  );
}
