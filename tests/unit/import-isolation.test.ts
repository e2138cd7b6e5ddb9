/**
 * Text, Markdown and HTML imports run in a worker with a deadline and a memory cap (issue 13):
 * hostile Markdown finishes or is refused in words within the worker's time limit, and the API
 * answers other requests while an import is being parsed, its entities found or its sentences
 * ranked for suggested claims (the language work runs in the same pooled worker).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findEntitiesOffThread, rankSentencesOffThread } from '../../src-main/analysis/off-thread';
import { computeSuggestions, rankSentences } from '../../src-main/analysis/suggest';
import { extractEntities } from '../../src-main/entities/extract';
import { unpackEntities, type PackedEntity } from '../../src-main/entities/packed';
import { dateSpans, packDateSpans } from '../../src-main/importers/workers/date-spans.mjs';
import { fixture } from '../helpers';
import { HOSTILE_MARKDOWN } from '../hostile-markdown';
import { fails, ok, openTestNotebook, type TestNotebook } from './notebook-helpers';

const data = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const TIME_LIMIT_MS = 20_000;

describe('imports in a worker', () => {
  let nb: TestNotebook;
  beforeEach(() => {
    nb = openTestNotebook({ isolation: { timeoutMs: TIME_LIMIT_MS } });
  });
  afterEach(() => nb.close());

  it('reads Markdown that overflowed the parser’s stack: 5,000 quote levels, 5,000 open <div>s, long entity runs', async () => {
    const cases: [string, string, string][] = [
      ['quotes.md', `${'> '.repeat(5_000)}the deepest words\n`, 'the deepest words'],
      ['divs.md', `${'<div>'.repeat(5_000)}inside the divs\n`, 'inside the divs'],
      ['entities.md', `${'&amp;&#x41;'.repeat(40_000)} end\n`, '&A&A'],
      ['spaced.md', `${'&amp; '.repeat(20_000)}end\n`, '& & & end'],
    ];
    for (const [fileName, text, expected] of cases) {
      const { source } = await ok(nb.api, 'sources.import', { fileName, data: data(text) });
      const { text: stored } = await ok(nb.api, 'sources.text', { id: source.id });
      expect(stored, fileName).toContain(expected);
    }
  });

  it('reads every hostile Markdown shape (200 KB each) within the time limit', async () => {
    for (const [shape, make] of Object.entries(HOSTILE_MARKDOWN)) {
      const result = await nb.api.dispatch('sources.import', { fileName: `${shape}.md`, data: data(make(200_000)) });
      expect(result.ok ? 'imported' : `${result.error.code}: ${result.error.message}`, shape).toBe('imported');
    }
  });

  it('refuses a file whose reading passes the time limit, in words', async () => {
    const slow = openTestNotebook({ isolation: { timeoutMs: 20 } });
    try {
      const text = `# A title\n\n${'Some *words* in [a link](http://example.com).\n\n'.repeat(100_000)}`;
      const error = await fails(slow.api, 'sources.import', { fileName: 'plain.md', data: data(text) });
      expect(error.code).toBe('DAMAGED_FILE');
      expect(error.message).toBe('“plain.md” could not be read as a Markdown file: reading it took too long, so Casebook gave up. Nothing was imported.');
    } finally {
      slow.close();
    }
  });

  it('answers another request while an import is being parsed', async () => {
    const big = `# Report\n\n${'A paragraph of the report, with *some* emphasis and a [link](http://example.com).\n\n'.repeat(40_000)}`;
    const order: string[] = [];
    const importing = nb.api.dispatch('sources.import', { fileName: 'big.md', data: data(big) }).then((r) => {
      order.push('import');
      return r;
    });
    // Queued behind the import's start: on a blocked main thread it could only run after the parse.
    const asking = new Promise<void>((resolve) =>
      setTimeout(() => {
        void nb.api.dispatch('notebook.info', {}).then((r) => {
          expect(r.ok).toBe(true);
          order.push('info');
          resolve();
        });
      }, 0),
    );
    const [imported] = await Promise.all([importing, asking]);
    expect(imported.ok).toBe(true);
    expect(order).toEqual(['info', 'import']);
  });

  /** A long source (about 50,000 words) of real text: the Wikipedia fixtures, several times over. */
  const longText = () => {
    const dir = fixture('topic', 'wikipedia-2019');
    const articles = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(dir, f), 'utf8'));
    return Array.from({ length: 12 }, () => articles.join('\n\n')).join('\n\n');
  };

  /**
   * Runs `work` and a `notebook.info` request dispatched on a later turn of the event loop (by
   * default the next): the order they finished in. Work done on the main thread ends first.
   */
  async function finishingOrder(work: () => Promise<unknown>, askWhen: (ask: () => void) => void = (ask) => setTimeout(ask, 0)): Promise<string[]> {
    const order: string[] = [];
    let asking: Promise<unknown> = Promise.resolve();
    const working = work().then(() => order.push('work'));
    askWhen(() => {
      asking = nb.api.dispatch('notebook.info', {}).then((r) => {
        expect(r.ok).toBe(true);
        order.push('info');
      });
    });
    await working;
    await asking;
    return order;
  }

  it('finds a long source’s entities in the worker, to the same result, answering another request meanwhile', async () => {
    const text = longText();
    let found: unknown;
    expect(await finishingOrder(async () => (found = await findEntitiesOffThread(text, { timeoutMs: TIME_LIMIT_MS })))).toEqual(['info', 'work']);
    expect(unpackEntities(found as PackedEntity[], text)).toEqual(extractEntities(text));
  });

  it('ranks a long source’s sentences in the worker, to the same result, answering another request meanwhile', async () => {
    const text = longText();
    const dates = dateSpans(text, '2019-06-01');
    let ranked: unknown;
    expect(await finishingOrder(async () => (ranked = await rankSentencesOffThread(text, packDateSpans(dates), { timeoutMs: TIME_LIMIT_MS })))).toEqual(['info', 'work']);
    expect(ranked).toEqual(rankSentences(text, dates));
  });

  it('suggests claims for a long source with a request dispatched once its dates are read answered before the ranking ends', async () => {
    const text = longText();
    // Asked (on the next turn of the event loop) when the dates worker reports it is through: the
    // ranking comes after, and on the main thread it would hold the request until it ended.
    const askAfterDates = (ask: () => void) => (fraction: number) => fraction === 1 && setTimeout(ask, 0);
    let onProgress: (fraction: number) => void = () => undefined;
    const order = await finishingOrder(
      () => computeSuggestions(text, '2019-06-01', { timeoutMs: TIME_LIMIT_MS, onProgress: (f) => onProgress(f) }),
      (ask) => (onProgress = askAfterDates(ask)),
    );
    expect(order).toEqual(['info', 'work']);
  });

  it('does not find entities or rank sentences on the main thread when the worker gave up on them (its time limit)', async () => {
    const text = longText();
    // A 1 ms limit: the worker gives up; run here, the work would hold up every request as long.
    expect(await findEntitiesOffThread(text, { timeoutMs: 1 })).toBeUndefined();
    expect(await rankSentencesOffThread(text, packDateSpans(dateSpans(text, '2019-06-01')), { timeoutMs: 1 })).toEqual([]);
  });

  it('no handler finds entities or ranks sentences on the main thread: they ask the worker', () => {
    const apiDir = join(__dirname, '..', '..', 'src-main', 'api');
    for (const file of readdirSync(apiDir).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(join(apiDir, file), 'utf8');
      expect(code, file).not.toMatch(/\b(extractEntities|rankSentences)\(/);
    }
    const handlers = readFileSync(join(apiDir, 'handlers.ts'), 'utf8');
    expect(handlers).toMatch(/findEntitiesOffThread\(doc\.text/);
  });

  it('no handler stores an import, the backfill’s entities or an entity decision, or moves a source to or from the trash, on the main thread, or receives a document as objects: the writer thread does', () => {
    const apiDir = join(__dirname, '..', '..', 'src-main', 'api');
    for (const file of readdirSync(apiDir).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(join(apiDir, file), 'utf8');
      expect(code, file).not.toMatch(/\b(insertSource|saveAndResolve|saveSourceEntities|resolveEntities|importDocument|renameEntity|setEntityType|deleteEntity|mergeEntities|splitMention|undoEntityDecisions|decideOnEntities|deleteSource|restoreFromTrash|emptyTrash)\(/);
    }
    const handlers = readFileSync(join(apiDir, 'handlers.ts'), 'utf8');
    expect(handlers).toMatch(/importPackedDocument\(/);
    expect(handlers).toMatch(/threads\.write\('storeSource'/);
    expect(handlers).toMatch(/threads\.write\('storeSourceEntities'/);
  });
});
