/**
 * Importing W3C Web Annotations (Casebook's own export, or any tool's) and Hypothesis annotations
 * as claims and evidence links. The whole file is checked first: if any annotation is malformed
 * nothing is imported. Well-formed annotations are then re-anchored on the matching source (found
 * by its web address or its SHA-256 URN) by quote, context and position; a passage that cannot be
 * found with confidence is reported as an orphan, never guessed. Runs inside one transaction.
 */
import type { Database } from 'better-sqlite3';
import type { Claim, EvidenceLink } from '../../contract/domain';
import { CasebookError } from '../../contract/errors';
import type { MethodOutputs } from '../../contract/methods';
import { isOwnPassage } from '../../contract/self-evidence';
import { anchorFromRange, reanchor } from '../../core/anchoring';
import { codePointToUtf16Offset } from '../../core/codepoints';
import { CLAIM_URN, SHA256_URN } from '../../core/w3c-terms';
import { claimExists, createClaim, findClaimIdOnPassage, getClaim } from '../../store/claims';
import { createLink, linkExists } from '../../store/evidence';
import { findSourceIdBySha, findSourceIdsByOrigin, getSourceText } from '../../store/sources';
import { annotationsIn, parseJsonFile } from './parse';
import { hypothesisProblems, readHypothesis, readW3c, type IncomingAnnotation, type IncomingPassage } from './read';
import { annotationProblems } from './validate';

export type AnnotationImportResult = MethodOutputs['annotations.import'];
type Orphan = AnnotationImportResult['orphans'][number];
type Problem = AnnotationImportResult['errors'][number];

const MAX_LISTED = 8;
const MAX_STATEMENT = 5000;

type Obj = Record<string, unknown>;

/** Every problem of every annotation, or a throw naming them (nothing is imported then). */
function checkAll(fileName: string, raws: ReturnType<typeof annotationsIn>): void {
  const bad = raws
    .map((r) => ({ ref: r.ref, problems: r.shape === 'hypothesis' ? hypothesisProblems(r.value) : annotationProblems(r.value) }))
    .filter((r) => r.problems.length > 0);
  if (!bad.length) return;
  const listed = bad.slice(0, MAX_LISTED).map((b) => `${b.ref}: ${b.problems.join('; ')}.`);
  const more = bad.length > MAX_LISTED ? ` And ${bad.length - MAX_LISTED} more annotation(s) have problems.` : '';
  const what = raws.length === 1 ? 'The annotation' : `${bad.length} of its ${raws.length} annotations`;
  throw new CasebookError(
    'VALIDATION',
    `“${fileName}” was not imported: ${what} ${bad.length === 1 ? 'does' : 'do'} not follow the W3C Web Annotation model. ${listed.join(' ')}${more} Nothing was imported.`,
  );
}

function normaliseUrl(url: string): string {
  return url.replace(/#.*$/, '').replace(/\/+$/, '');
}

/** Sources the IRIs may name: by SHA-256 URN first, then by origin. */
function candidateSources(db: Database, iris: string[]): string[] {
  const ids: string[] = [];
  for (const iri of iris) {
    if (iri.toLowerCase().startsWith(SHA256_URN)) {
      const id = findSourceIdBySha(db, iri.slice(SHA256_URN.length).toLowerCase());
      if (id) ids.push(id);
    }
  }
  for (const iri of iris) {
    if (iri.toLowerCase().startsWith(SHA256_URN)) continue;
    ids.push(...findSourceIdsByOrigin(db, [iri, normaliseUrl(iri), `${normaliseUrl(iri)}/`]));
  }
  return [...new Set(ids)];
}

function toUtf16(text: string, codePoints: number | undefined): number | undefined {
  if (codePoints === undefined) return undefined;
  try {
    return codePointToUtf16Offset(text, codePoints);
  } catch {
    return undefined;
  }
}

/** Finds the passage in one of the candidate sources. */
function anchorIn(db: Database, sourceIds: string[], passage: IncomingPassage) {
  for (const sourceId of sourceIds) {
    const text = getSourceText(db, sourceId);
    const found = reanchor(text, {
      exact: passage.exact,
      prefix: passage.prefix,
      suffix: passage.suffix,
      start: toUtf16(text, passage.start),
      end: toUtf16(text, passage.end),
    });
    if (found) return { sourceId, anchor: anchorFromRange(text, found.start, found.end) };
  }
  return null;
}

const shortQuote = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);

export function importAnnotations(db: Database, fileName: string, bytes: Uint8Array): AnnotationImportResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CasebookError('VALIDATION', `“${fileName}” is not a text file in UTF-8, so it cannot be a JSON annotations file. Nothing was imported.`);
  }
  const raws = annotationsIn(fileName, parseJsonFile(fileName, text));
  checkAll(fileName, raws);

  const errors: Problem[] = [];
  const orphans: Orphan[] = [];
  const incoming: IncomingAnnotation[] = [];
  for (const raw of raws) {
    const read = raw.shape === 'hypothesis' ? readHypothesis(raw.ref, raw.value as Obj) : readW3c(raw.ref, raw.value as Obj);
    if (read.ok) incoming.push(read.annotation);
    else errors.push({ annotation: raw.ref, reason: read.reason });
  }

  const created: Claim[] = [];
  const claimByIri = new Map<string, string>();
  for (const a of incoming.filter((x) => x.kind === 'claim')) {
    const passage = a.passage as IncomingPassage;
    const sources = candidateSources(db, a.sourceIris);
    if (!sources.length) {
      errors.push({ annotation: a.ref, reason: `its source (${a.sourceIris.join(' or ')}) is not in this notebook; import that source first` });
      continue;
    }
    const found = anchorIn(db, sources, passage);
    if (!found) {
      orphans.push({ annotation: a.ref, sourceId: sources[0], quote: shortQuote(passage.exact), reason: 'the quoted passage is no longer in the source (its text differs)' });
      continue;
    }
    const statement = (a.statement?.trim() || found.anchor.exact.replace(/\s+/g, ' ').trim()).slice(0, MAX_STATEMENT);
    const existing = findClaimIdOnPassage(db, found.sourceId, found.anchor.start, found.anchor.end, statement);
    if (existing) {
      errors.push({ annotation: a.ref, reason: 'the same claim on the same passage is already in this notebook' });
      if (a.iri) claimByIri.set(a.iri, existing);
      continue;
    }
    const claim = createClaim(db, found.sourceId, found.anchor, {
      statement,
      status: a.status ?? undefined,
      credibility: a.credibility,
      likelihood: a.likelihood,
      eventDate: a.eventDate,
      tags: a.tags.slice(0, 50),
      comment: a.comments.join('\n\n').slice(0, 50_000),
    });
    created.push(claim);
    if (a.iri) claimByIri.set(a.iri, claim.id);
  }

  const links: EvidenceLink[] = [];
  for (const a of incoming.filter((x) => x.kind === 'link')) {
    const claimId = resolveClaim(db, claimByIri, a.claimIri ?? '');
    if (!claimId) {
      errors.push({ annotation: a.ref, reason: `it links to a claim (${a.claimIri}) that is neither in this file nor in the notebook` });
      continue;
    }
    const sources = candidateSources(db, a.sourceIris);
    if (!sources.length) {
      errors.push({ annotation: a.ref, reason: `its evidence source (${a.sourceIris.join(' or ')}) is not in this notebook; import that source first` });
      continue;
    }
    const note = a.comments.join('\n\n').slice(0, 50_000);
    const duplicate = { annotation: a.ref, reason: 'the same evidence link is already in this notebook' };
    const claim = getClaim(db, claimId);
    const itself = { annotation: a.ref, reason: 'it links a claim to its own passage, and a claim cannot be its own evidence' };
    if (!a.passage) {
      if (sources[0] === claim.sourceId) errors.push(itself);
      else if (linkExists(db, claimId, sources[0], null, null, a.relation)) errors.push(duplicate);
      else links.push(createLink(db, claimId, sources[0], null, a.relation, note));
      continue;
    }
    const found = anchorIn(db, sources, a.passage);
    if (!found) {
      orphans.push({ annotation: a.ref, sourceId: sources[0], quote: shortQuote(a.passage.exact), reason: 'the evidence passage is no longer in the source (its text differs)' });
      continue;
    }
    if (isOwnPassage(claim, found.sourceId, found.anchor)) {
      errors.push(itself);
      continue;
    }
    if (linkExists(db, claimId, found.sourceId, found.anchor.start, found.anchor.end, a.relation)) {
      errors.push(duplicate);
      continue;
    }
    links.push(createLink(db, claimId, found.sourceId, found.anchor, a.relation, note));
  }
  // Counts of evidence changed since the claims were created.
  const fresh = created.map((c) => (links.some((l) => l.claimId === c.id) ? getClaim(db, c.id) : c));
  return { created: fresh, links, orphans, errors };
}

function resolveClaim(db: Database, claimByIri: Map<string, string>, iri: string): string | null {
  const inFile = claimByIri.get(iri);
  if (inFile) return inFile;
  if (!iri.startsWith(CLAIM_URN)) return null;
  const id = iri.slice(CLAIM_URN.length);
  return claimExists(db, id) ? id : null;
}
