/** The left pane: every source in the notebook, with import, sort and filter. */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { SourceSummary } from '../../../src-main/contract/domain';
import { useSourceList, type SourceSort } from '../../app/data';
import { useImports } from '../../app/imports';
import { formatDate, kindLabel, plural } from '../../app/labels';
import { useAppState, useDispatch } from '../../app/state';
import { ReliabilityBadge } from '../../ui/badges';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { ImportStatus } from './ImportStatus';

const SORTS: { value: SourceSort; label: string }[] = [
  { value: 'capturedAt', label: 'Captured' },
  { value: 'publishedAt', label: 'Published' },
  { value: 'title', label: 'Title' },
  { value: 'reliability', label: 'Reliability' },
  { value: 'claimCount', label: 'Claims' },
];

export function LibraryPanel() {
  const [sort, setSort] = useState<SourceSort>('capturedAt');
  const [filter, setFilter] = useState('');
  const { data: sources, error, loading } = useSourceList(sort, filter);
  const { importFiles } = useImports();
  const { sourceId } = useAppState();
  const dispatch = useDispatch();
  const fileInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const onListKey = (e: KeyboardEvent) => {
    if (!sources?.length || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    const at = sources.findIndex((s) => s.id === sourceId);
    const next = sources[Math.max(0, Math.min(sources.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    dispatch({ type: 'selectSource', sourceId: next.id });
    list.current?.querySelector<HTMLElement>(`[data-source-id="${CSS.escape(next.id)}"]`)?.focus();
  };

  return (
    <div className="library">
      <div className="pane-header">
        <h2 className="pane-header__title">Library</h2>
        <button type="button" className="button button--primary button--small" onClick={() => fileInput.current?.click()}>
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          aria-label="Import files"
          data-testid="import-input"
          accept=".txt,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx,.json,.jsonld,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void importFiles(files);
          }}
        />
      </div>
      <div className="library__tools">
        <input className="input input--search" type="search" placeholder="Filter sources" aria-label="Filter sources" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <select className="select" aria-label="Sort sources" value={sort} onChange={(e) => setSort(e.target.value as SourceSort)}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <ImportStatus />
      <div className="library__list-wrap">
        {error && !sources ? (
          <EmptyState title="The library could not be loaded">{error}</EmptyState>
        ) : loading && !sources ? (
          <Loading />
        ) : sources && sources.length === 0 ? (
          filter.trim() ? (
            <EmptyState title="No source matches">Nothing in the library matches “{filter.trim()}”. Clear the filter to see every source.</EmptyState>
          ) : (
            <EmptyState title="Your library is empty">
              <p>Import a report to start: drop files here or click Import.</p>
              <p className="muted">Text, Markdown, HTML, PDF and Word files are archived inside the notebook, exactly as they were.</p>
            </EmptyState>
          )
        ) : (
          <ul className="source-list" ref={list} aria-label="Sources" onKeyDown={onListKey}>
            {(sources ?? []).map((s) => (
              <SourceRow key={s.id} source={s} selected={s.id === sourceId} sort={sort} onOpen={() => dispatch({ type: 'selectSource', sourceId: s.id })} />
            ))}
          </ul>
        )}
      </div>
      {sources && sources.length > 0 && <div className="library__footer">{plural(sources.length, 'source')}</div>}
    </div>
  );
}

function SourceRow({ source, selected, sort, onOpen }: { source: SourceSummary; selected: boolean; sort: SourceSort; onOpen(): void }) {
  const date = sort === 'capturedAt' || !source.publishedAt ? formatDate(source.capturedAt) : formatDate(source.publishedAt);
  return (
    <li>
      <button type="button" className={`source-row${selected ? ' is-selected' : ''}`} aria-current={selected || undefined} data-source-id={source.id} onClick={onOpen}>
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
      </button>
    </li>
  );
}
