// Writing to a process document as this person, with one place that turns a change the model refused into an error code.
import { useCallback, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { isProcessModelError, type Person } from '@prozesswerk/process-model';
import { useDoc, useMayWrite, useProcess } from './process-context.tsx';

export type DocWriter = {
  /** Runs a mutation as this person; false (and `error`) when the model refused the input. */
  run(mutate: (doc: Y.Doc, me: Person) => void): boolean;
  /** `invalid-input` when the input was refused, `failed` for any other refusal of the model. */
  error: 'invalid-input' | 'failed' | null;
  clearError(): void;
};

/** Null while this person may not write the document, or the server has not yet said who they are. */
export function useDocWriter(channel: 'discussion' | 'session'): DocWriter | null {
  const doc = useDoc(channel);
  const me = useProcess().person;
  const mayWrite = useMayWrite(channel);
  const [error, setError] = useState<DocWriter['error']>(null);
  const clearError = useCallback(() => setError(null), []);
  const run = useCallback(
    (mutate: (doc: Y.Doc, me: Person) => void) => {
      if (!me) return false;
      try {
        mutate(doc, me);
        setError(null);
        return true;
      } catch (failure) {
        if (!isProcessModelError(failure)) throw failure;
        setError(failure.code === 'invalid-input' ? 'invalid-input' : 'failed');
        return false;
      }
    },
    [doc, me],
  );
  return useMemo(
    () => (me && mayWrite ? { run, error, clearError } : null),
    [me, mayWrite, run, error, clearError],
  );
}
