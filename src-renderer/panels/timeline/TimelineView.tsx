/**
 * The Timeline centre view: every claim with an event date (and, toggled on, the suggested claims
 * that carry one) on a zoomable time axis, in lanes by source or by tag, coloured by status. An
 * event opens the reader at its passage.
 */
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import '../../styles/timeline.css';
import { plural } from '../../app/labels';
import { useDispatch } from '../../app/state';
import { useQuery } from '../../app/use-query';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { dayRange, layoutTimeline, type GroupBy, type Placed } from './layout';
import { TimelineCanvas, type FocusRequest } from './TimelineCanvas';
import { TimelineLegend } from './TimelineLegend';
import { TimelineToolbar, type TimelineFilters } from './TimelineToolbar';
import { lastTimelinePlace, rememberTimelinePlace, restoreTimelineSettings, saveTimelineSettings } from './timeline-view-storage';
import { useDragPan } from './useDragPan';
import { useReadAllSuggestions } from './useReadAllSuggestions';
import { LANE_LABEL_WIDTH, useTimelineZoom, ZOOM_STEP } from './useTimelineZoom';

const isTyping = (target: EventTarget) => target instanceof HTMLElement && target.matches('input, select, textarea, [contenteditable=true]');

export function TimelineView() {
  const dispatch = useDispatch();
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [initial] = useState(() => ({ ...restoreTimelineSettings(), place: lastTimelinePlace() }));
  const [filters, setFilters] = useState<TimelineFilters>(initial.filters);
  const [groupBy, setGroupBy] = useState<GroupBy>(initial.groupBy);
  useEffect(() => saveTimelineSettings({ filters, groupBy }), [filters, groupBy]);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const { data, error, loading } = useQuery('timeline.events', filters, { keepPrevious: true });
  const reading = useReadAllSuggestions(filters.suggestions);
  const tags = useQuery('tags.list', {}, { keepPrevious: true }).data?.tags;
  const tagNames = useMemo(() => (tags ?? []).map((t) => t.name), [tags]);
  const events = useMemo(() => data?.events ?? [], [data]);
  const { days } = useMemo(() => dayRange(events), [events]);
  const zoom = useTimelineZoom(scroller, days, initial.place);
  // Where the analyst was, for coming back from the reader.
  const chosenZoom = zoom.chosen;
  useEffect(() => rememberTimelinePlace({ pxPerDay: chosenZoom }), [chosenZoom]);
  useEffect(() => {
    if (!scroller) return;
    const onScroll = () => rememberTimelinePlace({ scrollLeft: scroller.scrollLeft, scrollTop: scroller.scrollTop });
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => scroller.removeEventListener('scroll', onScroll);
  }, [scroller]);
  useDragPan(scroller);
  const layout = useMemo(() => layoutTimeline(events, groupBy, zoom.pxPerDay), [events, groupBy, zoom.pxPerDay]);

  // Ctrl+wheel zooms around the pointer (a listener of our own: React's wheel listener is passive).
  const { zoomBy } = zoom;
  useEffect(() => {
    const el = scroller;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      zoomBy(e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.clientX - el.getBoundingClientRect().left);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoomBy, scroller]);

  /** Zooms keeping the focused event (else the centre) still. */
  const zoomAtFocus = useCallback(
    (factor: number) => {
      const el = scroller;
      const focused = document.activeElement instanceof HTMLElement && el?.contains(document.activeElement) ? document.activeElement : null;
      zoomBy(factor, focused && el ? focused.getBoundingClientRect().left - el.getBoundingClientRect().left : undefined);
    },
    [zoomBy, scroller],
  );

  const onZoom = (direction: 'in' | 'out' | 'fit') => (direction === 'fit' ? zoom.fit() : zoomAtFocus(direction === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP));

  const onKeyDown = (e: KeyboardEvent) => {
    if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') zoomAtFocus(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') zoomAtFocus(1 / ZOOM_STEP);
    else if (e.key === '0') zoom.fit();
    else return;
    e.preventDefault();
  };

  const open = useCallback(
    (placed: Placed) => {
      if (placed.kind === 'cluster') {
        // Zoom until the cluster's events have room, then focus its first one.
        const el = scroller;
        const room = (el?.clientWidth ?? 800) / 2 / Math.max(1, placed.toDay - placed.fromDay);
        zoomBy(Math.max(ZOOM_STEP, room / zoom.pxPerDay), el ? placed.x + LANE_LABEL_WIDTH - el.scrollLeft : undefined);
        setFocusRequest({ laneKey: placed.key.split('|cluster|')[0], eventIds: placed.events.map((e) => e.claimId ?? e.suggestionId ?? '') });
        return;
      }
      const e = placed.event;
      dispatch({ type: 'showPassage', sourceId: e.sourceId, start: e.start, end: e.end, claimId: e.claimId ?? undefined });
      // The timeline goes away with the focus: it goes to the source's text, or else to the Reader tab.
      requestAnimationFrame(() => {
        const doc = document.querySelector<HTMLElement>('.reader-doc');
        doc?.focus();
        if (!doc || document.activeElement !== doc) document.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus();
      });
    },
    [dispatch, zoomBy, zoom.pxPerDay, scroller],
  );

  const activate = useCallback(
    (placed: Placed) => {
      if (placed.kind === 'item' && placed.event.claimId) dispatch({ type: 'openClaim', claimId: placed.event.claimId, sourceId: placed.event.sourceId });
    },
    [dispatch],
  );

  const filtered = Boolean(filters.status || filters.tag || filters.sourceId || filters.entityId);
  const claims = events.filter((e) => e.claimId).length;
  const suggested = events.length - claims;
  return (
    <section className="timeline-view" aria-label="Timeline" onKeyDown={onKeyDown}>
      <div className="pane-header">
        <h2 className="pane-header__title">Timeline</h2>
        <span className="muted" aria-live="polite">
          {data ? `${plural(claims, 'dated claim')}${filters.suggestions ? `, ${plural(suggested, 'dated suggestion')}` : ''}` : ''}
          {reading.reading ? ` · reading sources for suggestions…${reading.remaining ? ` (${reading.remaining} left)` : ''}` : ''}
        </span>
        <span className="muted tl-hint">← → move in time · Enter opens · + − zoom · 0 fits</span>
      </div>
      <TimelineToolbar filters={filters} onFilters={setFilters} groupBy={groupBy} onGroupBy={setGroupBy} tags={tagNames} onZoom={onZoom} />
      <TimelineLegend suggestions={filters.suggestions} />
      {reading.error && <p className="field__error" role="alert">Suggestions could not be read: {reading.error}</p>}
      {error ? (
        <p className="field__error">{error}</p>
      ) : !data && loading ? (
        <Loading label="Loading the timeline…" />
      ) : events.length === 0 ? (
        <EmptyState title={filtered ? 'No dated claim matches' : 'No dated claims yet'}>
          {filtered ? 'Nothing with a date matches these filters.' : 'Give a claim an event date (2024, 2024-01 or 2024-01-15) and it appears here, in time order.'}
        </EmptyState>
      ) : (
        <TimelineCanvas layout={layout} pxPerDay={zoom.pxPerDay} scrollRef={setScroller} focusRequest={focusRequest} initialFocusKey={initial.place?.focusedKey ?? null} onOpen={open} onActivate={activate} />
      )}
    </section>
  );
}
