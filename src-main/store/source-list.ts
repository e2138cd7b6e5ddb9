/**
 * The library's list of sources, a page at a time: sorted and filtered in SQL, with the total that
 * matches, and where one source falls in that order. Reads only the columns a row shows (never a
 * document's text or an original's bytes); a source's claim count is one seek in claims_by_source.
 */
import type { Database } from 'better-sqlite3';
import type { Reliability, SourceSummary } from '../contract/domain';

export type SourceSortKey = 'title' | 'capturedAt' | 'publishedAt' | 'reliability' | 'claimCount';

export interface ListOptions {
  sort?: SourceSortKey;
  /** Words to look for in the title or origin (a plain substring, case-insensitive for ASCII). */
  filter?: string;
  offset?: number;
  /** Omitted: every matching source. */
  limit?: number;
}

export interface SummaryRow {
  id: string;
  title: string;
  media_type: string;
  sha256: string;
  captured_at: string;
  origin: string;
  reliability: Reliability;
  published_at: string | null;
  claim_count: number;
}

const CLAIM_COUNT = '(SELECT count(*) FROM claims c WHERE c.source_id = s.id)';

/**
 * Each order ends on the id so pages never overlap or skip rows that tie. The expressions match the
 * indexes of migration 004 term for term, so SQLite walks an index instead of sorting the table.
 */
const ORDER: Record<SourceSortKey, string> = {
  title: 's.title COLLATE NOCASE ASC, s.id ASC',
  capturedAt: 's.captured_at DESC, s.id DESC',
  publishedAt: 's.published_at IS NULL ASC, s.published_at DESC, s.id DESC',
  reliability: 's.reliability ASC, s.title COLLATE NOCASE ASC, s.id ASC',
  claimCount: `${CLAIM_COUNT} DESC, s.title COLLATE NOCASE ASC, s.id ASC`,
};

function whereOf(filter: string | undefined): { where: string; params: Record<string, string> } {
  const words = filter?.trim();
  if (!words) return { where: '', params: {} };
  const like = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return { where: `WHERE (s.title LIKE @like ESCAPE '\\' OR s.origin LIKE @like ESCAPE '\\')`, params: { like } };
}

/** A source's row (from `sources`, with its claim count) as the summary the library lists. */
export function summaryFromRow(r: SummaryRow): SourceSummary {
  return {
    id: r.id,
    title: r.title,
    mediaType: r.media_type,
    sha256: r.sha256,
    capturedAt: r.captured_at,
    origin: r.origin,
    reliability: r.reliability,
    publishedAt: r.published_at,
    claimCount: r.claim_count,
  };
}

/** The SQL of one page, exported for the query-plan test. */
export function listSql(options: ListOptions): { sql: string; params: Record<string, string | number> } {
  const { where, params } = whereOf(options.filter);
  const page = options.limit === undefined ? '' : 'LIMIT @limit OFFSET @offset';
  const sql = `SELECT s.id, s.title, s.media_type, s.sha256, s.captured_at, s.origin, s.reliability, s.published_at, ${CLAIM_COUNT} AS claim_count
    FROM sources s ${where} ORDER BY ${ORDER[options.sort ?? 'capturedAt']} ${page}`;
  return { sql, params: options.limit === undefined ? params : { ...params, limit: options.limit, offset: options.offset ?? 0 } };
}

export function listSources(db: Database, options: ListOptions = {}): SourceSummary[] {
  const { sql, params } = listSql(options);
  return (db.prepare(sql).all(params) as SummaryRow[]).map(summaryFromRow);
}

/** How many sources match the filter. */
export function countSources(db: Database, filter?: string): number {
  const { where, params } = whereOf(filter);
  return (db.prepare(`SELECT count(*) AS n FROM sources s ${where}`).get(params) as { n: number }).n;
}

/** Where a source stands (0-based) in the sorted, filtered list; null when the filter leaves it out. */
export function locateSource(db: Database, id: string, options: Pick<ListOptions, 'sort' | 'filter'> = {}): number | null {
  const { where, params } = whereOf(options.filter);
  const row = db
    .prepare(
      `SELECT position FROM (SELECT s.id, row_number() OVER (ORDER BY ${ORDER[options.sort ?? 'capturedAt']}) - 1 AS position FROM sources s ${where}) WHERE id = @id`,
    )
    .get({ ...params, id }) as { position: number } | undefined;
  return row?.position ?? null;
}
