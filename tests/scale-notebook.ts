/**
 * A large generated notebook for the scale tests and the scale bench: `sources` sources of about
 * 80 words (one of them a long report of `longWords` words) and `claims` claims anchored to real
 * passages, all written in one transaction through the store's own insert and index functions.
 */
import type { Database } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reliability } from '../src-main/contract/domain';
import { openNotebook } from '../src-main/store/db';
import { LATEST_VERSION } from '../src-main/store/migrations/index';
import { indexRecord } from '../src-main/store/search-index';
import { insertSource, sha256Hex } from '../src-main/store/sources';
import { seededRandom } from './helpers';

export interface ScaleSpec {
  sources: number;
  claims: number;
  /** Words in the one long source (the others have about 80). */
  longWords?: number;
}

/** The long source's title, and a word every generated title may contain (for filtering). */
export const LONG_TITLE = 'Long report on the Havana delegation';
export const RARE_WORD = 'Polonez';

const WORDS = (
  'ministry defence delegation convoy border sanctions minister ambassador Havana Minsk Cuba Belarus agreement ' +
  'military cooperation exports missile systems range report officials witnesses analysts shipment fuel company ' +
  'regime press visit talks exchange technology equipment naval attaché statement intelligence port tanker'
).split(' ');
const OUTLETS = ['Reuters', 'Granma', 'Belta', 'Meduza', 'El País', 'Nasha Niva', 'Cubadebate', 'OCCRP'];
const GRADES: Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]);
  return `${out.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function paragraphs(random: () => number, words: number): string[] {
  const blocks: string[] = [];
  for (let n = 0; n < words; ) {
    const size = Math.min(words - n, 40 + Math.floor(random() * 60));
    blocks.push(sentence(random, size));
    n += size;
  }
  return blocks;
}

/** Fills an empty notebook. Source i is captured i minutes after a fixed start, so orders are predictable. */
export function fillScaleNotebook(db: Database, spec: ScaleSpec): void {
  const random = seededRandom(2026);
  const start = Date.UTC(2025, 0, 1);
  db.transaction(() => {
    const sources: { id: string; text: string }[] = [];
    for (let i = 0; i < spec.sources; i++) {
      const long = i === Math.floor(spec.sources / 2);
      const outlet = OUTLETS[i % OUTLETS.length];
      const title = long ? LONG_TITLE : `${outlet} ${String(i).padStart(5, '0')}: ${sentence(random, 4 + (i % 9)).slice(0, -1)}${i % 50 === 7 ? ` ${RARE_WORD}` : ''}`;
      const blocks = paragraphs(random, long ? (spec.longWords ?? 5000) : 60 + Math.floor(random() * 40));
      const body = blocks.map((text, seq) => ({ kind: seq % 12 === 0 && long ? ('heading' as const) : ('paragraph' as const), text }));
      const bytes = Buffer.from(`${title}\n\n${blocks.join('\n\n')}\n`);
      const id = insertSource(db, {
        doc: {
          title,
          authors: [],
          publisher: outlet,
          publishedAt: i % 4 === 0 ? undefined : new Date(start - i * 3_600_000).toISOString().slice(0, 10),
          mediaType: 'text/plain',
          blocks: body,
          warnings: [],
        },
        bytes,
        sha256: sha256Hex(bytes),
        fileName: `generated-${i}.txt`,
        origin: `https://${outlet.toLowerCase().replace(/[^a-z]/g, '')}.example/${i}`,
        capturedAt: new Date(start + i * 60_000).toISOString(),
      });
      db.prepare('UPDATE sources SET reliability = ? WHERE id = ?').run(GRADES[i % GRADES.length], id);
      sources.push({ id, text: (db.prepare('SELECT text FROM documents WHERE source_id = ?').get(id) as { text: string }).text });
    }
    const insertClaim = db.prepare(
      `INSERT INTO claims (id, source_id, start, end, exact, prefix, suffix, statement, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const now = new Date(start).toISOString();
    for (let k = 0; k < spec.claims; k++) {
      // The long source gets one claim in fifty; the rest are spread at random.
      const source = k % 50 === 0 ? sources[Math.floor(spec.sources / 2)] : sources[Math.floor(random() * sources.length)];
      const s = Math.floor(random() * Math.max(1, source.text.length - 60));
      const e = Math.min(source.text.length, s + 20 + Math.floor(random() * 40));
      const id = `clm_gen${String(k).padStart(7, '0')}`;
      const exact = source.text.slice(s, e);
      insertClaim.run(id, source.id, s, e, exact, source.text.slice(Math.max(0, s - 32), s), source.text.slice(e, e + 32), exact, now, now);
      indexRecord(db, 'claim', id, source.id, exact, '');
    }
  })();
}

/**
 * A generated notebook file, made once and kept in the temp folder under a name holding its size,
 * the generator's version and the schema version; `into` gets a fresh copy to use.
 */
export function scaleNotebookFile(spec: ScaleSpec, into: string): string {
  const cacheDir = join(tmpdir(), 'casebook-bench-cache');
  const cached = join(cacheDir, `scale-g1-s${LATEST_VERSION}-${spec.sources}x${spec.claims}-${spec.longWords ?? 5000}.sqlite`);
  if (!existsSync(cached)) {
    mkdirSync(cacheDir, { recursive: true });
    const building = `${cached}.${process.pid}.tmp`;
    rmSync(building, { force: true });
    const notebook = openNotebook(building);
    fillScaleNotebook(notebook.db, spec);
    notebook.db.pragma('wal_checkpoint(TRUNCATE)');
    notebook.close();
    for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
    renameSync(building, cached);
  }
  copyFileSync(cached, into);
  return into;
}
