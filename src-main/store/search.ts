/**
 * Full-text search over the FTS5 index: sources, claims and briefs. Match positions come from
 * FTS5 itself (its highlight() and snippet() markers), so they follow its tokenizer exactly:
 * diacritics and case folded, prefixes, phrases.
 */
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchResult, TextRange } from '../contract/domain';
import { locateShownMatch, markedRanges, pickMarkers, type Markers } from './search-marks';

type Kind = SearchHit['kind'];

/**
 * Turns what the analyst typed into a safe FTS5 query: every word must match (AND);
 * "quoted text" is a phrase; a trailing * matches a prefix; words joined by punctuation
 * (Polonez-M, U.S.) are phrases. FTS5 operators typed by accident never cause a syntax error.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  for (const m of input.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const phrase = m[1] !== undefined;
    const raw = phrase ? m[1] : m[2];
    const words = raw.match(/[\p{L}\p{N}\p{M}]+/gu);
    if (!words) continue;
    const prefix = !phrase && raw.endsWith('*');
    parts.push(`"${words.join(' ')}"${prefix ? ' *' : ''}`);
  }
  return parts.length ? parts.join(' ') : null;
}

interface PageRow {
  rowid: number;
  kind: Kind;
  ref_id: string;
  source_id: string | null;
  title: string;
}

/*
 * Rowids are bound as BigInt: a JS number binds as REAL, and FTS5 (3.53) then silently ignores
 * a `rowid = ?` constraint beside MATCH, answering for whichever row matches first.
 */

/** The column whose matches a hit points into: a claim's statement (title), else the text (body). */
const COLUMN_OF: Record<Kind, 0 | 1> = { claim: 0, source: 1, brief: 1 };

export interface SearchOptions {
  limit?: number;
  offset?: number;
  kinds?: Kind[];
}

/**
 * One page of hits, best first, and how many hits there are in all. Only the page's rows pay for
 * snippets and match positions; the total is one COUNT.
 */
export function searchNotebook(db: Database, query: string, options: SearchOptions = {}): SearchResult {
  const fts = toFtsQuery(query);
  if (!fts) return { hits: [], total: 0 };
  const kinds = options.kinds?.length ? options.kinds : null;
  const kindFilter = kinds ? `AND kind IN (${kinds.map(() => '?').join(', ')})` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM search_index WHERE search_index MATCH ? ${kindFilter}`).get(fts, ...(kinds ?? [])) as { n: number }).n;
  if (total === 0) return { hits: [], total };
  const rows = db
    .prepare(
      `SELECT rowid, kind, ref_id, source_id, title FROM search_index WHERE search_index MATCH ? ${kindFilter}
       ORDER BY bm25(search_index, 4.0, 1.0) LIMIT ? OFFSET ?`,
    )
    .all(fts, ...(kinds ?? []), options.limit ?? 20, options.offset ?? 0) as PageRow[];
  const bodyOf = db.prepare('SELECT body FROM search_index WHERE rowid = ?').pluck();
  const marked = db.prepare(
    `SELECT snippet(search_index, -1, @open, @close, '…', 16) AS snippet, highlight(search_index, @column, @open, @close) AS marked
     FROM search_index WHERE search_index MATCH @fts AND rowid = @rowid`,
  );
  const hits = rows.map((row): SearchHit => {
    const column = COLUMN_OF[row.kind];
    const text = column === 0 ? row.title : ((bodyOf.get(row.rowid) as string | null) ?? '');
    const markers = pickMarkers(text, row.title);
    const r = marked.get({ open: markers.open, close: markers.close, column, fts, rowid: BigInt(row.rowid) }) as { snippet: string; marked: string };
    const ranges = markedRanges(r.marked, markers);
    const shown = locateShownMatch(text, r.snippet, markers, ranges) ?? ranges[0] ?? null;
    return {
      kind: row.kind,
      id: row.ref_id,
      sourceId: row.source_id ?? '',
      title: row.title,
      snippet: toDisplaySnippet(r.snippet, markers),
      start: shown?.start ?? null,
      end: shown?.end ?? null,
      matches: ranges.length,
    };
  });
  return { hits, total };
}

/** Every match of the query in one source's text, in order (what the reader steps through). */
export function matchesInSource(db: Database, sourceId: string, query: string): TextRange[] {
  const fts = toFtsQuery(query);
  if (!fts) return [];
  const row = db
    .prepare(`SELECT d.rowid AS rowid, i.body AS body FROM search_docs d JOIN search_index i ON i.rowid = d.rowid WHERE d.kind = 'source' AND d.ref_id = ?`)
    .get(sourceId) as { rowid: number; body: string } | undefined;
  if (!row) return [];
  const markers = pickMarkers(row.body, '');
  const marked = db
    .prepare('SELECT highlight(search_index, 1, @open, @close) FROM search_index WHERE search_index MATCH @fts AND rowid = @rowid')
    .pluck()
    .get({ ...markers, fts, rowid: BigInt(row.rowid) }) as string | undefined;
  return marked === undefined ? [] : markedRanges(marked, markers);
}

/** The snippet with the contract's [[ ]] markers. */
function toDisplaySnippet(snippet: string, markers: Markers): string {
  return snippet.split(markers.open).join('[[').split(markers.close).join(']]');
}
