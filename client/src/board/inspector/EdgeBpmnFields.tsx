// The inspector's BPMN fields of a sequence flow: the condition under which it is taken, and whether it is the default.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TEXT_LENGTH, type ProcessEdge } from '@prozesswerk/process-model';
import { useBoard } from '../store/context.tsx';
import { AttrField } from './AttrField.tsx';

export function EdgeBpmnFields({ edge, readOnly }: { edge: ProcessEdge; readOnly: boolean }) {
  const { t } = useTranslation();
  const { actions } = useBoard();
  const defaultId = useId();
  if (edge.kind !== 'sequence') return null;
  return (
    <>
      <AttrField
        key="edge-condition"
        label={t('bpmn.condition')}
        value={edge.condition ?? ''}
        check={(input) =>
          input.length > MAX_TEXT_LENGTH
            ? { ok: false, message: 'inspector.errors.tooLong', values: { max: MAX_TEXT_LENGTH } }
            : { ok: true, patch: {} }
        }
        onSave={() => undefined}
        onCommitText={(text) =>
          actions.setEdgeBpmn(edge.id, { condition: text.trim() === '' ? null : text.trim() })
        }
        disabled={readOnly}
      />
      <div className="field field-check">
        <input
          id={defaultId}
          type="checkbox"
          checked={edge.isDefault === true}
          disabled={readOnly}
          onChange={(event) =>
            actions.setEdgeBpmn(edge.id, { isDefault: event.target.checked ? true : null })
          }
        />
        <label htmlFor={defaultId}>{t('bpmn.defaultFlow')}</label>
      </div>
    </>
  );
}
