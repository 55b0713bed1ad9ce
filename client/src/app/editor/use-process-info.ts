// The process an editor page opens: its title and the caller's role, remembered for the offline case.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Role } from '@prozesswerk/protocol';
import { isProblem } from '../../shared/http.ts';
import { sharedKeys } from '../../shared/query-keys.ts';
import { listRecent, rememberRecent } from '../../shared/recent.ts';
import { navigate } from '../../shared/router.ts';
import { dropEarlySession } from '../../sync/early-session.ts';
import { fetchProcess } from '../api.ts';

/** `originProcessId` undefined: not known (opened offline). */
export type Info = { title: string; role: Role; originProcessId?: string | null };
export type Load = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; info: Info };

async function loadInfo(processId: string): Promise<Load> {
  try {
    const info = await fetchProcess(processId);
    rememberRecent({ id: processId, title: info.title, role: info.role });
    return { state: 'ready', info };
  } catch (error) {
    // Neither page opens the process: the documents opened early for it are closed.
    if (isProblem(error, 401, 404)) dropEarlySession();
    if (isProblem(error, 404)) return { state: 'missing' };
    if (isProblem(error, 401)) {
      navigate(`/login?next=${encodeURIComponent(window.location.pathname)}`);
      return { state: 'loading' };
    }
    // Offline: open what this browser remembers; the map itself comes from IndexedDB.
    console.warn('Could not load the process, opening the local copy', error);
    const recent = listRecent().find((entry) => entry.id === processId);
    return { state: 'ready', info: { title: recent?.title ?? '', role: recent?.role ?? 'editor' } };
  }
}

/*
 * Asked once per page: the answer decides the session the page opens. Offline the request is made anyway (network
 * mode "always") so that it fails at once and the local copy opens, instead of waiting for the network.
 */
export function processInfoQuery(processId: string) {
  return queryOptions({
    queryKey: [...sharedKeys.process(processId), 'editor'],
    queryFn: () => loadInfo(processId),
    networkMode: 'always',
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useProcessInfo(processId: string): Load {
  return useQuery(processInfoQuery(processId)).data ?? { state: 'loading' };
}
