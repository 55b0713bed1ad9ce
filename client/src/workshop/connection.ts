// Whether this browser is connected to the rooms a vote needs: the session (is the round still open?) and the discussion.
import { useCallback, useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { useDiscussionSync } from '../discussion/context.tsx';
import { useWorkshopSync } from './context.tsx';

const connected = (provider: WebsocketProvider | undefined) =>
  provider !== undefined && provider.wsconnected && provider.synced;

/*
 * A dot given offline would reach the others only on reconnect, possibly after the round closed and
 * everyone saw the result, which would then change under their eyes; so voting waits for the connection.
 */
export function useVotingConnected(): boolean {
  const session = useWorkshopSync()?.provider;
  const discussion = useDiscussionSync()?.provider;
  const subscribe = useCallback(
    (callback: () => void) => {
      const providers = [session, discussion].filter((provider) => provider !== undefined);
      for (const provider of providers) {
        provider.on('status', callback);
        provider.on('sync', callback);
      }
      return () => {
        for (const provider of providers) {
          provider.off('status', callback);
          provider.off('sync', callback);
        }
      };
    },
    [session, discussion],
  );
  return useSyncExternalStore(subscribe, () => connected(session) && connected(discussion));
}
