/** A PDF's document properties (Info dictionary and XMP) as Casebook metadata. */
import type { DocBlock } from './types';
import type { PdfExtraction } from './pdf-extraction';
import { titleFromFileName } from './normalise';
import { normaliseInline } from '../core/text-normalise';

const two = (n: string | undefined) => (n === undefined ? undefined : n.padStart(2, '0'));

/**
 * A PDF date string ("D:20220403180542+02'00'") as ISO 8601, as precise as it is written:
 * "2022", "2022-04-03", "2022-04-03T18:05:42+02:00". Undefined when it is not a date.
 */
export function pdfDateToIso(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const m = /^\s*(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/.exec(raw);
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, zulu, sign, offsetHours, offsetMinutes] = m;
  const inRange = (v: string | undefined, lo: number, hi: number) => v === undefined || (Number(v) >= lo && Number(v) <= hi);
  if (!inRange(month, 1, 12) || !inRange(day, 1, 31) || !inRange(hour, 0, 23) || !inRange(minute, 0, 59) || !inRange(second, 0, 59)) return undefined;
  if (Number(year) < 1000) return undefined;
  let iso = year;
  if (!month) return iso;
  iso += `-${month}`;
  if (!day) return iso;
  iso += `-${day}`;
  if (!hour) return iso;
  iso += `T${hour}:${minute ?? '00'}:${second ?? '00'}`;
  if (zulu) iso += 'Z';
  else if (sign && inRange(offsetHours, 0, 23) && inRange(offsetMinutes, 0, 59)) iso += `${sign}${offsetHours}:${two(offsetMinutes) ?? '00'}`;
  return iso;
}

/** An XMP date (already ISO 8601), checked. */
function xmpDate(raw: string | null): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  return /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;
}

const firstText = (value: string | string[] | null): string => normaliseInline(Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));

/** Titles some producers write that name nothing ("untitled", "Microsoft Word - report.docx"). */
function cleanTitle(raw: string): string {
  const title = normaliseInline(raw)
    .replace(/^Microsoft (Word|PowerPoint|Excel) - /i, '')
    .replace(/\.(docx?|pptx?|xlsx?|odt|rtf|txt|tex)$/i, '')
    .trim();
  return /^(untitled|unknown|none|null)$/i.test(title) ? '' : title;
}

function splitAuthors(raw: string): string[] {
  return raw
    .split(/\s*;\s*|\s+and\s+|\s*&\s*/)
    .map((a) => normaliseInline(a))
    .filter((a) => a.length > 0);
}

export interface PdfMetadata {
  title: string;
  authors: string[];
  publishedAt?: string;
  language?: string;
}

export function pdfMetadata(extraction: PdfExtraction, blocks: DocBlock[], fileName: string): PdfMetadata {
  const { info, xmp } = extraction;
  // The first heading that has words in it (not a lone "®" in big type).
  const heading = blocks.find((b) => b.kind === 'heading' && (b.text.match(/\p{L}/gu)?.length ?? 0) >= 3)?.text;
  const title =
    cleanTitle(info.title ?? '') ||
    cleanTitle(firstText(xmp.title)) ||
    (heading && heading.length <= 200 ? heading : '') ||
    titleFromFileName(fileName);

  const xmpCreators = Array.isArray(xmp.creator) ? xmp.creator : xmp.creator ? [xmp.creator] : [];
  const authors = info.author ? splitAuthors(info.author) : xmpCreators.map((c) => normaliseInline(c)).filter(Boolean);

  const publishedAt = pdfDateToIso(info.creationDate) ?? xmpDate(xmp.created);
  const language = info.language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(info.language.trim()) ? info.language.trim() : undefined;
  return { title, authors, ...(publishedAt ? { publishedAt } : {}), ...(language ? { language } : {}) };
}

// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.
const RTL_LETTER = /[\u0590-\u07ff\ufb1d-\ufdff\ufe70-\ufefc]/gu;
const LETTER = /\p{L}/gu;

/** 'rtl' when most letters of the text are right-to-left ones, 'ltr' when there are letters at all. */
export function textDirection(blocks: DocBlock[]): 'ltr' | 'rtl' | undefined {
  let rtl = 0;
  let letters = 0;
  for (const { text } of blocks) {
    rtl += text.match(RTL_LETTER)?.length ?? 0;
    letters += text.match(LETTER)?.length ?? 0;
  }
  if (letters === 0) return undefined;
  return rtl * 2 > letters ? 'rtl' : 'ltr';
}
