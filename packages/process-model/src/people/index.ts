// Public API of people in documents: erasing a person from live documents.
export { phrasesFor, redactPerson } from './redact.ts';
export type { PersonRedaction } from './redact.ts';
