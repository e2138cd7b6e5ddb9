/**
 * Where each timeline event goes on screen: its lane (a source, or a tag), its row in the lane (so
 * labels never overlap), its x from its date at the current zoom. Events that would need more rows
 * than a lane shows are gathered into clusters ("+12 here") that zoom in when opened. Pure: no DOM.
 */
import type { TimelineEvent } from '../../../src-main/contract/methods-timeline';

export type GroupBy = 'source' | 'tag';

export const ROW_HEIGHT = 26;
/** The room a label takes to the right of its date's start; an item is never narrower. */
export const LABEL_WIDTH = 230;
export const MAX_ROWS = 6;
const GAP = 6;
const CLUSTER_WIDTH = 64;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function dateOfDay(day: number): Date {
  return new Date(day * DAY_MS);
}

export interface PlacedItem {
  kind: 'item';
  /** Unique on screen: an event shows once per lane it belongs to. */
  key: string;
  event: TimelineEvent;
  laneIndex: number;
  row: number;
  x: number;
  /** The width of its span (0 for a single day shown as a point). */
  spanWidth: number;
  width: number;
}

export interface PlacedCluster {
  kind: 'cluster';
  key: string;
  events: TimelineEvent[];
  laneIndex: number;
  row: number;
  x: number;
  width: number;
  /** The days it covers, to zoom in on. */
  fromDay: number;
  toDay: number;
}

export type Placed = PlacedItem | PlacedCluster;

export interface Lane {
  key: string;
  label: string;
  rows: number;
  top: number;
  height: number;
}

export interface TimelineLayout {
  lanes: Lane[];
  /** Every item and cluster, in time order (then lane): the order ← and → move through. */
  placed: Placed[];
  /** The first day drawn and how many days are drawn. */
  startDay: number;
  days: number;
  width: number;
  height: number;
}

export const NO_TAG = 'No tag';

/** A lane's name shows on at most four lines of at least 17 characters (longer names end in “…”, in full in the tooltip). */
const LANE_LINE_CHARS = 17;
const laneLabelLines = (label: string) => Math.min(4, Math.max(1, Math.ceil(label.length / LANE_LINE_CHARS)));

/** The lanes an event belongs to, as [key, label]. */
function lanesOf(e: TimelineEvent, groupBy: GroupBy): [string, string][] {
  if (groupBy === 'source') return [[`s:${e.sourceId}`, e.sourceTitle]];
  return e.tags.length ? e.tags.map((t) => [`t:${t}`, t] as [string, string]) : [['t:', NO_TAG]];
}

/** The days shown: every event's span, with a margin either side. */
export function dayRange(events: TimelineEvent[]): { startDay: number; days: number } {
  if (!events.length) {
    const today = Math.floor(Date.now() / DAY_MS);
    return { startDay: today - 180, days: 365 };
  }
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    min = Math.min(min, dayNumber(e.from));
    max = Math.max(max, dayNumber(e.to) + 1);
  }
  const margin = Math.max(15, Math.round((max - min) * 0.03));
  return { startDay: min - margin, days: max - min + 2 * margin };
}

export function layoutTimeline(events: TimelineEvent[], groupBy: GroupBy, pxPerDay: number): TimelineLayout {
  const { startDay, days } = dayRange(events);
  const laneOrder: { key: string; label: string }[] = [];
  const laneEvents = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    for (const [key, label] of lanesOf(e, groupBy)) {
      let list = laneEvents.get(key);
      if (!list) {
        list = [];
        laneEvents.set(key, list);
        laneOrder.push({ key, label });
      }
      list.push(e);
    }
  }
  laneOrder.sort((a, b) => (a.key === 't:' ? 1 : b.key === 't:' ? -1 : a.label.localeCompare(b.label)));

  const placed: Placed[] = [];
  const lanes: Lane[] = [];
  let top = 0;
  laneOrder.forEach(({ key, label }, laneIndex) => {
    const rowEnds: number[] = [];
    const clusters: PlacedCluster[] = [];
    for (const event of laneEvents.get(key) ?? []) {
      const x = (dayNumber(event.from) - startDay) * pxPerDay;
      const spanWidth = event.precision === 'day' ? 0 : (dayNumber(event.to) + 1 - dayNumber(event.from)) * pxPerDay;
      const width = Math.max(spanWidth, LABEL_WIDTH);
      let row = rowEnds.findIndex((end) => end + GAP <= x);
      if (row < 0 && rowEnds.length < MAX_ROWS) row = rowEnds.length;
      if (row >= 0) {
        rowEnds[row] = x + width;
        placed.push({ kind: 'item', key: `${key}|${event.claimId ?? event.suggestionId}`, event, laneIndex, row, x, spanWidth, width });
        continue;
      }
      const last = clusters[clusters.length - 1];
      const eventEnd = dayNumber(event.to) + 1;
      if (last && x < last.x + last.width) {
        last.events.push(event);
        last.toDay = Math.max(last.toDay, eventEnd);
      } else {
        clusters.push({ kind: 'cluster', key: `${key}|cluster|${event.claimId ?? event.suggestionId}`, events: [event], laneIndex, row: MAX_ROWS, x, width: CLUSTER_WIDTH, fromDay: dayNumber(event.from), toDay: eventEnd });
      }
    }
    placed.push(...clusters);
    const rows = Math.max(1, rowEnds.length) + (clusters.length ? 1 : 0);
    const height = Math.max(rows * ROW_HEIGHT + 12, laneLabelLines(label) * 15 + 18);
    lanes.push({ key, label, rows, top, height });
    top += height;
  });
  placed.sort((a, b) => a.x - b.x || a.laneIndex - b.laneIndex || a.row - b.row);
  const width = days * pxPerDay + LABEL_WIDTH;
  return { lanes, placed, startDay, days, width, height: top };
}

export interface Tick {
  x: number;
  label: string;
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Axis ticks for the zoom: years, months or days, spaced so their labels do not touch. */
export function axisTicks(startDay: number, days: number, pxPerDay: number): Tick[] {
  const first = dateOfDay(startDay);
  const last = dateOfDay(startDay + days);
  const ticks: Tick[] = [];
  const at = (d: Date) => (d.getTime() / DAY_MS - startDay) * pxPerDay;
  if (pxPerDay * 30 < 44) {
    const step = Math.max(1, Math.ceil(60 / (pxPerDay * 365)));
    for (let y = first.getUTCFullYear(); y <= last.getUTCFullYear(); y++) {
      if (y % step) continue;
      const d = new Date(Date.UTC(y, 0, 1));
      if (d >= first) ticks.push({ x: at(d), label: String(y), major: true });
    }
  } else if (pxPerDay < 22) {
    const step = pxPerDay * 30 < 80 ? 3 : 1;
    for (let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)); d <= last; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
      if (d < first || d.getUTCMonth() % step) continue;
      const january = d.getUTCMonth() === 0;
      ticks.push({ x: at(d), label: january ? `${MONTHS[0]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()], major: january });
    }
  } else {
    const step = pxPerDay < 40 ? 7 : 1;
    for (let n = Math.ceil(startDay); n <= startDay + days; n++) {
      const d = dateOfDay(n);
      const firstOfMonth = d.getUTCDate() === 1;
      if (!firstOfMonth && (step === 7 ? d.getUTCDay() !== 1 : false)) continue;
      ticks.push({ x: at(d), label: firstOfMonth ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : String(d.getUTCDate()), major: firstOfMonth });
    }
  }
  return ticks;
}
