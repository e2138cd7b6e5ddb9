/** One source in the library's list (an option of the listbox), or its placeholder while its page loads. */
import { memo } from 'react';
import type { SourceSummary } from '../../../src-main/contract/domain';
import type { SourceSort } from '../../app/queries';
import { formatDate, kindLabel, plural } from '../../app/labels';
import { ReliabilityBadge } from '../../ui/badges';

interface Props {
  source: SourceSummary | undefined;
  index: number;
  total: number;
  selected: boolean;
  focusable: boolean;
  sort: SourceSort;
  /** Where the row sits in the list, in pixels. */
  top: number;
  onOpen(index: number): void;
}

/** Memoised: while the list scrolls, rows already drawn are left alone and only new ones render. */
export const SourceRow = memo(function SourceRow({ source, index, total, selected, focusable, sort, top, onOpen }: Props) {
  const common = {
    role: 'option',
    'data-index': index,
    'aria-setsize': total,
    'aria-posinset': index + 1,
    tabIndex: focusable ? 0 : -1,
    style: { transform: `translateY(${top}px)` },
  } as const;
  if (!source) {
    return (
      <div {...common} className="source-row source-row--loading" aria-selected={false} aria-busy>
        <span className="source-row__title">Loading…</span>
        <span className="source-row__meta">&nbsp;</span>
      </div>
    );
  }
  const date = sort === 'capturedAt' || !source.publishedAt ? formatDate(source.capturedAt) : formatDate(source.publishedAt);
  return (
    <div {...common} className={`source-row${selected ? ' is-selected' : ''}`} aria-selected={selected} data-source-id={source.id} onClick={() => onOpen(index)}>
      <span className="source-row__title" title={source.title}>
        {source.title}
      </span>
      <span className="source-row__meta">
        <span className="source-row__kind">{kindLabel(source.mediaType)}</span>
        <span className="source-row__date" title={source.publishedAt ? `Published ${source.publishedAt}` : `Captured ${source.capturedAt}`}>
          {date}
        </span>
        <ReliabilityBadge grade={source.reliability} />
        {source.claimCount > 0 && <span className="source-row__claims">{plural(source.claimCount, 'claim')}</span>}
      </span>
    </div>
  );
});
