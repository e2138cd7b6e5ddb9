/**
 * YAML front matter ("---" … "---" at the very top of a Markdown file) read into document
 * metadata. A block that is not valid YAML is reported and ignored, never fatal.
 */
import { parse, YAMLParseError } from 'yaml';
import { normaliseInline } from '../core/text-normalise';
import { toIsoDate } from './text-dates';

export interface FrontMatterMetadata {
  title?: string;
  publishedAt?: string;
  origin?: string;
  authors: string[];
  language?: string;
  publisher?: string;
}

export interface FrontMatterSplit {
  /** The Markdown after the front matter (the whole source when there is none). */
  body: string;
  metadata: FrontMatterMetadata;
  warnings: string[];
}

// Opening "---" on the first line, closing "---" or "..." on a line of its own. Expects "\n" line ends.
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
// At least one "key:" line: tells broken front matter from a thematic break followed by prose.
const YAML_KEY_LINE = /^[A-Za-z_][\w -]*:(?:\s|$)/m;

/**
 * Front matter larger than this is not read as YAML: real details blocks are a few hundred bytes,
 * and the YAML parser's time grows faster than the block (60,000 keys: 20 seconds).
 */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

const none = (body: string): FrontMatterSplit => ({ body, metadata: { authors: [] }, warnings: [] });

function firstOf(data: Record<string, unknown>, keys: string[]): unknown {
  for (const key of keys) if (data[key] !== undefined && data[key] !== null && data[key] !== '') return data[key];
  return undefined;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') {
    const text = normaliseInline(String(value));
    return text === '' ? undefined : text;
  }
  return undefined;
}

function asAuthors(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((entry) => (entry && typeof entry === 'object' && 'name' in entry ? (entry as { name: unknown }).name : entry))
    .map(asText)
    .filter((name): name is string => name !== undefined);
}

function metadataFrom(data: Record<string, unknown>, fileName: string, warnings: string[]): FrontMatterMetadata {
  const date = firstOf(data, ['date', 'published', 'published_at', 'published_time']);
  const publishedAt = toIsoDate(date instanceof Date ? date : asText(date));
  if (date !== undefined && !publishedAt) {
    warnings.push(`“${fileName}”: the date in its front matter (“${String(date)}”) is not a date Casebook understands, so no publication date was recorded.`);
  }
  return {
    title: asText(data.title),
    publishedAt,
    origin: asText(firstOf(data, ['source_url', 'url', 'link'])),
    authors: asAuthors(firstOf(data, ['authors', 'author'])),
    language: asText(firstOf(data, ['lang', 'language'])),
    publisher: asText(firstOf(data, ['publisher', 'site'])),
  };
}

/** Splits off and reads the front matter of a Markdown source (line ends already "\n"). */
export function splitFrontMatter(source: string, fileName: string): FrontMatterSplit {
  const match = FRONT_MATTER.exec(source);
  if (!match) return none(source);
  const yamlText = match[1] ?? '';
  const body = source.slice(match[0].length);

  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    return {
      ...none(body),
      warnings: [`“${fileName}”: the details block at the top of the file (YAML front matter) is over ${MAX_FRONT_MATTER_CHARS / 1024} KB, far larger than any real one, so it was not read. The text itself was imported.`],
    };
  }
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    if (!YAML_KEY_LINE.test(yamlText)) return none(source);
    // The front matter starts on the file's second line.
    const line = error instanceof YAMLParseError && error.linePos ? ` near line ${error.linePos[0].line + 1}` : '';
    return {
      ...none(body),
      warnings: [`“${fileName}”: the details block at the top of the file (YAML front matter) is malformed${line}, so its title, date and other details were not used. The text itself was imported.`],
    };
  }
  if (data === null || data === undefined) return none(body);
  // Not a mapping: a thematic break and some text, not front matter.
  if (typeof data !== 'object' || Array.isArray(data)) return none(source);

  const warnings: string[] = [];
  return { body, metadata: metadataFrom(data as Record<string, unknown>, fileName, warnings), warnings };
}
