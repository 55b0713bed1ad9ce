// State the upstream feature's parts share: the origin's changes (polled), what the person chose, what is in focus.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useBoard } from '../board/store/context.tsx';
import { ProblemError } from '../shared/http.ts';
import { useProcess } from '../sync/process-context.tsx';
import { fetchUpstream, type UpstreamChange, type UpstreamReport } from './api.ts';
import { choose, chosenIds, initialChoice, type Choice } from './selection.ts';
import { takeOverInEditor, type TakenOver } from './take-over.ts';

export const UPSTREAM_DRAWER = 'upstream';
/** An origin publishes rarely; a minute is soon enough for the banner, and costs one small request. */
const POLL_MS = 60_000;

type Upstream = {
  /** Null while loading and for a process that was not adopted from another one. */
  report: UpstreamReport | null;
  error: unknown;
  choice: Choice;
  setChosen(id: string, chosen: boolean): void;
  /** The change the person points at in the list, shown more strongly on the map. */
  focused: string | null;
  setFocused(id: string | null): void;
  takeOver(): void;
  taking: boolean;
  outcome: { taken: TakenOver } | { error: unknown } | null;
};

const UpstreamContext = createContext<Upstream | null>(null);

export function useUpstream(): Upstream {
  const upstream = useContext(UpstreamContext);
  if (!upstream) throw new Error('useUpstream outside <UpstreamProvider>');
  return upstream;
}

export function UpstreamProvider({ children }: { children: ReactNode }) {
  const { processId, session, originProcessId } = useProcess();
  const board = useBoard();
  const queries = useQueryClient();
  const query = useQuery({
    queryKey: ['upstream', processId],
    queryFn: () =>
      fetchUpstream(processId).catch((error: unknown) => {
        if (error instanceof ProblemError && error.code === 'no-origin') return null;
        throw error;
      }),
    // Only a variant has an origin to follow; a process never becomes one later.
    enabled: originProcessId !== null,
    refetchInterval: (current) => (current.state.data === null ? false : POLL_MS),
  });
  const report = query.data ?? null;
  const changes = report?.changes;
  const [focused, setFocused] = useState<string | null>(null);
  // A new version (or a change here that settles a collision) starts the choice afresh.
  const changeKey = changes?.map((c) => `${c.id}:${c.collision ?? ''}:${c.alreadyApplied}`).join(',') ?? '';
  const [made, setMade] = useState<{ key: string; choice: Choice } | null>(null);
  const choice = useMemo(
    () => (made?.key === changeKey ? made.choice : initialChoice(changes ?? [])),
    [made, changeKey, changes],
  );

  const mutation = useMutation({
    mutationFn: async () => {
      if (!report?.newest) throw new Error('nothing to take over');
      return takeOverInEditor({
        processId,
        version: report.newest,
        chosen: chosenIds(choice),
        board,
        session,
      });
    },
    onSettled: () => queries.invalidateQueries({ queryKey: ['upstream', processId] }),
  });

  const value = useMemo<Upstream>(
    () => ({
      report,
      error: query.error,
      choice,
      setChosen: (id, chosen) =>
        setMade({ key: changeKey, choice: choose(changes ?? [], choice, id, chosen) }),
      focused,
      setFocused,
      takeOver: () => mutation.mutate(),
      taking: mutation.isPending,
      outcome: mutation.isSuccess
        ? { taken: mutation.data }
        : mutation.isError
          ? { error: mutation.error }
          : null,
    }),
    [report, query.error, choice, changes, changeKey, focused, mutation],
  );
  return <UpstreamContext.Provider value={value}>{children}</UpstreamContext.Provider>;
}

/** The changes by element id, for marking them on the map. */
export function useChangesById(): ReadonlyMap<string, UpstreamChange> {
  const { report } = useUpstream();
  return useMemo(() => new Map((report?.changes ?? []).map((change) => [change.id, change])), [report]);
}
