// "BPMN importieren" in the library: a file dialog or a file dropped on the page becomes a new process, then the report.
import { OrgSelect } from '../shared/OrgSelect.tsx';
import { Modal } from '../shared/Modal.tsx';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../shared/router.ts';
import type { Org } from '../shared/processes-api.ts';
import { importProcessFile, type ImportedProcess } from './api.ts';
import { importErrorMessage, ImportRefused } from './error-message.ts';
import { useWindowFileDrop } from './file-drag.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { OtherParts } from './OtherParts.tsx';
import { isBpmnFileName, MAX_BPMN_BYTES } from './report.ts';
import './interchange.css';

type State =
  | { step: 'idle' }
  | { step: 'busy'; name: string }
  | { step: 'failed'; message: string }
  | { step: 'done'; process: ImportedProcess; file: File; orgId: string };

type Props = {
  /** The municipalities where the user may create processes. */
  orgs: readonly Org[];
  /** Called once the new process exists, so the list can show it. */
  onCreated?: () => void;
};

export function LibraryImport({ orgs, onCreated }: Props) {
  const { t } = useTranslation();
  const [orgId, setOrgId] = useState('');
  const [state, setState] = useState<State>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const chosen = orgId || orgs[0]?.id || '';

  const start = async (file: File) => {
    setState({ step: 'busy', name: file.name });
    try {
      if (!chosen) throw new ImportRefused('no-org');
      if (!isBpmnFileName(file.name)) throw new ImportRefused('wrong-type');
      if (file.size > MAX_BPMN_BYTES) throw new ImportRefused('bpmn-too-large');
      setState({ step: 'done', process: await importProcessFile(chosen, file), file, orgId: chosen });
      onCreated?.();
    } catch (failure) {
      console.warn('Importing the BPMN file failed', failure);
      setState({ step: 'failed', message: importErrorMessage(t, failure) });
    }
  };
  const dragging = useWindowFileDrop(orgs.length > 0 && state.step !== 'busy', (file) => void start(file));

  if (orgs.length === 0) return null;
  return (
    <section className="card bpmn-import" aria-labelledby="bpmn-import-title">
      <h2 id="bpmn-import-title">{t('interchange.library.title')}</h2>
      <p className="field-hint">{t('interchange.library.lead')}</p>
      <OrgSelect
        id="bpmn-import-org"
        label={t('interchange.library.org')}
        orgs={orgs}
        value={chosen}
        onChange={setOrgId}
      />
      <input
        ref={input}
        type="file"
        accept=".bpmn,.bpmn2,.xml,application/xml,text/xml"
        hidden
        data-testid="bpmn-import-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void start(file);
        }}
      />
      <button
        type="button"
        className="button"
        disabled={state.step === 'busy'}
        onClick={() => input.current?.click()}
      >
        {t('interchange.library.choose')}
      </button>
      <p className="field-hint">{t('interchange.library.dropHint')}</p>
      {state.step === 'busy' ? (
        <p className="muted" role="status">
          {t('interchange.library.busy', { name: state.name })}
        </p>
      ) : null}
      {state.step === 'failed' ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.step === 'done' ? (
        <ImportDoneDialog done={state} onCreated={onCreated} onClose={() => setState({ step: 'idle' })} />
      ) : null}
      {dragging ? (
        <div className="file-drop-zone file-drop-zone-page" aria-hidden="true">
          <p>{t('interchange.library.dropZone')}</p>
        </div>
      ) : null}
    </section>
  );
}

type DoneProps = {
  done: Extract<State, { step: 'done' }>;
  onCreated: (() => void) | undefined;
  onClose(): void;
};

function ImportDoneDialog({ done, onCreated, onClose }: DoneProps) {
  const { t } = useTranslation();
  const { process, file, orgId } = done;
  return (
    <Modal labelledBy="bpmn-import-done" onClose={onClose}>
      <h2 id="bpmn-import-done">{t('interchange.library.done', { title: process.title })}</h2>
      <ImportReportView report={process.report} />
      <OtherParts orgId={orgId} file={file} report={process.report} onCreated={onCreated} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('interchange.library.close')}
        </button>
        <button
          type="button"
          className="button primary"
          autoFocus
          onClick={() => navigate(`/p/${process.id}`)}
        >
          {t('interchange.library.open')}
        </button>
      </div>
    </Modal>
  );
}
