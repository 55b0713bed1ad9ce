// In the library's import result: the file's other diagrams or processes, each importable as a process of its own.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../shared/router.ts';
import type { ImportReport } from './report.ts';
import { useOtherParts, type Part, type PartImport } from './use-other-parts.ts';

type Props = { orgId: string; file: File; report: ImportReport; onCreated?: () => void };

export function OtherParts(props: Props) {
  const { t } = useTranslation();
  const { others, stateOf, importPart, importAll, open, progress } = useOtherParts(props);
  const summary = useRef<HTMLParagraphElement>(null);
  // The row whose button was pressed: its result takes the focus, as the button itself goes away.
  const focusRow = useRef<string | null>(null);
  if (others.length === 0) return null;

  const started = progress.done + progress.failed > 0 || progress.busy !== undefined;
  return (
    <section className="import-parts" aria-labelledby="import-parts-title" data-testid="import-parts">
      <h3 id="import-parts-title">{t('interchange.parts.title', { count: others.length })}</h3>
      <p className="field-hint">{t('interchange.parts.lead')}</p>
      <ul>
        {others.map((part) => (
          <li key={part.id} className="import-part">
            <span className="import-part-name">{part.name}</span>
            <PartRow
              part={part}
              state={stateOf(part)}
              focusOnMount={focusRow}
              onImport={() => {
                focusRow.current = part.id;
                void importPart(part);
              }}
            />
          </li>
        ))}
      </ul>
      <p ref={summary} className="muted" role="status" tabIndex={-1}>
        {started
          ? progress.busy
            ? t('interchange.parts.working', { name: progress.busy.name, ...progress })
            : t('interchange.parts.progress', { ...progress })
          : null}
      </p>
      {others.length > 1 && open.length > 0 ? (
        <button
          type="button"
          className="button"
          disabled={progress.busy !== undefined}
          onClick={() => {
            summary.current?.focus();
            void importAll();
          }}
        >
          {t('interchange.parts.importAll')}
        </button>
      ) : null}
    </section>
  );
}

type RowProps = {
  part: Part;
  state: PartImport;
  focusOnMount: { current: string | null };
  onImport(): void;
};

function PartRow({ part, state, focusOnMount, onImport }: RowProps) {
  const { t } = useTranslation();
  const takeFocus = (element: HTMLElement | null) => {
    if (element && focusOnMount.current === part.id) {
      focusOnMount.current = null;
      element.focus();
    }
  };
  if (state.status === 'waiting')
    return (
      <button
        type="button"
        className="button"
        aria-label={t('interchange.parts.importOneNamed', { name: part.name })}
        onClick={onImport}
      >
        {t('interchange.parts.importOne')}
      </button>
    );
  // One element for "busy", the result and the error, so the focus stays on it from the click to the result.
  const text =
    state.status === 'busy'
      ? t('interchange.parts.busy')
      : state.status === 'failed'
        ? state.message
        : t('interchange.parts.done', { title: state.process.title });
  return (
    <>
      <span
        ref={takeFocus}
        tabIndex={-1}
        className={state.status === 'failed' ? 'field-error' : state.status === 'busy' ? 'muted' : undefined}
        data-testid="import-part-result"
      >
        {text}
      </span>
      {state.status === 'failed' ? (
        <button
          type="button"
          className="button"
          aria-label={t('interchange.parts.retryNamed', { name: part.name })}
          onClick={onImport}
        >
          {t('interchange.parts.retry')}
        </button>
      ) : null}
      {state.status === 'done' ? (
        <button
          type="button"
          className="button"
          aria-label={t('interchange.parts.openNamed', { title: state.process.title })}
          onClick={() => navigate(`/p/${state.process.id}`)}
        >
          {t('interchange.parts.open')}
        </button>
      ) : null}
    </>
  );
}
