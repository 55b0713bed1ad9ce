// Importing a BPMN file into the open map: read it in the browser, ask "Ersetzen" or "Hinzufügen", apply as one step.
import { Modal } from '../shared/Modal.tsx';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@prozesswerk/bpmn';
import type { Board } from '../board/board.ts';
import { loadBpmn } from './bpmn.ts';
import { changeAsOneStep } from '../board/change-as-one-step.ts';
import { importErrorMessage, ImportRefused } from './error-message.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { addMap, replaceWithMap } from './map-import.ts';
import { isBpmnFileName, MAX_BPMN_BYTES, reportOf } from './report.ts';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'choose'; name: string; bytes: Uint8Array; result: ImportResult }
  | { step: 'message'; text: string; error: boolean };

const MESSAGE_MS = 6000;

export function useMapImport(board: Board): { start(file: File): void; element: ReactNode } {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ step: 'idle' });

  useEffect(() => {
    if (state.step !== 'message' || state.error) return undefined;
    const timer = setTimeout(() => setState({ step: 'idle' }), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const start = (file: File) => {
    if (board.store.getState().access.readOnly) {
      setState({ step: 'message', text: t('interchange.canvas.notAllowed'), error: true });
      return;
    }
    setState({ step: 'reading', name: file.name });
    void (async () => {
      try {
        if (!isBpmnFileName(file.name)) throw new ImportRefused('wrong-type');
        if (file.size > MAX_BPMN_BYTES) throw new ImportRefused('bpmn-too-large');
        // Bytes, not text: the importer reads the encoding from the file (ISO-8859-1 files stay readable).
        const [buffer, { importBpmn }] = await Promise.all([file.arrayBuffer(), loadBpmn()]);
        const bytes = new Uint8Array(buffer);
        setState({ step: 'choose', name: file.name, bytes, result: await importBpmn(bytes) });
      } catch (failure) {
        console.warn('Reading the BPMN file failed', failure);
        setState({ step: 'message', text: importErrorMessage(t, failure), error: true });
      }
    })();
  };

  const apply = (mode: 'replace' | 'add') => {
    if (state.step !== 'choose') return;
    const { map } = state.result;
    const doc = board.doc;
    const done = changeAsOneStep(board, () =>
      mode === 'replace' ? replaceWithMap(doc, map) : addMap(doc, map),
    );
    setState(
      done
        ? {
            step: 'message',
            text: t(mode === 'replace' ? 'interchange.canvas.replaced' : 'interchange.canvas.added', {
              name: state.name,
            }),
            error: false,
          }
        : { step: 'message', text: t('interchange.canvas.notAllowed'), error: true },
    );
  };

  // A file with several diagrams or processes: the one chosen is read again on its own.
  const choosePart = (part: string) => {
    if (state.step !== 'choose') return;
    const { name, bytes } = state;
    void (async () => {
      try {
        const { importBpmn } = await loadBpmn();
        setState({ step: 'choose', name, bytes, result: await importBpmn(bytes, { part }) });
      } catch (failure) {
        setState({ step: 'message', text: importErrorMessage(t, failure), error: true });
      }
    })();
  };

  const close = () => setState({ step: 'idle' });
  let element: ReactNode = null;
  if (state.step === 'reading') {
    element = (
      <p className="interchange-toast" role="status">
        {t('interchange.canvas.reading')}
      </p>
    );
  } else if (state.step === 'message') {
    element = (
      <p
        className={`interchange-toast${state.error ? ' is-error' : ''}`}
        role={state.error ? 'alert' : 'status'}
      >
        {state.text}{' '}
        <button type="button" className="link-button" onClick={close}>
          {t('interchange.library.close')}
        </button>
      </p>
    );
  } else if (state.step === 'choose') {
    element = (
      <ImportChoiceDialog
        name={state.name}
        result={state.result}
        onChoose={apply}
        onPart={choosePart}
        onCancel={close}
      />
    );
  }
  return { start, element };
}

type ChoiceProps = {
  name: string;
  result: ImportResult;
  onChoose(mode: 'replace' | 'add'): void;
  onPart(part: string): void;
  onCancel(): void;
};

function ImportChoiceDialog({ name, result, onChoose, onPart, onCancel }: ChoiceProps) {
  const { t } = useTranslation();
  const parts = result.parts ?? [];
  return (
    <Modal labelledBy="map-import-title" onClose={onCancel}>
      <h2 id="map-import-title">{t('interchange.canvas.title', { name })}</h2>
      <p className="card-lead">{t('interchange.canvas.lead')}</p>
      {parts.length > 1 ? (
        <label className="field">
          <span>{t('interchange.report.partLabel')}</span>
          <select value={result.part ?? parts[0]?.id} onChange={(event) => onPart(event.target.value)}>
            {parts.map((part) => (
              <option key={part.id} value={part.id}>
                {part.name || part.id}
              </option>
            ))}
          </select>
          <span className="field-hint">{t('interchange.report.partHint')}</span>
        </label>
      ) : null}
      <ImportReportView report={reportOf(result)} />
      <ul className="import-choice-hints field-hint">
        <li>
          <strong>{t('interchange.canvas.replace')}:</strong> {t('interchange.canvas.replaceHint')}
        </li>
        <li>
          <strong>{t('interchange.canvas.add')}:</strong> {t('interchange.canvas.addHint')}
        </li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={onCancel}>
          {t('interchange.canvas.cancel')}
        </button>
        <button type="button" className="button" onClick={() => onChoose('add')}>
          {t('interchange.canvas.add')}
        </button>
        <button type="button" className="button primary" onClick={() => onChoose('replace')}>
          {t('interchange.canvas.replace')}
        </button>
      </div>
    </Modal>
  );
}
