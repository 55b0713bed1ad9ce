// The workshop's session document as the editor reads it: lock, timer, summon, voting round, and whether a vote can go out.
import type { WorkshopState } from '@prozesswerk/process-model';
import { useDocState, useSessionStatus } from '../sync/process-context.tsx';

export function useWorkshopState(): WorkshopState {
  return useDocState('session');
}

/** In step with the server now; a summon present at the first sync happened before we came. */
export function useWorkshopSynced(): boolean {
  return useSessionStatus((status) => status.session.synced);
}

/*
 * A dot given offline would reach the others only on reconnect, possibly after the round closed and
 * everyone saw the result, which would then change under their eyes; so voting waits until both rooms a
 * vote needs are connected and in step: the session (is the round still open?) and the discussion.
 */
export function useVotingConnected(): boolean {
  return useSessionStatus(
    ({ session, discussion }) =>
      session.connection === 'online' &&
      session.synced &&
      discussion.connection === 'online' &&
      discussion.synced,
  );
}
