/**
 * The few icons the primitives need, inline so they inherit `currentColor` and cost no request.
 * All are decorative: the control around them carries the accessible name.
 */
const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

/** A cross, for close and remove buttons. */
export function CloseIcon() {
  return (
    <svg {...common}>
      <path d="M3.7 2.3 8 6.6l4.3-4.3 1.4 1.4L9.4 8l4.3 4.3-1.4 1.4L8 9.4l-4.3 4.3-1.4-1.4L6.6 8 2.3 3.7z" />
    </svg>
  );
}

/** A downward chevron, for menu buttons and selects. */
export function ChevronDownIcon() {
  return (
    <svg {...common}>
      <path d="M3.5 5.5 8 10l4.5-4.5 1 1L8 12 2.5 6.5z" />
    </svg>
  );
}

/** An arrow showing the sort direction of a column. */
export function SortIcon({ direction }: { direction: 'ascending' | 'descending' | 'none' }) {
  if (direction === 'none') {
    return (
      <svg {...common}>
        <path d="M8 2 11.5 6h-7zM8 14l-3.5-4h7z" opacity="0.5" />
      </svg>
    );
  }
  return <svg {...common}>{direction === 'ascending' ? <path d="M8 3 12.5 9h-9z" /> : <path d="M8 13 3.5 7h9z" />}</svg>;
}

/** An upward arrow in a tray, for file uploads. */
export function UploadIcon() {
  return (
    <svg {...common} width={24} height={24}>
      <path d="M7.25 10V4.4L5.3 6.3 4.2 5.2 8 1.4l3.8 3.8-1.1 1.1-1.95-1.9V10zM2 10h1.5v2.5h9V10H14v4H2z" />
    </svg>
  );
}

/** A circle with an exclamation mark, for errors. */
export function ErrorIcon() {
  return (
    <svg {...common}>
      <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1m-.8 3v5h1.6V4zm0 6.5V12h1.6v-1.5z" />
    </svg>
  );
}
