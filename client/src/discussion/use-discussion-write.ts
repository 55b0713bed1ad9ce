// Writing to the discussion as this user: the document, who writes, and one place that turns a refused write into a message.
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Mentionable, Person } from '@prozesswerk/process-model';
import { isProcessModelError } from '@prozesswerk/process-model';
import { useDiscussion, useDiscussionSync, useDiscussionUi } from './context.tsx';
import { mentionablePeople, presentPeople } from './people.ts';
import { useBoard } from '../board/store/context.tsx';

export type DiscussionWriter = {
  /** Runs a mutation; false (and an error to show) when the input was refused. */
  run(mutate: (doc: Y.Doc, me: Person) => void): boolean;
  error: string | null;
  clearError(): void;
};

export function useDiscussionWrite(): DiscussionWriter | null {
  const sync = useDiscussionSync();
  const me = useDiscussionUi((s) => s.me);
  const canWrite = useDiscussionUi((s) => s.canWrite);
  const [error, setError] = useState<string | null>(null);
  const clearError = useCallback(() => setError(null), []);
  const run = useCallback(
    (mutate: (doc: Y.Doc, me: Person) => void) => {
      if (!sync || !me) return false;
      try {
        mutate(sync.doc, me);
        setError(null);
        return true;
      } catch (failure) {
        if (!isProcessModelError(failure)) throw failure;
        setError(failure.code === 'invalid-input' ? 'discussion.errors.invalid' : 'discussion.errors.failed');
        return false;
      }
    },
    [sync, me],
  );
  return useMemo(
    () => (sync && me && canWrite ? { run, error, clearError } : null),
    [sync, me, canWrite, run, error, clearError],
  );
}

/** Everyone who can be @mentioned here, recomputed when people come and go or someone new writes. */
export function useMentionable(): Mentionable[] {
  const { session } = useBoard();
  const discussion = useDiscussion();
  const me = useDiscussionUi((s) => s.me);
  const members = useDiscussionUi((s) => s.members);
  const presentKey = useSyncExternalStore(
    (callback) => {
      session.awareness.on('change', callback);
      return () => session.awareness.off('change', callback);
    },
    () => JSON.stringify(presentPeople(session.awareness.getStates())),
  );
  return useMemo(
    () => mentionablePeople(JSON.parse(presentKey) as Person[], discussion, me?.id ?? null, members),
    [presentKey, discussion, me, members],
  );
}
