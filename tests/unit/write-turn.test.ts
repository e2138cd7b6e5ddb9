/**
 * The notebook's write turn (api/write-turn.ts): one write at a time, in the order asked, even when
 * a write runs elsewhere (the writer thread) and answers later; a failed write does not stall the
 * ones after it; another notebook's writes do not wait.
 */
import { describe, expect, it } from 'vitest';
import { inWriteTurn } from '../../src-main/api/write-turn';
import type { Notebook } from '../../src-main/store/db';

const aNotebook = () => ({ path: 'x' }) as unknown as Notebook;
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the write turn', () => {
  it('runs writes one at a time, in order, a slow one finishing before the next begins', async () => {
    const notebook = aNotebook();
    const log: string[] = [];
    const slow = inWriteTurn(notebook, async () => {
      log.push('slow begins');
      await later(30);
      log.push('slow ends');
      return 1;
    });
    const quick = inWriteTurn(notebook, () => (log.push('quick'), 2));
    expect(await Promise.all([slow, quick])).toEqual([1, 2]);
    expect(log).toEqual(['slow begins', 'slow ends', 'quick']);
  });

  it('goes on after a failed write, which fails for its caller alone', async () => {
    const notebook = aNotebook();
    const failed = inWriteTurn(notebook, async () => {
      await later(5);
      throw new Error('disk full');
    });
    const next = inWriteTurn(notebook, () => 'landed');
    await expect(failed).rejects.toThrow('disk full');
    expect(await next).toBe('landed');
  });

  it('keeps each notebook’s turn apart', async () => {
    const [a, b] = [aNotebook(), aNotebook()];
    const log: string[] = [];
    const slowA = inWriteTurn(a, async () => {
      await later(30);
      log.push('a');
    });
    await inWriteTurn(b, () => log.push('b'));
    await slowA;
    expect(log).toEqual(['b', 'a']);
  });
});
