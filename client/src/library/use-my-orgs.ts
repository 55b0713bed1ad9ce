// The signed-in user's municipalities with their role; `signedOut` when nobody is signed in.
import { useEffect, useState } from 'react';
import { fetchMyOrgs, type Org } from './api.ts';
import { ProblemError } from './http.ts';

export type MyOrgs = { state: 'loading' } | { state: 'signedOut' } | { state: 'ready'; orgs: Org[] };

export function useMyOrgs(): MyOrgs {
  const [orgs, setOrgs] = useState<MyOrgs>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    fetchMyOrgs().then(
      (mine) => !cancelled && setOrgs({ state: 'ready', orgs: mine }),
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ProblemError && (error.status === 401 || error.status === 403)) {
          return setOrgs({ state: 'signedOut' });
        }
        console.warn('Could not list my municipalities', error);
        setOrgs({ state: 'ready', orgs: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return orgs;
}
