// The signed-in person as authorship knows them (account or guest id), asked again until the server answers.
import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Person } from '@prozesswerk/process-model';
import { sharedKeys } from '../../shared/query-keys.ts';
import { recallPerson, rememberPerson } from '../../shared/remembered-session.ts';
import { fetchPerson } from '../../shared/session-api.ts';

// Without knowing who we are, nobody can comment or vote: a failed request (server restarting, Wi-Fi gone) is tried
// again and again, backing off; while the browser is offline the query client waits and asks once it is back.
const RETRY_MS = [2000, 5000, 15000, 30000];

export function usePerson(name: string): Person | null {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: sharedKeys.person(name),
    queryFn: async () => {
      const person = await fetchPerson(queryClient, name);
      rememberPerson(person);
      return person;
    },
    retry: true,
    retryDelay: (attempt) => RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!,
    staleTime: Infinity,
  });
  // Until the server answers (offline), the person it named last time in this browser comments; the server checks
  // authorship when the comment arrives.
  const remembered = useMemo(() => recallPerson(name), [name]);
  return query.data ?? remembered ?? null;
}
