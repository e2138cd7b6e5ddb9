/** One event on the timeline (a button: it opens the passage), or a cluster of events too close to draw apart. */
import { memo } from 'react';
import type { TimelineEvent } from '../../../src-main/contract/methods-timeline';
import { formatDate } from '../../app/labels';
import { ROW_HEIGHT, type Placed } from './layout';
import { StatusMark, statusLabel } from './status-marks';

export function eventName(e: TimelineEvent): string {
  const date = `${formatDate(e.date)}${e.approximate ? ' (approximate)' : ''}`;
  return `${date}: ${e.label}. ${statusLabel(e.status)}, ${e.sourceTitle}`;
}

interface Props {
  placed: Placed;
  left: number;
  focusable: boolean;
  onOpen(placed: Placed): void;
  onFocusItem(key: string): void;
}

export const TimelineItem = memo(function TimelineItem({ placed, left, focusable, onOpen, onFocusItem }: Props) {
  const style = { left: left + placed.x, top: 6 + placed.row * ROW_HEIGHT, width: placed.width };
  const common = {
    type: 'button' as const,
    'data-key': placed.key,
    tabIndex: focusable ? 0 : -1,
    onClick: () => onOpen(placed),
    onFocus: () => onFocusItem(placed.key),
  };
  if (placed.kind === 'cluster') {
    const n = placed.events.length;
    return (
      <button {...common} className="tl-cluster" style={style} aria-label={`${n} more events here; zoom in to see them`} title={`${n} more events here: zoom in`}>
        +{n}
      </button>
    );
  }
  const e = placed.event;
  const kind = e.status ? `tl-status--${e.status}` : 'tl-suggested';
  return (
    <button {...common} className={`tl-item ${kind}${placed.spanWidth ? ' tl-item--span' : ''}`} style={style} aria-label={eventName(e)} title={eventName(e)}>
      {placed.spanWidth > 0 && <span className="tl-item__span" style={{ width: placed.spanWidth }} aria-hidden />}
      <StatusMark status={e.status} />
      <span className="tl-item__date" aria-hidden>
        {e.approximate ? '~' : ''}
        {e.date}
      </span>
      <span className="tl-item__label" aria-hidden>
        {e.label}
      </span>
    </button>
  );
});
