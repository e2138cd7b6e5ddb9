/**
 * What the Timeline keeps while the analyst is elsewhere: its filters and lanes survive a reload
 * (localStorage); its zoom, scroll position and focused event survive going to the reader and back
 * (memory). Both are forgotten when switching notebooks.
 */
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src-main/contract/domain';
import type { GroupBy } from './layout';
import type { TimelineFilters } from './TimelineToolbar';
import { readStoredJson, writeStoredJson } from '../../app/stored-json';

export const TIMELINE_VIEW_KEY = 'casebook.timeline';

export interface TimelineSettings {
  filters: TimelineFilters;
  groupBy: GroupBy;
}

export interface TimelinePlace {
  /** null: zoomed to fit. */
  pxPerDay: number | null;
  scrollLeft: number;
  scrollTop: number;
  focusedKey: string | null;
}

const DEFAULT: TimelineSettings = { filters: { suggestions: false }, groupBy: 'source' };
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 500;

let place: TimelinePlace | null = null;

export function restoreTimelineSettings(): TimelineSettings {
  const saved = readStoredJson(TIMELINE_VIEW_KEY) as { filters?: Record<string, unknown>; groupBy?: unknown } | null;
  if (!saved || typeof saved !== 'object') return DEFAULT;
  const f = saved.filters ?? {};
  // Only well-formed values come back; the API checks them again anyway.
  return {
    groupBy: saved.groupBy === 'tag' ? 'tag' : 'source',
    filters: {
      status: isText(f.status) && f.status in CLAIM_STATUSES ? (f.status as ClaimStatus) : undefined,
      tag: isText(f.tag) ? f.tag : undefined,
      sourceId: isText(f.sourceId) ? f.sourceId : undefined,
      entityId: isText(f.entityId) ? f.entityId : undefined,
      suggestions: f.suggestions === true,
    },
  };
}

export function saveTimelineSettings(settings: TimelineSettings): void {
  writeStoredJson(TIMELINE_VIEW_KEY, settings);
}

export const lastTimelinePlace = (): TimelinePlace | null => place;

export function rememberTimelinePlace(patch: Partial<TimelinePlace>): void {
  place = { pxPerDay: null, scrollLeft: 0, scrollTop: 0, focusedKey: null, ...place, ...patch };
}

export function forgetTimelineView(): void {
  place = null;
  try {
    window.localStorage.removeItem(TIMELINE_VIEW_KEY);
  } catch {
    // nothing to forget
  }
}
