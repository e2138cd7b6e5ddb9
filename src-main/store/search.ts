/** Full-text search over the FTS5 index: sources, claims and briefs. */
import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../contract/domain';

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

/** Lower-cases and strips diacritics, keeping a map from each folded char back to its UTF-16 offset. */
function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = text[i].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < piece.length; k++) {
      folded += piece[k];
      map.push(i);
    }
  }
  map.push(text.length);
  return { folded, map };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where any query word first occurs at the start of a word in the text (UTF-16 offsets), or null. */
export function firstMatch(text: string, query: string): { start: number; end: number } | null {
  const words = (query.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).map(fold).filter(Boolean);
  if (!words.length) return null;
  // Fast path: the word as typed, case-insensitively, in the text as it is.
  const direct = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})`, 'iu').exec(text);
  if (direct) return { start: direct.index, end: direct.index + direct[0].length };
  // Slow path, for matches that differ by diacritics (alvaro → Álvaro): search a folded copy.
  const { folded, map } = foldWithMap(text);
  const m = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})`, 'u').exec(folded);
  return m ? { start: map[m.index], end: map[m.index + m[0].length] } : null;
}

interface HitRow {
  kind: 'source' | 'claim' | 'brief';
  ref_id: string;
  source_id: string | null;
  title: string;
  snippet: string;
}

export function searchNotebook(db: Database, query: string, limit = 20, kinds?: ('source' | 'claim' | 'brief')[]): SearchHit[] {
  const fts = toFtsQuery(query);
  if (!fts) return [];
  const kindFilter = kinds?.length ? `AND kind IN (${kinds.map(() => '?').join(', ')})` : '';
  const rows = db
    .prepare(
      `SELECT kind, ref_id, source_id, title, snippet(search_index, -1, '[[', ']]', '…', 16) AS snippet
       FROM search_index WHERE search_index MATCH ? ${kindFilter}
       ORDER BY bm25(search_index, 4.0, 1.0) LIMIT ?`,
    )
    .all(fts, ...(kinds ?? []), limit) as HitRow[];
  const textOf = db.prepare('SELECT text FROM documents WHERE source_id = ?');
  const claimOf = db.prepare('SELECT start, end FROM claims WHERE id = ?');
  return rows.map((r) => {
    let where: { start: number; end: number } | null = null;
    if (r.kind === 'source') where = firstMatch((textOf.get(r.ref_id) as { text: string }).text, query);
    if (r.kind === 'claim') where = claimOf.get(r.ref_id) as { start: number; end: number };
    return {
      kind: r.kind,
      id: r.ref_id,
      sourceId: r.source_id ?? '',
      title: r.title,
      snippet: r.snippet,
      start: where?.start ?? null,
      end: where?.end ?? null,
    };
  });
}
