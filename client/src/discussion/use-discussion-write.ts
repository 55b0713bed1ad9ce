// Writing to the discussion as this user: the document, who writes, and one place that turns a refused write into a message.
import { useMemo, useSyncExternalStore } from 'react';
import type { Mentionable, Person } from '@prozesswerk/process-model';
import { useDocWriter, type DocWriter } from '../sync/doc-writer.ts';
import { useAwareness } from '../sync/process-context.tsx';
import { useDiscussion, useDiscussionMe, useDiscussionUi } from './context.tsx';
import { mentionablePeople, presentPeople } from './people.ts';

export type DiscussionWriter = Omit<DocWriter, 'error'> & {
  /** A message key of the discussion catalogue, or null. */
  error: string | null;
};

const ERROR_KEYS = {
  'invalid-input': 'discussion.errors.invalid',
  failed: 'discussion.errors.failed',
} as const;

export function useDiscussionWrite(): DiscussionWriter | null {
  const writer = useDocWriter('discussion');
  return useMemo(() => writer && { ...writer, error: writer.error && ERROR_KEYS[writer.error] }, [writer]);
}

/** Everyone who can be @mentioned here, recomputed when people come and go or someone new writes. */
export function useMentionable(): Mentionable[] {
  const awareness = useAwareness();
  const discussion = useDiscussion();
  const me = useDiscussionMe();
  const members = useDiscussionUi((s) => s.members);
  const presentKey = useSyncExternalStore(
    (callback) => {
      awareness.on('change', callback);
      return () => awareness.off('change', callback);
    },
    () => JSON.stringify(presentPeople(awareness.getStates())),
  );
  return useMemo(
    () => mentionablePeople(JSON.parse(presentKey) as Person[], discussion, me?.id ?? null, members),
    [presentKey, discussion, me, members],
  );
}
