// A new step in any lane (or none), for an empty map or a step that follows nothing yet.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '@prozesswerk/process-model';
import { useBoard, useBoardState } from '../board/store/context.tsx';
import { KindSelect } from './StepEditor.tsx';

export function NewStepForm({ onAdded }: { onAdded(id: string, label: string): void }) {
  const { t } = useTranslation();
  const { actions } = useBoard();
  const lanes = useBoardState((s) => s.lanes);
  const id = useId();
  const [kind, setKind] = useState<NodeKind>('activity');
  const [label, setLabel] = useState('');
  // Null until one chooses: the first lane; '' is "no lane".
  const [laneChoice, setLaneChoice] = useState<string | null>(null);
  const lane =
    laneChoice === null
      ? (lanes[0]?.id ?? '')
      : lanes.some((entry) => entry.id === laneChoice)
        ? laneChoice
        : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = label.trim() || t(`kinds.${kind}.default`);
    const added = actions.addStepInLane(lane === '' ? null : lane, kind, name);
    if (!added) return;
    setLabel('');
    onAdded(added, name);
  };

  return (
    <form className="text-view-new" onSubmit={submit}>
      <fieldset>
        <legend>{t('textView.addNew')}</legend>
        <KindSelect id={`${id}-kind`} value={kind} onChange={setKind} />
        <label htmlFor={`${id}-label`}>{t('textView.newLabel')}</label>
        <input id={`${id}-label`} value={label} onChange={(event) => setLabel(event.target.value)} />
        {lanes.length > 0 ? (
          <>
            <label htmlFor={`${id}-lane`}>{t('textView.lane')}</label>
            <select id={`${id}-lane`} value={lane} onChange={(event) => setLaneChoice(event.target.value)}>
              {lanes.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.label}
                </option>
              ))}
              <option value="">{t('textView.noLane')}</option>
            </select>
          </>
        ) : null}
        <button type="submit" className="button">
          {t('textView.add')}
        </button>
      </fieldset>
    </form>
  );
}
