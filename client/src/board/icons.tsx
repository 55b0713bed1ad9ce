// Small line icons for the node kinds, drawn in currentColor so they follow the text colour.
import type { ReadNodeKind } from '@prozesswerk/process-model';

const common = {
  width: 20,
  height: 20,
  viewBox: '0 0 20 20',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
};

export function KindIcon({ kind }: { kind: ReadNodeKind }) {
  switch (kind) {
    case 'start':
      return (
        <svg {...common} aria-hidden="true">
          <circle cx="10" cy="10" r="6.5" />
        </svg>
      );
    case 'end':
      return (
        <svg {...common} aria-hidden="true">
          <circle cx="10" cy="10" r="6.5" strokeWidth="3" />
        </svg>
      );
    case 'activity':
      return (
        <svg {...common} aria-hidden="true">
          <rect x="2.5" y="5" width="15" height="10" rx="2.5" />
        </svg>
      );
    case 'decision':
      return (
        <svg {...common} aria-hidden="true">
          <path d="M10 2.5 17.5 10 10 17.5 2.5 10Z" />
          <path d="m7.7 7.7 4.6 4.6m0-4.6-4.6 4.6" />
        </svg>
      );
    case 'parallel':
      return (
        <svg {...common} aria-hidden="true">
          <path d="M10 2.5 17.5 10 10 17.5 2.5 10Z" />
          <path d="M10 6.8v6.4M6.8 10h6.4" />
        </svg>
      );
    case 'document':
      return (
        <svg {...common} aria-hidden="true">
          <path d="M3.5 4h13v10c-2.2-1.6-4.3 1.8-6.5.4S5.7 12.6 3.5 14Z" />
        </svg>
      );
    case 'note':
      return (
        <svg {...common} aria-hidden="true">
          <path d="M4 3.5h12v9l-4 4H4Z" />
          <path d="M12 16.5v-4h4" />
        </svg>
      );
    default:
      return (
        <svg {...common} aria-hidden="true">
          <rect x="3.5" y="3.5" width="13" height="13" strokeDasharray="2 2" />
        </svg>
      );
  }
}

export function LaneIcon() {
  return (
    <svg {...common} aria-hidden="true">
      <rect x="2.5" y="4" width="15" height="12" rx="1.5" />
      <path d="M2.5 10h15M6.5 4v12" />
    </svg>
  );
}
