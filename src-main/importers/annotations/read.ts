/**
 * What Casebook takes from a validated annotation, W3C or Hypothesis: the source it points at, the
 * quoted passage, and (for Casebook's own export) statement, grades and tags; or, for a "linking"
 * annotation, the claim it links to and the evidence passage.
 */
import { z } from 'zod';
import type { ClaimStatus, Credibility, EvidenceRelation, Likelihood } from '../../contract/domain';
import { CLAIM_STATUSES, EVIDENCE_RELATIONS, LIKELIHOODS } from '../../contract/domain';
import { eventDateSchema } from '../../contract/methods';
import { CLAIM_URN, TAG_PREFIX } from '../../core/w3c-terms';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const toArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const strings = (v: unknown): string[] => toArray(v).filter((s): s is string => typeof s === 'string');

export interface IncomingPassage {
  exact: string;
  prefix: string;
  suffix: string;
  /** Code points, as W3C TextPositionSelector counts them. */
  start?: number;
  end?: number;
}

export interface IncomingFields {
  statement: string | null;
  status: ClaimStatus | null;
  credibility: Credibility | null;
  likelihood: Likelihood | null;
  eventDate: string | null;
  tags: string[];
  comments: string[];
}

export interface IncomingAnnotation extends IncomingFields {
  ref: string;
  /** The annotation's own IRI, by which links in the same file name it. */
  iri: string | null;
  kind: 'claim' | 'link';
  /** IRIs that may identify the annotated source: its web address and/or urn:sha256:… */
  sourceIris: string[];
  /** Null: the whole source (only for links). */
  passage: IncomingPassage | null;
  claimIri: string | null;
  relation: EvidenceRelation;
}

/** Reads status:/credibility:/likelihood:/event-date:/relation: tags; other tags stay tags. */
function applyTag(value: string, fields: IncomingFields, link: { relation: EvidenceRelation | null }): void {
  const after = (prefix: string) => (value.startsWith(prefix) ? value.slice(prefix.length) : null);
  const status = after(TAG_PREFIX.status);
  const credibility = after(TAG_PREFIX.credibility);
  const likelihood = after(TAG_PREFIX.likelihood);
  const eventDate = after(TAG_PREFIX.eventDate);
  const relation = after(TAG_PREFIX.relation);
  if (status !== null && status in CLAIM_STATUSES) fields.status = status as ClaimStatus;
  else if (credibility !== null && /^[1-6]$/.test(credibility)) fields.credibility = Number(credibility) as Credibility;
  else if (likelihood !== null && likelihood in LIKELIHOODS) fields.likelihood = likelihood as Likelihood;
  else if (eventDate !== null && eventDateSchema.safeParse(eventDate).success) fields.eventDate = eventDate;
  else if (relation !== null && relation in EVIDENCE_RELATIONS) link.relation = relation as EvidenceRelation;
  else if (value.trim()) fields.tags.push(value.trim().slice(0, 80));
}

function emptyFields(): IncomingFields {
  return { statement: null, status: null, credibility: null, likelihood: null, eventDate: null, tags: [], comments: [] };
}

function selectorsOf(target: Obj): IncomingPassage | null {
  const selectors = toArray(target.selector).filter(isObj);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact.length > 0);
  if (!quote) return null;
  const position = selectors.find((s) => s.type === 'TextPositionSelector' && typeof s.start === 'number' && typeof s.end === 'number');
  return {
    exact: quote.exact as string,
    prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
    suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
    start: position?.start as number | undefined,
    end: position?.end as number | undefined,
  };
}

function sourceIrisOf(resource: unknown): string[] {
  if (typeof resource === 'string') return [resource];
  if (!isObj(resource)) return [];
  return [...strings(resource.id), ...strings(resource.canonical), ...strings(resource.via)];
}

export type ReadResult = { ok: true; annotation: IncomingAnnotation } | { ok: false; reason: string };

/** A W3C annotation (already checked against the model) as Casebook reads it. */
export function readW3c(ref: string, a: Obj): ReadResult {
  const fields = emptyFields();
  const link = { relation: null as EvidenceRelation | null };
  let claimIri: string | null = null;
  for (const body of toArray(a.body)) {
    if (typeof body === 'string') {
      if (body.startsWith(CLAIM_URN) || !claimIri) claimIri = body;
      continue;
    }
    if (!isObj(body) || typeof body.value !== 'string') continue;
    const purposes = strings(body.purpose);
    if (purposes.includes('tagging')) applyTag(body.value, fields, link);
    else if (purposes.includes('describing') && fields.statement === null) fields.statement = body.value;
    else if (body.value.trim()) fields.comments.push(body.value);
  }
  if (typeof a.bodyValue === 'string' && a.bodyValue.trim()) fields.comments.push(a.bodyValue);

  const linking = strings(a.motivation).includes('linking') && claimIri !== null;
  const targets = toArray(a.target);
  const quoted = targets.filter(isObj).find((t) => 'source' in t && selectorsOf(t));
  const iri = strings(a.id)[0] ?? null;
  const base = { ...fields, ref, iri, claimIri: linking ? claimIri : null, relation: link.relation ?? 'context' };
  if (quoted) {
    return { ok: true, annotation: { ...base, kind: linking ? 'link' : 'claim', sourceIris: sourceIrisOf(quoted.source), passage: selectorsOf(quoted) } };
  }
  if (linking) {
    const whole = targets.find((t) => typeof t === 'string' || (isObj(t) && !('selector' in t)));
    const iris = isObj(whole) && 'source' in whole ? sourceIrisOf(whole.source) : sourceIrisOf(whole);
    if (iris.length) return { ok: true, annotation: { ...base, kind: 'link', sourceIris: iris, passage: null } };
  }
  return { ok: false, reason: 'it quotes no passage of text (no TextQuoteSelector), so there is nothing to anchor a claim to' };
}

const hypothesisSchema = z.looseObject({
  id: z.string().optional(),
  uri: z.string().min(1),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  target: z
    .array(z.looseObject({ source: z.string().min(1), selector: z.array(z.looseObject({ type: z.string() })).optional() }))
    .min(1),
});

/** The problems of a Hypothesis API annotation; empty when it is usable. */
export function hypothesisProblems(value: unknown): string[] {
  const parsed = hypothesisSchema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.slice(0, 3).map((i) => `its “${i.path.join('.') || 'annotation'}” ${i.code === 'invalid_type' && i.input === undefined ? 'is missing' : 'is not what Hypothesis writes there'}`);
}

export function readHypothesis(ref: string, value: Obj): ReadResult {
  const h = hypothesisSchema.parse(value);
  const fields = emptyFields();
  const link = { relation: null as EvidenceRelation | null };
  for (const tag of h.tags ?? []) applyTag(tag, fields, link);
  if (h.text?.trim()) fields.comments.push(h.text);
  const target = h.target.find((t) => selectorsOf(t));
  if (!target) return { ok: false, reason: 'it is a page note, not a highlight of a passage, so there is nothing to anchor a claim to' };
  return {
    ok: true,
    annotation: {
      ...fields,
      ref,
      iri: h.id ?? null,
      kind: 'claim',
      sourceIris: [target.source, h.uri],
      passage: selectorsOf(target),
      claimIri: null,
      relation: 'context',
    },
  };
}
