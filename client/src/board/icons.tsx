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
    case 'intermediate':
      return (
        <svg {...common} aria-hidden="true">
          <circle cx="10" cy="10" r="7" />
          <circle cx="10" cy="10" r="5" />
        </svg>
      );
    case 'inclusive':
    case 'eventBased':
    case 'complex':
      return (
        <svg {...common} aria-hidden="true">
          <path d="M10 2.5 17.5 10 10 17.5 2.5 10Z" />
          {kind === 'inclusive' ? <circle cx="10" cy="10" r="3" /> : null}
          {kind === 'eventBased' ? <path d="M10 7l3 2.2-1.1 3.3H8.1L7 9.2Z" /> : null}
          {kind === 'complex' ? <path d="M10 6.5v7M6.5 10h7M7.5 7.5l5 5M12.5 7.5l-5 5" /> : null}
        </svg>
      );
    case 'dataStore':
      return (
        <svg {...common} aria-hidden="true">
          <path d="M4 5c0-2.5 12-2.5 12 0v10c0 2.5-12 2.5-12 0Z M4 5c0 2.5 12 2.5 12 0" />
        </svg>
      );
    case 'dataInput':
    case 'dataOutput':
      return (
        <svg {...common} aria-hidden="true">
          <path d="M5 2.5h7l3 3v12H5Z" />
          <path d="M7 8h3V6.5l2.5 2.5L10 11.5V10H7Z" fill={kind === 'dataOutput' ? 'currentColor' : 'none'} />
        </svg>
      );
    case 'group':
      return (
        <svg {...common} aria-hidden="true">
          <rect x="2.5" y="3.5" width="15" height="13" rx="3" strokeDasharray="3 2" />
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
