/**
 * How the timeline tells statuses apart: a colour (the reader's highlight colours) and a shape, so
 * colour is never the only cue. The shapes are drawn (SVG), not characters: symbols such as ✓ send
 * the browser looking for a fallback font, which made the first paint of the Timeline twice as slow.
 */
import type { ReactElement } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src-main/contract/domain';

const line = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

const SHAPES: Record<ClaimStatus | 'suggested', ReactElement> = {
  unassessed: <circle cx="5" cy="5" r="1.8" fill="currentColor" />,
  supported: <path d="M2.2 5.3 4.3 7.3 7.9 2.9" {...line} />,
  partly_supported: <path d="M5 1.6a3.4 3.4 0 0 1 0 6.8z" fill="currentColor" />,
  disputed: (
    <>
      <path d="M3.3 3.5a1.8 1.8 0 1 1 2.4 1.6c-.5.3-.7.6-.7 1.2" {...line} />
      <circle cx="5" cy="8.3" r=".8" fill="currentColor" />
    </>
  ),
  refuted: <path d="M2.9 2.9 7.1 7.1M7.1 2.9 2.9 7.1" {...line} />,
  unverifiable: <path d="M5 2.3a2.7 2.7 0 1 0 0 5.4a2.7 2.7 0 1 0 0-5.4M2.4 7.6 7.6 2.4" {...line} strokeWidth={1.2} />,
  suggested: <path d="M5 1.8 8.2 5 5 8.2 1.8 5z" {...line} strokeWidth={1.2} />,
};

/** The round mark of a status (or of a suggestion, status null), coloured by the CSS around it. */
export function StatusMark({ status }: { status: ClaimStatus | null }) {
  return (
    <span className="tl-glyph" aria-hidden>
      <svg viewBox="0 0 10 10" width="12" height="12" focusable="false">
        {SHAPES[status ?? 'suggested']}
      </svg>
    </span>
  );
}

export function statusLabel(status: ClaimStatus | null): string {
  return status ? CLAIM_STATUSES[status] : 'Suggested claim';
}
