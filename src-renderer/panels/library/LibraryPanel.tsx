/** The left pane: the notebook's sources, a page at a time, with import, sort, filter and a count. */
import { useRef, useState } from 'react';
import type { SourceSort } from '../../app/queries';
import { useImports } from '../../app/file-imports';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { ImportStatus } from './ImportStatus';
import { SourceList } from './SourceList';
import { useSourcePages } from './useSourcePages';

const SORTS: { value: SourceSort; label: string }[] = [
  { value: 'capturedAt', label: 'Captured' },
  { value: 'publishedAt', label: 'Published' },
  { value: 'title', label: 'Title' },
  { value: 'reliability', label: 'Reliability' },
  { value: 'claimCount', label: 'Claims' },
];

const count = (n: number) => n.toLocaleString('en-US');

export function LibraryPanel() {
  const [sort, setSort] = useState<SourceSort>('capturedAt');
  const [filter, setFilter] = useState('');
  const pages = useSourcePages(sort, filter);
  const { loaded, error } = pages;
  const { importFiles } = useImports();
  const fileInput = useRef<HTMLInputElement>(null);
  const words = filter.trim();

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
      {error && !loaded ? (
        <div className="library__list-wrap">
          <EmptyState title="The library could not be loaded">{error}</EmptyState>
        </div>
      ) : !loaded ? (
        <div className="library__list-wrap">
          <Loading />
        </div>
      ) : loaded.total === 0 ? (
        <div className="library__list-wrap">
          {loaded.everything > 0 ? (
            <EmptyState title="No source matches">Nothing in the library matches “{words}”. Clear the filter to see every source.</EmptyState>
          ) : (
            <EmptyState title="Your library is empty">
              <p>Import a report to start: drop files here or click Import.</p>
              <p className="muted">Text, Markdown, HTML, PDF and Word files are archived inside the notebook, exactly as they were.</p>
            </EmptyState>
          )}
        </div>
      ) : (
        <SourceList pages={pages} total={loaded.total} listKey={loaded.listKey} sort={sort} filter={words} />
      )}
      <div className="library__footer" role="status">
        {loaded && loaded.everything > 0 && (loaded.total === loaded.everything ? `${count(loaded.total)} ${loaded.total === 1 ? 'source' : 'sources'}` : `${count(loaded.total)} of ${count(loaded.everything)} match`)}
      </div>
    </div>
  );
}
