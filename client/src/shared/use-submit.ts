// The one submit pattern of the app's forms: a mutation of the query client, busy while it runs, and what went
// wrong in plain words (the server's problem, translated) until the next try.
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from './problem-message.ts';

type Options<T> = {
  /** For the browser console when it fails, e.g. "Creating the process". */
  what: string;
  onDone?(result: T): void;
  /** The message for a failure; the server's problem, translated, unless said otherwise. */
  message?(failure: unknown): string;
};

export type Submit = {
  busy: boolean;
  error: string | null;
  /** For a form's onSubmit (the event is not followed) or a button's onClick. */
  submit(event?: FormEvent): void;
};

export function useSubmit<T>(action: () => Promise<T>, { what, onDone, message }: Options<T>): Submit {
  const { t } = useTranslation();
  const mutation = useMutation({
    mutationFn: action,
    onSuccess: (result) => onDone?.(result),
    onError: (failure) => console.warn(`${what} failed`, failure),
  });
  return {
    busy: mutation.isPending,
    error: mutation.isError ? (message ?? ((f) => problemMessage(t, f)))(mutation.error) : null,
    submit: (event) => {
      event?.preventDefault();
      mutation.mutate();
    },
  };
}
