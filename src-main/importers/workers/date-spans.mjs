// Dates named in a text, found with chrono-node (plain JavaScript: the suggest-dates worker job
// imports it, and so does src-main/analysis/ for short texts, in-process).
//
// Each span carries the date as precise as the text says it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
// Absolute dates ("January 30, 2025", "June 2023") are exact. Relative ones ("Wednesday",
// "last fall", "today") are resolved against the source's published date when it is known, and
// marked approximate; without a published date they keep no date (a date made up from the day of
// reading would mislead) but still say the passage is dated. Durations ("for several years", "the past two years") and "now" name no
// event and are left out. Bare years ("in 2022", "from 1995 to 2013"), which chrono does not
// read, are added by a pattern.
import * as chrono from 'chrono-node';

const MONTH_OR_YEAR = /\b(1[6-9]\d\d|20\d\d)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
const NOT_AN_EVENT = /^(now|right now|for\b|past\b|the past\b|over\b|several|recent|within\b)/i;
const SEASON = /\b(spring|summer|fall|autumn|winter)\b/i;
const DECADE = /\b(?:the\s+)?(?:early\s+|mid-?|late\s+)?(1[6-9]\d0|20\d0)s\b/gi;
const RELATIVE_SEASON = /\b(last|this|next)\s+(spring|summer|fall|autumn|winter)\b/gi;
const LAST_MONTH = /\blast\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SEASON_MONTH = { spring: 4, summer: 7, fall: 10, autumn: 10, winter: 1 };
const BARE_YEAR = /\b(?:in|by|since|from|to|until|till|between|and|of|during|before|after|early|late|mid-?)\s+(1[6-9]\d\d|20\d\d)\b(?![\d,.]\d)/gi;

const pad = (n) => String(n).padStart(2, '0');

/** Noon of the published date (mid-month or mid-year when only those are known); null when there is none. */
function referenceDate(published) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 7, m[3] ? Number(m[3]) : m[2] ? 15 : 1];
  return new Date(Date.UTC(year, month - 1, day, 12));
}

function precise(components, level) {
  const y = components.get('year');
  const m = components.get('month');
  const d = components.get('day');
  if (level === 'day') return `${y}-${pad(m)}-${pad(d)}`;
  if (level === 'month') return `${y}-${pad(m)}`;
  return String(y);
}

/** How precisely a chrono result names its date: what the text itself says, not the reference. */
function levelOf(result) {
  const s = result.start;
  if (s.isCertain('day') || s.isCertain('weekday')) return 'day';
  if (s.isCertain('month') || SEASON.test(result.text)) return 'month';
  return 'year';
}

/** chrono's parse grows faster than the text: long texts are read in slices of whole paragraphs. */
const SLICE = 20_000;

/**
 * @param {string} text
 * @param {string | null} published the source's published date (YYYY, YYYY-MM or YYYY-MM-DD), if known
 * @param {(fraction: number) => void} [onProgress] called after each slice with how much is read
 * @returns {{ start: number, end: number, date: string | null, approximate: boolean }[]}
 */
export function dateSpans(text, published, onProgress) {
  const spans = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + SLICE);
    if (end < text.length) {
      const para = text.indexOf('\n\n', end);
      end = para === -1 ? text.length : para;
    }
    for (const s of sliceSpans(text.slice(at, end), published)) spans.push({ ...s, start: s.start + at, end: s.end + at });
    at = end;
    onProgress?.(at / text.length);
  }
  return spans;
}

function sliceSpans(text, published) {
  const ref = referenceDate(published);
  const spans = [];
  if (ref) {
    // "last July": the latest July before the published date (chrono reads only "July").
    for (const m of text.matchAll(LAST_MONTH)) {
      const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
      const year = month < ref.getUTCMonth() + 1 ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
      spans.push({ start: m.index, end: m.index + m[0].length, date: `${year}-${pad(month)}`, approximate: true });
    }
  }
  const results = chrono.parse(text, ref ?? new Date(0), { forwardDate: false });
  for (const r of results) {
    if (spans.some((s) => s.start < r.index + r.text.length && r.index < s.end)) continue;
    if (NOT_AN_EVENT.test(r.text)) continue;
    const absolute = MONTH_OR_YEAR.test(r.text) && /\d{4}/.test(r.text);
    if (!absolute && !ref) {
      spans.push({ start: r.index, end: r.index + r.text.length, date: null, approximate: true });
      continue;
    }
    const level = levelOf(r);
    const date = precise(r.start, absolute && !r.start.isCertain('year') ? 'year' : level);
    if (!/^\d{4}/.test(date)) continue;
    spans.push({ start: r.index, end: r.index + r.text.length, date, approximate: !absolute || (!r.start.isCertain('year') && !/\d{4}/.test(r.text)) });
  }
  if (ref) {
    for (const m of text.matchAll(RELATIVE_SEASON)) {
      if (spans.some((s) => s.start < m.index + m[0].length && m.index < s.end)) continue;
      const month = SEASON_MONTH[m[2].toLowerCase()];
      const [year, now] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1];
      const which = m[1].toLowerCase();
      // "last fall" is the latest fall already over; "next spring" the first one still to come.
      const y = which === 'last' ? (month + 2 < now ? year : year - 1) : which === 'next' ? (month > now ? year : year + 1) : year;
      spans.push({ start: m.index, end: m.index + m[0].length, date: `${y}-${pad(month)}`, approximate: true });
    }
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index + m[0].length - 4;
    if (spans.some((s) => s.start <= start && start < s.end)) continue;
    spans.push({ start, end: start + 4, date: m[1], approximate: false });
  }
  for (const m of text.matchAll(DECADE)) {
    if (spans.some((s) => s.start < m.index + m[0].length && m.index < s.end)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, date: m[1], approximate: true });
  }
  return spans.sort((a, b) => a.start - b.start);
}

// Date spans as they travel between threads: a 20 MB text names some 25,000 dates, which as
// objects cost the main process a tenth of a second to receive and pass on to the ranking.
// spans: start, end, approximate (0/1) of each; dates: each one's date, '' for none, '\n' between.
export function packDateSpans(spans) {
  const packed = new Int32Array(spans.length * 3);
  spans.forEach((s, i) => packed.set([s.start, s.end, s.approximate ? 1 : 0], i * 3));
  return { spans: packed, dates: spans.map((s) => s.date ?? '').join('\n') };
}

export function unpackDateSpans({ spans, dates }) {
  const each = dates === '' && spans.length === 0 ? [] : dates.split('\n');
  if (spans.length % 3 || each.length !== spans.length / 3) throw new Error('the date spans are cut short');
  return each.map((date, i) => ({ start: spans[i * 3], end: spans[i * 3 + 1], date: date || null, approximate: spans[i * 3 + 2] === 1 }));
}
