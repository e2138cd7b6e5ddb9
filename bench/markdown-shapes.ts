/**
 * Markdown import time by shape: 1 MB of each hostile shape (tests/hostile-markdown.ts: huge front
 * matter, nested emphasis, entity runs, deep quotes, lists and divs…) through the Markdown importer
 * on this thread (the worker's start-up left out). Target: each in ≤ 2 s, time linear in size.
 *
 *   npm run bench -- markdown-shapes
 */
import { importMarkdown } from '../src-main/importers/markdown';
import { HOSTILE_MARKDOWN } from '../tests/hostile-markdown';

export const MARKDOWN_SHAPE_BYTES = 1024 * 1024;
export const MARKDOWN_SHAPE_TARGET_MS = 2_000;

export interface MarkdownShapeResult {
  shape: string;
  bytes: number;
  ms: number;
  /** The importer refused the file (in words) instead of reading it. */
  refused?: string;
}

export async function benchMarkdownShapes(): Promise<MarkdownShapeResult[]> {
  const results: MarkdownShapeResult[] = [];
  for (const [shape, make] of Object.entries(HOSTILE_MARKDOWN)) {
    const bytes = new TextEncoder().encode(make(MARKDOWN_SHAPE_BYTES));
    const start = performance.now();
    let refused: string | undefined;
    try {
      await importMarkdown({ bytes, fileName: `${shape}.md` });
    } catch (error) {
      refused = (error as Error).message;
    }
    results.push({ shape, bytes: bytes.length, ms: Math.round(performance.now() - start), ...(refused ? { refused } : {}) });
  }
  return results;
}

export function printMarkdownShapes(results: MarkdownShapeResult[]): void {
  for (const r of results) {
    const verdict = r.ms <= MARKDOWN_SHAPE_TARGET_MS ? 'ok' : `OVER the ${MARKDOWN_SHAPE_TARGET_MS} ms target`;
    console.log(`  ${r.shape.padEnd(24)} ${(r.bytes / 1024).toFixed(0).padStart(5)} KB  ${String(r.ms).padStart(6)} ms  ${verdict}${r.refused ? `  (refused: ${r.refused})` : ''}`);
  }
}
