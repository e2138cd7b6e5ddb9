/**
 * Turns the dates people write at the top of articles and in front matter into ISO 8601,
 * keeping only the precision the text gives. Anything not clearly a date gives undefined:
 * a wrong publication date is worse than none.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function ymd(year: number, month: number, day: number): string | undefined {
  return validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** 1–12 for a month name or its abbreviation of three or more letters ("Sep", "Sept"), else 0. */
function monthNumber(name: string): number {
  const key = name.toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(key)) + 1;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
// "March 3, 2025", "Mar. 3 2025"
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
// "3 March 2025", "3rd Mar 2025"
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;

/** An ISO date ("2025-03-03") or date-time ("2025-03-03T10:40:49-04:00") for a written date, else undefined. */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();

  let m = ISO_DATE.exec(text);
  if (m) return ymd(+m[1], +m[2], +m[3]);

  m = ISO_DATE_TIME.exec(text);
  if (m) {
    const date = ymd(+m[1], +m[2], +m[3]);
    if (!date || +m[4] > 23 || +m[5] > 59 || (m[6] !== undefined && +m[6] > 59)) return undefined;
    const seconds = m[6] !== undefined ? `:${m[6]}${m[7] ?? ''}` : '';
    const zone = m[8] === undefined ? '' : m[8].toUpperCase() === 'Z' ? 'Z' : `${m[8].slice(0, 3)}:${m[8].slice(-2)}`;
    return `${date}T${m[4]}:${m[5]}${seconds}${zone}`;
  }

  m = MONTH_DAY_YEAR.exec(text);
  if (m) return ymd(+m[3], monthNumber(m[1]), +m[2]);

  m = DAY_MONTH_YEAR.exec(text);
  if (m) return ymd(+m[3], monthNumber(m[2]), +m[1]);

  return undefined;
}
