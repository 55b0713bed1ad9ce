// The inspector's BPMN type of a node: task type and marker of an activity, trigger of an event.
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES, EVENT_TRIGGERS, LOOP_MARKERS, isEventKind } from '@prozesswerk/process-model';
import type { BpmnNodePatch, ProcessNode } from '@prozesswerk/process-model';
import { useBoard } from '../store/context.tsx';

function Choice({
  id,
  label,
  value,
  options,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  disabled: boolean;
  onChange(value: string): void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {options.map(([key, name]) => (
          <option key={key} value={key}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function BpmnTypeFields({ node, readOnly }: { node: ProcessNode; readOnly: boolean }) {
  const { t } = useTranslation();
  const { actions } = useBoard();
  const set = (patch: BpmnNodePatch) => actions.setBpmn(node.id, patch);
  const plain = ['', t('bpmn.plain')] as const;
  if (node.kind === 'activity') {
    return (
      <>
        <Choice
          id={`bpmn-type-${node.id}`}
          label={t('bpmn.type')}
          value={node.activityType ?? ''}
          options={[plain, ...ACTIVITY_TYPES.map((type) => [type, t(`bpmn.activityTypes.${type}`)] as const)]}
          disabled={readOnly}
          onChange={(value) =>
            set({ activityType: value === '' ? null : (value as ProcessNode['activityType']) })
          }
        />
        <Choice
          id={`bpmn-marker-${node.id}`}
          label={t('bpmn.marker')}
          value={node.marker ?? ''}
          options={[plain, ...LOOP_MARKERS.map((marker) => [marker, t(`bpmn.markers.${marker}`)] as const)]}
          disabled={readOnly}
          onChange={(value) => set({ marker: value === '' ? null : (value as ProcessNode['marker']) })}
        />
      </>
    );
  }
  if (!isEventKind(node.kind)) return null;
  return (
    <Choice
      id={`bpmn-trigger-${node.id}`}
      label={t('bpmn.trigger')}
      value={node.trigger ?? ''}
      options={[plain, ...EVENT_TRIGGERS.map((trigger) => [trigger, t(`bpmn.triggers.${trigger}`)] as const)]}
      disabled={readOnly}
      onChange={(value) => set({ trigger: value === '' ? null : (value as ProcessNode['trigger']) })}
    />
  );
}
