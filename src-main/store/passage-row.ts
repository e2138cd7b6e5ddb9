/** The passage columns that claims, suggestions and evidence links keep under the names `Anchor` gives them. */
import type { Anchor } from '../contract/domain';

/** A row anchored to a passage of a source (a claim, a suggestion). */
export interface AnchoredRow extends Anchor {
  id: string;
  source_id: string;
}

/** A row's passage: its offsets and quote (an evidence link's offsets may be null: the whole source). */
export function passageOf<R extends Record<keyof Anchor, unknown>>(r: R): Pick<R, keyof Anchor> {
  return { start: r.start, end: r.end, exact: r.exact, prefix: r.prefix, suffix: r.suffix };
}
