/**
 * Authors and publication date of a plain-text article, taken only from lines that say so
 * outright near the top ("By Jane Doe and John Roe", "Published: 3 March 2025", a line that
 * is only a date). Nothing is inferred from a name that merely appears.
 */
import { toIsoDate } from './text-dates';

const BYLINE = /^(?:by|written by|authors?:)\s+(.+)$/i;
const DATELINE = /^(?:(?:published|posted|date)(?:\s+on)?\s*:?\s*)?(.+)$/i;
// A personal name: two to four capitalised words (initials and particles allowed).
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|van|von|der|la|le|bin|al)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** The authors a byline names, or null when the line is not a byline made only of names. */
export function bylineAuthors(line: string): string[] | null {
  const m = BYLINE.exec(line);
  if (!m) return null;
  const names = m[1].split(/\s*,\s*|\s+and\s+|\s*&\s*/).filter((name) => name !== '');
  return names.length > 0 && names.length <= 6 && names.every((name) => NAME.test(name)) ? names : null;
}

/** The ISO date of a line that is only a date (optionally "Published: …"), else undefined. */
export function datelineDate(line: string): string | undefined {
  const m = DATELINE.exec(line);
  return m ? toIsoDate(m[1]) : undefined;
}
