// The signed-in user's municipalities with their role; `signedOut` when nobody is signed in.
import { useQuery } from '@tanstack/react-query';
import { fetchMyOrgs, type Org } from '../shared/processes-api.ts';
import { ProblemError } from '../shared/http.ts';
import { libraryKeys } from './library-queries.ts';

export type MyOrgs = { state: 'loading' } | { state: 'signedOut' } | { state: 'ready'; orgs: Org[] };

const isSignedOut = (error: unknown) =>
  error instanceof ProblemError && (error.status === 401 || error.status === 403);

export function useMyOrgs(): MyOrgs {
  const query = useQuery({ queryKey: libraryKeys.myOrgs, queryFn: fetchMyOrgs });
  if (query.data) return { state: 'ready', orgs: query.data };
  if (query.isError) {
    if (isSignedOut(query.error)) return { state: 'signedOut' };
    // Listing the municipalities is a convenience here: without it the library still lists what one may read.
    return { state: 'ready', orgs: [] };
  }
  return { state: 'loading' };
}
