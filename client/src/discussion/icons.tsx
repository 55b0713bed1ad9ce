// The comment icon of pins and buttons, drawn in currentColor (no emoji: not every system has the font).
export function CommentIcon({ plus = false }: { plus?: boolean }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M2.5 3.5h11v7.5h-6l-3.5 3v-3h-1.5z" />
      {plus ? <path d="M8 5.5v4M6 7.5h4" /> : null}
    </svg>
  );
}
