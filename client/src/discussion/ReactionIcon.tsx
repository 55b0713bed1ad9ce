// Line icons for the reactions, drawn in currentColor so they show without an emoji font.
import type { ReactionName } from './reaction-kinds.ts';

const PATHS: Record<ReactionName, readonly string[]> = {
  agree: [
    'M5 7.5v6H2.5v-6z',
    'M5 7.5l2.6-5c1 0 1.7.9 1.5 1.9L8.7 6.5h3.7c.9 0 1.5.8 1.3 1.7l-1 4.1c-.2.7-.8 1.2-1.5 1.2H5',
  ],
  checked: ['M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', 'M5 8.2l2.1 2.1L11.2 6'],
  question: [
    'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z',
    'M6.2 6.3c0-1.1.8-1.9 1.9-1.9s1.9.8 1.9 1.8c0 1.4-1.9 1.5-1.9 3',
    'M8.1 11.4v.2',
  ],
  looking: [
    'M1.5 8S3.9 3.5 8 3.5 14.5 8 14.5 8 12.1 12.5 8 12.5 1.5 8 1.5 8z',
    'M8 6a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
  ],
  great: ['M8 1.8l1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z'],
};

export function ReactionIcon({ name }: { name: ReactionName }) {
  return (
    <svg
      width="15"
      height="15"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      data-reaction={name}
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
