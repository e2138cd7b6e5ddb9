/** What the reader takes and gives: its props, its handle, a selection as plain-text offsets. */
import type { Block, EvidenceRelation } from '../../../src-main/contract/domain';
import type { ClaimMark } from '../../../src-main/contract/methods-reader';
import type { Segment } from '../offsets';
import type { MarkTone } from './ClaimMarkNode';
import type { ReadingPosition } from './reading-position';
import type { MarkHover } from './useMarkEvents';

export type { ClaimMark, ReadingPosition };

export interface PlainRange {
  start: number;
  end: number;
}

export interface ReaderSelection extends PlainRange {
  /** Where the selection is on screen, for the floating toolbar. */
  rect: DOMRect;
  exact: string;
}

export interface ReaderHandle {
  /** The current selection in the reader as plain-text offsets, or null when there is none. */
  currentSelection(): ReaderSelection | null;
  readingPosition(): ReadingPosition | null;
  /** Scrolls back to a reading position taken earlier (the same source's blocks). */
  restoreReadingPosition(position: ReadingPosition): void;
  /** DOM ranges for plain-text ranges (one list per range, per block touched), for highlights; null while the DOM is catching up. */
  domRanges(ranges: readonly PlainRange[]): Range[][] | null;
  /** Calls back whenever the reader's DOM changed (built, marks re-filled); returns an unsubscribe. */
  onDomChange(listener: () => void): () => void;
}

/** A passage of this source cited as evidence (whole-source links have null offsets and no mark). */
export interface EvidenceRange {
  id: string;
  relation: EvidenceRelation;
  start: number | null;
  end: number | null;
}

export interface ReaderEditorProps {
  blocks: Block[];
  /** The source's claims as marks: passage and status (a full Claim fits too). */
  marks: readonly ClaimMark[];
  evidence?: readonly EvidenceRange[];
  selectedClaimId: string | null;
  /** A passage to scroll to and flash; a new object each time it is asked for. */
  passage: (PlainRange & { nonce: number }) | null;
  onSelection(selection: ReaderSelection | null): void;
  onMarkClick(claimIds: string[]): void;
  /** An evidence mark was activated: the links it stands for. */
  onEvidenceClick?(evidenceIds: string[]): void;
  onMarkHover(hover: MarkHover | null): void;
  /** Called once the document is in the DOM (with the time the build took). */
  onBuilt?(ms: number): void;
}

/** The reader's document as built: the blocks it was built from and each block's Lexical key. */
export interface BuiltState {
  blocks: Block[];
  blockKeys: string[];
  blockIndexByKey: Map<string, number>;
  /** How the marks were last drawn (see useReaderDocument). */
  drawn: DrawnMarks;
  /** Each block's signature of `drawn`, once a change of marks has needed them. */
  signatures?: string[];
}

/** Each block's runs and how their marks are drawn, as last filled. */
export interface DrawnMarks {
  segments: readonly (readonly Segment[])[];
  toneOf: (id: string) => MarkTone;
  relationOf: (id: string) => EvidenceRelation | undefined;
}
