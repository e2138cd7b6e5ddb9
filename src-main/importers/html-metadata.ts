/** Metadata of a web page that Readability does not give us, and tidying of what it does give. */
import { normaliseInline } from '../core/text-normalise';

/**
 * What the page's <head> says, read before anything is removed (Readability mutates the document).
 * Expects the html > head + body shape that parsePage guarantees.
 */
export interface PageHead {
  title: string;
  origin?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** An absolute http(s) URL, or undefined (a saved page's relative links point nowhere). */
function httpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function asDir(value: string | null | undefined): 'ltr' | 'rtl' | undefined {
  const dir = value?.trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : undefined;
}

export function readPageHead(document: Document): PageHead {
  const root = document.documentElement;
  // Only <head> is searched: it is small, and a big page's body may hold tens of thousands of elements.
  const head = document.head;
  const attr = (selector: string, name: string) => head.querySelector(selector)?.getAttribute(name);
  const origin =
    httpUrl(attr('link[rel~="canonical" i][href]', 'href')) ??
    httpUrl(attr('meta[property="og:url" i][content]', 'content')) ??
    httpUrl(attr('meta[name="og:url" i][content]', 'content'));
  const lang = normaliseInline(root.getAttribute('lang') ?? root.getAttribute('xml:lang') ?? '');
  return {
    title: normaliseInline(head.querySelector('title')?.textContent ?? ''),
    origin,
    lang: lang || undefined,
    dir: asDir(root.getAttribute('dir')) ?? asDir(document.body.getAttribute('dir')),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The published time when it is an ISO 8601 date; other formats would be read in the machine's time zone. */
export function isoDate(value: string | null | undefined): string | undefined {
  const text = value?.trim() ?? '';
  // "2021-11-01 10:52:50+0100" → "2021-11-01T10:52:50+01:00": one consistent (extended) format.
  return ISO_DATE.test(text) ? text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : undefined;
}

/** A byline as a list of authors: "By Jane Doe" → ["Jane Doe"]. Not split on commas ("Doe, Jane"). */
export function authorsFromByline(byline: string | null | undefined): string[] {
  const text = normaliseInline(byline ?? '').replace(/^by\s+/i, '');
  return text ? [text] : [];
}

