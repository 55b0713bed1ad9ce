// Small line icons of the workshop controls, drawn in currentColor (no emoji: not every system has the font).
const common = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
  strokeLinecap: 'round',
  'aria-hidden': true,
} as const;

export function LockIcon({ open = false }: { open?: boolean }) {
  return (
    <svg {...common} className="workshop-icon">
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d={open ? 'M5.5 7V4.5a2.5 2.5 0 0 1 4.9-.7' : 'M5.5 7V4.5a2.5 2.5 0 0 1 5 0V7'} />
    </svg>
  );
}

export function ClockIcon() {
  return (
    <svg {...common} className="workshop-icon">
      <circle cx="8" cy="8.5" r="5.5" />
      <path d="M8 5.5v3l2 1.5M6.5 1.5h3" />
    </svg>
  );
}

export function GatherIcon() {
  return (
    <svg {...common} className="workshop-icon">
      <path d="M1.5 8h4M14.5 8h-4M8 1.5v4M8 14.5v-4" />
      <circle cx="8" cy="8" r="1.2" />
    </svg>
  );
}

export function DotsIcon() {
  return (
    <svg {...common} className="workshop-icon">
      <circle cx="4.5" cy="5" r="2" fill="currentColor" />
      <circle cx="11.5" cy="5" r="2" fill="currentColor" />
      <circle cx="8" cy="11.5" r="2" fill="currentColor" />
    </svg>
  );
}
