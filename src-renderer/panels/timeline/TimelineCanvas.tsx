/**
 * The time axis and the lanes with their events. The events are one keyboard stop (roving focus):
 * ← → go to the previous or next event in time, ↑ ↓ to the nearest one above or below, Home and
 * End to the first and last; Enter opens the focused event (a cluster zooms in on its events).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { axisTicks, ROW_HEIGHT, type Placed, type TimelineLayout } from './layout';
import { TimelineItem } from './TimelineItem';
import { rememberTimelinePlace } from './timeline-view-storage';
import { LANE_LABEL_WIDTH } from './useTimelineZoom';

interface Props {
  layout: TimelineLayout;
  pxPerDay: number;
  scrollRef(el: HTMLDivElement | null): void;
  /** What to focus once drawn (after a cluster opened): the first of these events of this lane, else the cluster now holding it. */
  focusRequest: FocusRequest | null;
  /** The event that had the focus when the analyst left the view. */
  initialFocusKey: string | null;
  onOpen(placed: Placed): void;
  /** The keyboard moved to an event: its claim shows in the claims pane. */
  onActivate(placed: Placed): void;
}

export interface FocusRequest {
  laneKey: string;
  eventIds: string[];
}

const idOf = (p: Placed) => (p.kind === 'item' ? [p.event.claimId ?? p.event.suggestionId] : p.events.map((e) => e.claimId ?? e.suggestionId));

const yOf = (layout: TimelineLayout, p: Placed) => layout.lanes[p.laneIndex].top + p.row * ROW_HEIGHT;

/** The nearest event on the next line of events above (-1) or below (+1). */
function verticalNeighbour(layout: TimelineLayout, from: Placed, direction: 1 | -1): Placed | undefined {
  const y = yOf(layout, from);
  let best: Placed | undefined;
  let bestY = direction > 0 ? Infinity : -Infinity;
  let bestDx = Infinity;
  for (const p of layout.placed) {
    const py = yOf(layout, p);
    if (direction > 0 ? py <= y || py > bestY : py >= y || py < bestY) continue;
    const dx = Math.abs(p.x - from.x);
    if (py !== bestY || dx < bestDx) {
      best = p;
      bestY = py;
      bestDx = dx;
    }
  }
  return best;
}

export function TimelineCanvas({ layout, pxPerDay, scrollRef, focusRequest, initialFocusKey, onOpen, onActivate }: Props) {
  const [focusedKey, setFocusedKey] = useState<string | null>(initialFocusKey);
  useEffect(() => rememberTimelinePlace({ focusedKey }), [focusedKey]);
  const lanesRef = useRef<HTMLDivElement>(null);
  const ticks = useMemo(() => axisTicks(layout.startDay, layout.days, pxPerDay), [layout.startDay, layout.days, pxPerDay]);
  const index = useMemo(() => new Map(layout.placed.map((p, i) => [p.key, i])), [layout.placed]);
  const byLane = useMemo(() => {
    const lists = layout.lanes.map((): Placed[] => []);
    for (const p of layout.placed) lists[p.laneIndex].push(p);
    return lists;
  }, [layout]);
  const current = focusedKey !== null && index.has(focusedKey) ? focusedKey : (layout.placed[0]?.key ?? null);

  const moveTo = useCallback(
    (placed: Placed) => {
      setFocusedKey(placed.key);
      const el = lanesRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(placed.key)}"]`);
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      onActivate(placed);
    },
    [onActivate],
  );

  useEffect(() => {
    if (!focusRequest) return;
    const wanted = new Set(focusRequest.eventIds);
    const inLane = layout.placed.filter((p) => layout.lanes[p.laneIndex].key === focusRequest.laneKey && idOf(p).some((id) => id !== null && wanted.has(id)));
    const target = inLane.find((p) => p.kind === 'item') ?? inLane[0];
    if (target) moveTo(target);
  }, [focusRequest, layout, moveTo]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (current === null || e.altKey || e.ctrlKey || e.metaKey) return;
    const at = index.get(current) ?? 0;
    const here = layout.placed[at];
    let next: Placed | undefined;
    if (e.key === 'ArrowRight') next = layout.placed[at + 1];
    else if (e.key === 'ArrowLeft') next = layout.placed[at - 1];
    else if (e.key === 'ArrowDown') next = verticalNeighbour(layout, here, 1);
    else if (e.key === 'ArrowUp') next = verticalNeighbour(layout, here, -1);
    else if (e.key === 'Home') next = layout.placed[0];
    else if (e.key === 'End') next = layout.placed[layout.placed.length - 1];
    else return;
    e.preventDefault();
    if (next) moveTo(next);
  };

  const width = LANE_LABEL_WIDTH + layout.width;
  return (
    <div className="tl-scroll" ref={scrollRef} tabIndex={-1}>
      <div className="tl-canvas" style={{ width }}>
        <div className="tl-axis" aria-hidden>
          <div className="tl-axis__corner" />
          {ticks.map((t) => (
            <span key={t.x} className={`tl-tick${t.major ? ' tl-tick--major' : ''}`} style={{ left: LANE_LABEL_WIDTH + t.x }}>
              {t.label}
            </span>
          ))}
        </div>
        <div className="tl-gridlines" aria-hidden style={{ height: layout.height }}>
          {ticks.map((t) => (
            <span key={t.x} className={`tl-gridline${t.major ? ' tl-gridline--major' : ''}`} style={{ left: LANE_LABEL_WIDTH + t.x }} />
          ))}
        </div>
        <div className="tl-lanes" ref={lanesRef} role="group" aria-label="Timeline events" aria-roledescription="timeline" onKeyDown={onKeyDown}>
          {layout.lanes.map((lane, laneIndex) => (
            <div key={lane.key} className="tl-lane" style={{ height: lane.height }} role="group" aria-label={lane.label}>
              <div className="tl-lane__label" title={lane.label}>
                <span className="tl-lane__name">{lane.label}</span>
              </div>
              {byLane[laneIndex].map((p) => (
                <TimelineItem key={p.key} placed={p} left={LANE_LABEL_WIDTH} focusable={p.key === current} onOpen={onOpen} onFocusItem={setFocusedKey} />
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
