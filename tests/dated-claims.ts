/**
 * Many dated claims for the timeline's scale screenshot and bench: anchored to real passages of
 * the sources already in the notebook, with full and partial dates over 2019–2025, every status
 * and a few tags, written straight into the tables in one transaction (the API would take minutes).
 */
import type { Database } from 'better-sqlite3';
import { CLAIM_STATUSES } from '../src-main/contract/domain';
import { seededRandom } from './helpers';

const TAGS = ['military', 'sanctions', 'diplomacy', 'energy', 'people', 'trade'];

export function addDatedClaims(db: Database, count: number, seed = 11): void {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const sources = db.prepare('SELECT source_id AS id, text FROM documents').all() as { id: string; text: string }[];
  if (!sources.length) throw new Error('import a source first: dated claims are anchored to real passages');
  const statuses = Object.keys(CLAIM_STATUSES);
  const now = new Date().toISOString();
  db.transaction(() => {
    const tagIds = TAGS.map((name) => {
      db.prepare('INSERT OR IGNORE INTO tags (name) VALUES (?)').run(name);
      return (db.prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number }).id;
    });
    const insert = db.prepare(
      `INSERT INTO claims (id, source_id, start, end, exact, prefix, suffix, statement, status, event_date, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const tag = db.prepare('INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)');
    for (let i = 0; i < count; i++) {
      const source = pick(sources);
      const start = Math.floor(random() * Math.max(1, source.text.length - 80));
      const end = Math.min(source.text.length, start + 30 + Math.floor(random() * 50));
      const exact = source.text.slice(start, end);
      const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 7 * 365) * 86_400_000).toISOString().slice(0, 10);
      const r = random();
      const date = r < 0.1 ? day.slice(0, 4) : r < 0.3 ? day.slice(0, 7) : day;
      const id = `clm_dated${String(i).padStart(6, '0')}`;
      const statement = exact.replace(/\s+/g, ' ').trim() || `Dated claim ${i}`;
      insert.run(id, source.id, start, end, exact, source.text.slice(Math.max(0, start - 32), start), source.text.slice(end, end + 32), statement, pick(statuses), date, now, now);
      for (let t = Math.floor(random() * 3); t > 0; t--) tag.run(id, pick(tagIds));
    }
  })();
}
