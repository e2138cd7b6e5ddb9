/**
 * Claims and evidence links as W3C Web Annotations (JSON-LD), the whole set one
 * AnnotationCollection with one AnnotationPage. A claim is an Annotation on its passage
 * (TextQuoteSelector + TextPositionSelector, positions in code points as the model requires);
 * its statement is a describing body, its status, grades and tags are tagging bodies. An evidence
 * link is a "linking" Annotation whose body is the claim's annotation and whose target is the
 * evidence passage (or the whole source).
 */
import { randomUUID } from 'node:crypto';
import type { Claim, EvidenceLink, Source } from '../contract/domain';
import { utf16ToCodePointOffset } from '../core/codepoints';
import { ANNO_CONTEXT, CLAIM_URN, EVIDENCE_URN, SHA256_URN, TAG_PREFIX } from '../core/w3c-terms';
import type { Notebook } from '../store/db';
import { getSourceText } from '../store/sources';
import { isWebUrl } from './csl-items';
import { dataInScope } from './data-scope';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'describing' | 'tagging' | 'commenting';
  format: 'text/plain';
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Left out when the passage starts (or ends) the text. */
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface SourceResource {
  id: string;
  type: 'Text';
  format: string;
  /** The SHA-256 URN of the archived original, when `id` is its web address. */
  canonical?: string;
}

export interface AnnotationTarget {
  type: 'SpecificResource';
  source: SourceResource;
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface Agent {
  type: 'Person' | 'Software';
  name: string;
}

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'highlighting' | 'linking';
  created: string;
  modified: string;
  /** Absent when no author was given (never the login name). */
  creator?: Agent;
  generator: Agent;
  body: (TextualBody | string)[];
  target: AnnotationTarget | SourceResource;
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  created: string;
  generator: Agent;
  first: { '@context': typeof ANNO_CONTEXT; id: string; type: 'AnnotationPage'; startIndex: number; items: WebAnnotation[] };
}

const GENERATOR: Agent = { type: 'Software', name: 'Casebook' };

const textual = (value: string, purpose: TextualBody['purpose']): TextualBody => ({ type: 'TextualBody', value, purpose, format: 'text/plain' });

export function sourceResource(source: Pick<Source, 'origin' | 'sha256' | 'mediaType'>): SourceResource {
  const sha = `${SHA256_URN}${source.sha256}`;
  return isWebUrl(source.origin)
    ? { id: source.origin, type: 'Text', format: source.mediaType, canonical: sha }
    : { id: sha, type: 'Text', format: source.mediaType };
}

/** Selectors of a passage, positions converted from UTF-16 units to code points. */
function target(source: Source, text: string, a: { start: number; end: number; exact: string; prefix: string; suffix: string }): AnnotationTarget {
  return {
    type: 'SpecificResource',
    source: sourceResource(source),
    selector: [
      { type: 'TextQuoteSelector', exact: a.exact, ...(a.prefix ? { prefix: a.prefix } : {}), ...(a.suffix ? { suffix: a.suffix } : {}) },
      { type: 'TextPositionSelector', start: utf16ToCodePointOffset(text, a.start), end: utf16ToCodePointOffset(text, a.end) },
    ],
  };
}

function claimBodies(c: Claim): TextualBody[] {
  const bodies = [textual(c.statement, 'describing'), textual(`${TAG_PREFIX.status}${c.status}`, 'tagging')];
  if (c.credibility) bodies.push(textual(`${TAG_PREFIX.credibility}${c.credibility}`, 'tagging'));
  if (c.likelihood) bodies.push(textual(`${TAG_PREFIX.likelihood}${c.likelihood}`, 'tagging'));
  if (c.eventDate) bodies.push(textual(`${TAG_PREFIX.eventDate}${c.eventDate}`, 'tagging'));
  for (const tag of c.tags) bodies.push(textual(tag, 'tagging'));
  if (c.comment.trim()) bodies.push(textual(c.comment, 'commenting'));
  return bodies;
}

export interface W3cOptions {
  author: string;
  title: string;
  scope?: { claimIds?: string[]; sourceId?: string };
  includeEvidence?: boolean;
  now?: Date;
}

export function buildAnnotationCollection(notebook: Notebook, options: W3cOptions): AnnotationCollection {
  const { claims, links, sources } = dataInScope(notebook, options);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const texts = new Map<string, string>();
  const textOf = (id: string) => {
    let t = texts.get(id);
    if (t === undefined) {
      t = getSourceText(notebook.db, id);
      texts.set(id, t);
    }
    return t;
  };
  const sourceOf = (id: string): Source => {
    const s = byId.get(id);
    if (!s) throw new Error(`source ${id} is not in the export's scope`);
    return s;
  };
  const author = options.author.trim();
  const creator: { creator?: Agent } = author ? { creator: { type: 'Person', name: author } } : {};

  const claimAnnotations: WebAnnotation[] = claims.map((c) => ({
    '@context': ANNO_CONTEXT,
    id: `${CLAIM_URN}${c.id}`,
    type: 'Annotation',
    motivation: c.status !== 'unassessed' || c.credibility ? 'assessing' : 'highlighting',
    created: c.createdAt,
    modified: c.updatedAt,
    ...creator,
    generator: GENERATOR,
    body: claimBodies(c),
    target: target(sourceOf(c.sourceId), textOf(c.sourceId), c),
  }));

  const linkAnnotations: WebAnnotation[] = links.map((l: EvidenceLink) => {
    const source = sourceOf(l.sourceId);
    const body: (TextualBody | string)[] = [`${CLAIM_URN}${l.claimId}`, textual(`${TAG_PREFIX.relation}${l.relation}`, 'tagging')];
    if (l.note.trim()) body.push(textual(l.note, 'commenting'));
    const passage = l.start !== null && l.end !== null ? { start: l.start, end: l.end, exact: l.exact, prefix: l.prefix, suffix: l.suffix } : null;
    return {
      '@context': ANNO_CONTEXT,
      id: `${EVIDENCE_URN}${l.id}`,
      type: 'Annotation',
      motivation: 'linking',
      created: l.createdAt,
      modified: l.updatedAt,
      ...creator,
      generator: GENERATOR,
      body,
      target: passage ? target(source, textOf(l.sourceId), passage) : sourceResource(source),
    };
  });

  const items = [...claimAnnotations, ...linkAnnotations];
  const id = `urn:casebook:export:${randomUUID()}`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.title,
    total: items.length,
    created: (options.now ?? new Date()).toISOString(),
    generator: GENERATOR,
    // The page carries its own @context so that it stands alone when split from the collection.
    first: { '@context': ANNO_CONTEXT, id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function renderW3c(notebook: Notebook, options: W3cOptions): string {
  return `${JSON.stringify(buildAnnotationCollection(notebook, options), null, 2)}\n`;
}
