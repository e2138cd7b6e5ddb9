/** Shared vocabulary of the notebook: grades, statuses, relations. Pure data, used on both sides. */

/** Admiralty (NATO) source reliability grades. */
export const RELIABILITY_GRADES = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
} as const;
export type Reliability = keyof typeof RELIABILITY_GRADES;

/** Admiralty information credibility grades, 1 (best) to 6: the type makes the compiler check that every grade has its words. */
export const CREDIBILITY_GRADES: Readonly<Record<Credibility, string>> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export const CLAIM_STATUSES = {
  unassessed: 'Unassessed',
  supported: 'Supported',
  partly_supported: 'Partly supported',
  disputed: 'Disputed',
  refuted: 'Refuted',
  unverifiable: 'Unverifiable',
} as const;
export type ClaimStatus = keyof typeof CLAIM_STATUSES;

/** ICD 203 expressions of likelihood, with their probability ranges. */
export const LIKELIHOODS = {
  almost_no_chance: { label: 'Almost no chance', range: '01–05%' },
  very_unlikely: { label: 'Very unlikely', range: '05–20%' },
  unlikely: { label: 'Unlikely', range: '20–45%' },
  roughly_even: { label: 'Roughly even chance', range: '45–55%' },
  likely: { label: 'Likely', range: '55–80%' },
  very_likely: { label: 'Very likely', range: '80–95%' },
  almost_certain: { label: 'Almost certain', range: '95–99%' },
} as const;
export type Likelihood = keyof typeof LIKELIHOODS;

export const EVIDENCE_RELATIONS = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
} as const;
export type EvidenceRelation = keyof typeof EVIDENCE_RELATIONS;

export const BLOCK_KINDS = ['heading', 'paragraph', 'list_item', 'quote', 'table', 'code'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Where a block sits: the body, or apart from it (footnotes, endnotes, comments of a Word file). */
export const BLOCK_SECTIONS = ['body', 'notes', 'comments'] as const;
export type BlockSection = (typeof BLOCK_SECTIONS)[number];

/** A calendar date or partial date: 2024, 2024-01 or 2024-01-15 (event dates, publication dates, filters). */
export const EVENT_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Blocks of a source's normalised document are joined by this to make its plain text. */
export const BLOCK_SEPARATOR = '\n\n';

export interface SourceSummary {
  id: string;
  title: string;
  mediaType: string;
  sha256: string;
  capturedAt: string;
  origin: string;
  reliability: Reliability;
  publishedAt: string | null;
  claimCount: number;
}

export interface Source extends SourceSummary {
  authors: string[];
  publisher: string | null;
  language: string | null;
  dir: 'ltr' | 'rtl' | null;
  notes: string;
  size: number;
  textLength: number;
  warnings: string[];
}

export interface Block {
  seq: number;
  kind: BlockKind;
  level: number | null;
  section: BlockSection;
  start: number;
  end: number;
  text: string;
}

/** A passage of a source: W3C TextQuoteSelector + TextPositionSelector, offsets in UTF-16 code units. */
export interface Anchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Claim extends Anchor {
  id: string;
  sourceId: string;
  statement: string;
  status: ClaimStatus;
  credibility: Credibility | null;
  likelihood: Likelihood | null;
  eventDate: string | null;
  tags: string[];
  comment: string;
  createdAt: string;
  updatedAt: string;
  evidenceCounts: Record<EvidenceRelation, number>;
}

export interface EvidenceLink {
  id: string;
  claimId: string;
  sourceId: string;
  sourceTitle: string;
  relation: EvidenceRelation;
  /** Null offsets and empty quote: the link points at the whole source. */
  start: number | null;
  end: number | null;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** A brief that cites a claim, and how many times. */
export interface BriefCitation {
  briefId: string;
  title: string;
  count: number;
}

/** An evidence link seen from the source it cites: with the claim that cites it. */
export interface EvidenceCitation extends EvidenceLink {
  claimStatement: string;
  claimStatus: ClaimStatus;
  /** The source the citing claim is anchored in. */
  claimSourceId: string;
  claimSourceTitle: string;
  claimStart: number;
  claimEnd: number;
}

export interface SearchHit {
  kind: 'source' | 'claim' | 'brief';
  id: string;
  sourceId: string;
  title: string;
  /** Snippet with matches wrapped in [[ and ]] markers (the UI turns them into <mark>). */
  snippet: string;
  /**
   * The match the snippet shows (UTF-16 offsets): into the source's text for a source hit, into
   * the statement for a claim hit, into the brief's plain text for a brief hit. When the snippet
   * shows another field (a title, a claim's comment), the first match in that text; null when the
   * words match only elsewhere (a source's title, a claim's comment, quote or tags).
   */
  start: number | null;
  end: number | null;
  /** How many matches of the query that text holds (the source's text, the claim's statement). */
  matches: number;
}

export interface SearchResult {
  /** One page of hits, best first. */
  hits: SearchHit[];
  /** How many hits there are in all, not only on this page. */
  total: number;
}

/** A range of plain text, UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface Brief {
  id: string;
  title: string;
  /** Lexical editor state JSON. */
  doc: unknown;
  updatedAt: string;
  /** What the brief was last exported with: a blank title means the brief's own title; a blank author stays blank. */
  exportDetails: BriefExportDetails;
}

export interface BriefExportDetails {
  title: string;
  author: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  entity: string;
  entityId: string;
  detail: unknown;
}

export interface VerifyReport {
  ok: boolean;
  checked: number;
  problems: string[];
}

/** A delete kept in the notebook's trash, so it can be undone. */
export interface TrashEntry {
  id: string;
  kind: 'source' | 'claim' | 'evidence';
  /** The id of the deleted source, claim or link. */
  entityId: string;
  /** Its title, statement or a short description. */
  label: string;
  deletedAt: string;
}

/** What undoing a delete put back. */
export interface RestoredFromTrash {
  kind: TrashEntry['kind'];
  entityId: string;
  label: string;
  sourceIds: string[];
  claimIds: string[];
  linkIds: string[];
  /** The analyses whose rows (the restored claims) came back with them. */
  analysisIds?: string[];
}
