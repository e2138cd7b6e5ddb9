/** The source details form's values, their checks (in words) and the patch they make. */
import { EVENT_DATE_PATTERN, type Reliability, type Source } from '../../../src-main/contract/domain';
import type { MethodInput } from '../../../src-main/contract/methods';

export interface DetailsValues {
  title: string;
  /** One author per line. */
  authors: string;
  publisher: string;
  publishedAt: string;
  origin: string;
  language: string;
  reliability: Reliability;
  notes: string;
}

export type DetailsErrors = Partial<Record<keyof DetailsValues, string>>;
type Patch = MethodInput<'sources.update'>['patch'];

const DATE = EVENT_DATE_PATTERN;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export function valuesOf(source: Source): DetailsValues {
  return {
    title: source.title,
    authors: source.authors.join('\n'),
    publisher: source.publisher ?? '',
    publishedAt: source.publishedAt ?? '',
    origin: source.origin,
    language: source.language ?? '',
    reliability: source.reliability,
    notes: source.notes,
  };
}

const authorList = (text: string) => text.split('\n').map((a) => a.trim()).filter(Boolean);

export function checkDetails(v: DetailsValues): DetailsErrors {
  const errors: DetailsErrors = {};
  if (!v.title.trim()) errors.title = 'Give the source a title.';
  else if (v.title.trim().length > 1000) errors.title = 'The title is too long (at most 1,000 characters).';
  if (authorList(v.authors).some((a) => a.length > 300)) errors.authors = 'An author’s name is too long (at most 300 characters).';
  if (v.publisher.trim().length > 500) errors.publisher = 'The publisher is too long (at most 500 characters).';
  if (v.publishedAt.trim() && !DATE.test(v.publishedAt.trim())) errors.publishedAt = 'Write the date as 2024, 2024-01 or 2024-01-15.';
  if (!v.origin.trim()) errors.origin = 'Say where the source came from: a web address or a file name.';
  if (v.language.trim() && !LANGUAGE.test(v.language.trim())) errors.language = 'Write the language as a code such as en, fr or pt-BR.';
  return errors;
}

/** Only what changed, in the API's terms. */
export function patchOf(source: Source, v: DetailsValues): Patch {
  const patch: Patch = {};
  const title = v.title.trim();
  if (title !== source.title) patch.title = title;
  const authors = authorList(v.authors);
  if (authors.join('\n') !== source.authors.join('\n')) patch.authors = authors;
  const publisher = v.publisher.trim() || null;
  if (publisher !== source.publisher) patch.publisher = publisher;
  const publishedAt = v.publishedAt.trim() || null;
  if (publishedAt !== source.publishedAt) patch.publishedAt = publishedAt;
  const origin = v.origin.trim();
  if (origin !== source.origin) patch.origin = origin;
  const language = v.language.trim() || null;
  if (language !== source.language) patch.language = language;
  if (v.reliability !== source.reliability) patch.reliability = v.reliability;
  if (v.notes !== source.notes) patch.notes = v.notes;
  return patch;
}
