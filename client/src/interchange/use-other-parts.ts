// The other parts of a file with several diagrams or processes, each imported on request as a process of its own.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importProcessFile, type ImportedProcess } from './api.ts';
import { importErrorMessage } from './error-message.ts';
import type { ImportReport } from './report.ts';

export type Part = { id: string; name: string };

export type PartImport =
  | { status: 'waiting' }
  | { status: 'busy' }
  | { status: 'done'; process: ImportedProcess }
  | { status: 'failed'; message: string };

type Options = {
  orgId: string;
  /** The file as chosen or dropped: sent again for each part, so nobody has to pick it a second time. */
  file: File;
  report: ImportReport;
  onCreated?: () => void;
};

const WAITING: PartImport = { status: 'waiting' };

export function useOtherParts({ orgId, file, report, onCreated }: Options) {
  const { t } = useTranslation();
  const others = useMemo(
    () => (report.parts ?? []).filter((part) => part.id !== report.part),
    [report.parts, report.part],
  );
  const [imports, setImports] = useState<Readonly<Record<string, PartImport>>>({});
  const stateOf = (part: Part): PartImport => imports[part.id] ?? WAITING;
  const set = (id: string, state: PartImport) => setImports((current) => ({ ...current, [id]: state }));

  // Ids being imported or imported, so "all" and a single button never send the same part twice.
  const started = useRef(new Set<string>());

  const importPart = async (part: Part): Promise<void> => {
    if (started.current.has(part.id)) return;
    started.current.add(part.id);
    set(part.id, { status: 'busy' });
    try {
      set(part.id, { status: 'done', process: await importProcessFile(orgId, file, part.id) });
      onCreated?.();
    } catch (failure) {
      console.warn('Importing a part of the BPMN file failed', failure);
      started.current.delete(part.id);
      set(part.id, { status: 'failed', message: importErrorMessage(t, failure) });
    }
  };

  const open = others.filter((part) => ['waiting', 'failed'].includes(stateOf(part).status));
  // One after another: the server imports on a few threads, and a file's parts should not crowd out others.
  const importAll = async (): Promise<void> => {
    for (const part of open) await importPart(part);
  };

  const states = others.map(stateOf);
  const progress = {
    total: others.length,
    done: states.filter((state) => state.status === 'done').length,
    failed: states.filter((state) => state.status === 'failed').length,
    busy: others.find((part) => stateOf(part).status === 'busy'),
  };
  return { others, stateOf, importPart, importAll, open, progress };
}
