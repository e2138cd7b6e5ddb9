/** How the timeline tells statuses apart: a colour (the reader's highlight colours) and a glyph, so colour is never the only cue. */
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src-main/contract/domain';

export const STATUS_GLYPHS: Record<ClaimStatus, string> = {
  unassessed: '•',
  supported: '✓',
  partly_supported: '◐',
  disputed: '?',
  refuted: '✕',
  unverifiable: '∅',
};

export const SUGGESTION_GLYPH = '◇';

export function statusLabel(status: ClaimStatus | null): string {
  return status ? CLAIM_STATUSES[status] : 'Suggested claim';
}
