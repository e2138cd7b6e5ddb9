/**
 * The timeline's pure rules: a full or partial date as a span of days (2024-01 is the whole of
 * January), the order of events (by the span's first day, then the coarser date first), and the
 * two inputs, claims and dated suggestions, as one kind of event.
 */
import type { ClaimStatus } from '../contract/domain';
import { EVENT_DATE_PATTERN } from '../contract/domain';
import type { DatePrecision, TimelineEvent } from '../contract/methods-timeline';

export interface DateSpan {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, inclusive, YYYY-MM-DD. */
  to: string;
  precision: DatePrecision;
}

const pad = (n: number) => String(n).padStart(2, '0');
const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** The days a date covers; null for anything that is not YYYY, YYYY-MM or YYYY-MM-DD (or no such day). */
export function dateSpan(date: string): DateSpan | null {
  if (!EVENT_DATE_PATTERN.test(date)) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return { from: `${y}-01-01`, to: `${y}-12-31`, precision: 'year' };
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d === undefined) return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay)}`, precision: 'month' };
  if (d > lastDay) return null;
  return { from: date, to: date, precision: 'day' };
}

/** Time order: the span's first day, then the coarser date first (2024 before 2024-01 before 2024-01-01), then the label. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  const byPrecision = PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
  if (byPrecision) return byPrecision;
  if (a.label !== b.label) return a.label < b.label ? -1 : 1;
  return (a.claimId ?? a.suggestionId ?? '') < (b.claimId ?? b.suggestionId ?? '') ? -1 : 1;
}

export interface DatedClaimRow {
  id: string;
  sourceId: string;
  sourceTitle: string;
  statement: string;
  status: ClaimStatus;
  eventDate: string;
  exact: string;
  start: number;
  end: number;
  tags: string[];
}

/**
 * A suggested claim that carries a date, as the suggestions store lists it
 * (`listDatedSuggestions(db, { sourceId })`).
 */
export interface DatedSuggestionRow {
  id: string;
  sourceId: string;
  exact: string;
  start: number;
  end: number;
  eventDate: string;
  approximate: boolean;
}

/**
 * A claim's date is the analyst's own: its precision is its length (2024-01 is the month), so it
 * is never marked approximate. Claims with a date the pattern refuses are left out.
 */
export function claimEvents(rows: DatedClaimRow[]): TimelineEvent[] {
  return datedEvents(rows, (r) => ({
    approximate: false,
    label: r.statement,
    sourceTitle: r.sourceTitle,
    claimId: r.id,
    suggestionId: null,
    status: r.status,
    tags: r.tags,
  }));
}

/** Dated suggestions as events: labelled by their passage, with no status or tags. */
export function suggestionEvents(rows: DatedSuggestionRow[], sourceTitles: ReadonlyMap<string, string>): TimelineEvent[] {
  return datedEvents(rows, (r) => ({
    approximate: r.approximate,
    label: r.exact.replace(/\s+/g, ' ').trim(),
    sourceTitle: sourceTitles.get(r.sourceId) ?? r.sourceId,
    claimId: null,
    suggestionId: r.id,
    status: null,
    tags: [],
  }));
}

type DatedPassage = Pick<TimelineEvent, 'sourceId' | 'exact' | 'start' | 'end'> & { eventDate: string };
type OwnFields = Omit<TimelineEvent, 'date' | 'sourceId' | 'exact' | 'start' | 'end' | keyof NonNullable<ReturnType<typeof dateSpan>>>;

/** Rows with a date as events, each with the fields `own` gives; rows whose date the pattern refuses are left out. */
function datedEvents<R extends DatedPassage>(rows: R[], own: (row: R) => OwnFields): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const r of rows) {
    const span = dateSpan(r.eventDate);
    if (span) events.push({ date: r.eventDate, sourceId: r.sourceId, exact: r.exact, start: r.start, end: r.end, ...own(r), ...span });
  }
  return events;
}

/** Claims and suggestions in one list, in time order. */
export function mergeTimeline(...lists: TimelineEvent[][]): TimelineEvent[] {
  return lists.flat().sort(compareEvents);
}
