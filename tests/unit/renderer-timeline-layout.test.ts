/** The timeline's layout over real events (2,000 dated claims anchored in the seed and a topic fixture): nothing overlaps, nothing is lost. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src-main/contract/methods-timeline';
import { axisTicks, dayNumber, layoutTimeline, MAX_ROWS, NO_TAG, type GroupBy } from '../../src-renderer/panels/timeline/layout';
import { addDatedClaims } from '../dated-claims';
import { ok, openSeededNotebook, type SeededNotebook } from './notebook-helpers';

let nb: SeededNotebook;
let events: TimelineEvent[];

beforeAll(async () => {
  nb = await openSeededNotebook();
  addDatedClaims(nb.api.notebook.db, 2000);
  events = (await ok(nb.api, 'timeline.events', {})).events;
});
afterAll(() => nb.close());

const idOf = (e: TimelineEvent) => e.claimId ?? e.suggestionId;

describe('timeline layout', () => {
  for (const groupBy of ['source', 'tag'] as GroupBy[]) {
    for (const pxPerDay of [0.3, 2, 40]) {
      it(`lanes by ${groupBy} at ${pxPerDay} px a day: no overlap in a row, each event once per lane it belongs to`, () => {
        const layout = layoutTimeline(events, groupBy, pxPerDay);
        const rows = new Map<string, { x: number; end: number }[]>();
        const seen = new Map<string, string[]>();
        for (const p of layout.placed) {
          expect(p.row).toBeLessThanOrEqual(MAX_ROWS);
          const key = `${p.laneIndex}:${p.row}`;
          rows.set(key, [...(rows.get(key) ?? []), { x: p.x, end: p.x + p.width }]);
          const lane = layout.lanes[p.laneIndex].label;
          for (const e of p.kind === 'item' ? [p.event] : p.events) seen.set(lane, [...(seen.get(lane) ?? []), idOf(e) ?? '']);
          if (p.kind === 'item') expect(p.x).toBeCloseTo((dayNumber(p.event.from) - layout.startDay) * pxPerDay, 6);
        }
        for (const boxes of rows.values()) {
          boxes.sort((a, b) => a.x - b.x);
          for (let i = 1; i < boxes.length; i++) expect(boxes[i].x).toBeGreaterThanOrEqual(boxes[i - 1].end);
        }
        for (const e of events) {
          const lanes = groupBy === 'source' ? [e.sourceTitle] : e.tags.length ? e.tags : [NO_TAG];
          for (const lane of lanes) expect(seen.get(lane)?.filter((id) => id === idOf(e)).length, `${idOf(e)} in ${lane}`).toBe(1);
        }
        const total = [...seen.values()].reduce((n, ids) => n + ids.length, 0);
        expect(total).toBe(events.reduce((n, e) => n + (groupBy === 'source' ? 1 : Math.max(1, e.tags.length)), 0));
        // ← and → go in time order.
        for (let i = 1; i < layout.placed.length; i++) expect(layout.placed[i].x).toBeGreaterThanOrEqual(layout.placed[i - 1].x);
      });
    }
  }

  it('draws partial dates as spans as wide as their month or year', () => {
    const layout = layoutTimeline(events, 'source', 3);
    const month = layout.placed.find((p) => p.kind === 'item' && p.event.precision === 'month');
    const day = layout.placed.find((p) => p.kind === 'item' && p.event.precision === 'day');
    expect(month && month.kind === 'item' && month.spanWidth / 3).toBeGreaterThanOrEqual(28);
    expect(day && day.kind === 'item' && day.spanWidth).toBe(0);
  });

  it('labels the axis by years, months or days as the zoom allows, left to right', () => {
    const { startDay, days } = layoutTimeline(events, 'source', 1);
    const years = axisTicks(startDay, days, 0.3);
    expect(years.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(years.map((t) => Number(t.label))).toEqual([...years.map((t) => Number(t.label))].sort());
    expect(axisTicks(startDay, days, 4).some((t) => t.label === 'Jun')).toBe(true);
    const dayTicks = axisTicks(startDay, 60, 50);
    expect(dayTicks.length).toBeGreaterThan(55);
    for (let i = 1; i < dayTicks.length; i++) expect(dayTicks[i].x).toBeGreaterThan(dayTicks[i - 1].x);
  });
});
