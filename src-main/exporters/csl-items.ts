/**
 * Sources as CSL-JSON items (the Citation Style Language's data model): what citeproc formats and
 * what reference managers read. Only keys of the CSL-JSON schema are used.
 */
import type { Source } from '../contract/domain';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslDate {
  'date-parts': [number, number?, number?][];
}

export interface CslItem {
  id: string;
  type: 'webpage' | 'report' | 'document';
  title: string;
  author?: CslName[];
  publisher?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  note?: string;
}

/** Words that mark an author as an organisation, whose name is kept whole. */
const ORGANISATION_WORDS = /\b(the|of|and|for|house|ministry|department|agency|office|inc|ltd|llc|council|committee|government|news|press|service|university|institute|cent(er|re)|bureau|team|staff|editors?|wikipedia|contributors|association|foundation|group|company|corporation)\b/i;

/** “Family, Given” and two- or three-word personal names are split; anything else is kept literal. */
export function cslName(raw: string): CslName {
  const name = raw.replace(/\s+/g, ' ').trim();
  const comma = name.match(/^([^,]+),\s*([^,]+)$/);
  if (comma) return { family: comma[1].trim(), given: comma[2].trim() };
  const words = name.split(' ');
  const looksPersonal = words.length >= 2 && words.length <= 3 && !ORGANISATION_WORDS.test(name) && words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w));
  if (looksPersonal) return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] };
  return { literal: name };
}

/** 2024, 2024-01 or 2024-01-15 (or a full timestamp) as CSL date parts. */
export function cslDate(value: string | null): CslDate | undefined {
  const m = value?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return undefined;
  const parts: [number, number?, number?] = [Number(m[1])];
  if (m[2]) parts.push(Number(m[2]));
  if (m[3]) parts.push(Number(m[3]));
  return { 'date-parts': [parts] };
}

export function isWebUrl(origin: string): boolean {
  return /^https?:\/\/\S+$/i.test(origin);
}

export function cslType(source: Pick<Source, 'origin' | 'mediaType'>): CslItem['type'] {
  if (isWebUrl(source.origin)) return 'webpage';
  if (source.mediaType === 'application/pdf') return 'report';
  return 'document';
}

export function cslItem(source: Source): CslItem {
  const item: CslItem = { id: source.id, type: cslType(source), title: source.title };
  if (source.authors.length) item.author = source.authors.map(cslName);
  if (source.publisher) item.publisher = source.publisher;
  const issued = cslDate(source.publishedAt);
  if (issued) item.issued = issued;
  const accessed = cslDate(source.capturedAt);
  if (accessed) item.accessed = accessed;
  if (isWebUrl(source.origin)) item.URL = source.origin;
  if (source.language) item.language = source.language;
  item.note = `SHA-256: ${source.sha256}`;
  return item;
}
