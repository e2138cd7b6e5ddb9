/** `casebook search`: the exact JSON shape and the counts in its text output, on a real notebook. */
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { cliOnFreshNotebook } from './cli-runner';

const SEED = fixture('reports', '000_f21f05dd4cd8cb1c.txt');
const FACT_SHEET = fixture('topic', 'us-gov-whitehouse', '2026-01-29-fact-sheet-president-donald-j-trump-addresses-threats-to-the-united-states-by-the-government-of-cuba.md');

const { cli } = cliOnFreshNotebook();

describe('casebook search', () => {
  it('--json prints {hits, total}; each hit has start, end and matches', async () => {
    const [seed] = (await cli('import', SEED, FACT_SHEET, '--json')).json().sources;
    const text = (await cli('text', seed.id)).stdout;
    const claim = (await cli('claim', 'add', seed.id, '--quote', 'Polonez-M missile systems', '--json')).json().claim;

    const out = await cli('search', 'Polonez', '--json');
    expect(out.code).toBe(0);
    const result = out.json();
    expect(Object.keys(result)).toEqual(['hits', 'total']);
    expect(result.total).toBe(2);
    for (const hit of result.hits) {
      expect(Object.keys(hit).sort()).toEqual(['end', 'id', 'kind', 'matches', 'snippet', 'sourceId', 'start', 'title'].sort());
    }
    const source = result.hits.find((h: { kind: string }) => h.kind === 'source');
    expect(source).toMatchObject({ id: seed.id, matches: text.match(/Polonez/g)!.length });
    expect(text.slice(source.start, source.end)).toBe('Polonez');
    const claimHit = result.hits.find((h: { kind: string }) => h.kind === 'claim');
    expect(claimHit).toMatchObject({ id: claim.id, matches: 1 });
    expect(claim.statement.slice(claimHit.start, claimHit.end)).toBe('Polonez');

    const paged = (await cli('search', 'Polonez', '--limit', '1', '--json')).json();
    expect(paged.hits).toHaveLength(1);
    expect(paged.total).toBe(2);
  });

  it('text output says how many results and how many matches each holds', async () => {
    await cli('import', SEED, FACT_SHEET);
    const all = await cli('search', 'Cuba', '--limit', '1');
    expect(all.code).toBe(0);
    const total = (await cli('search', 'Cuba', '--json')).json().total;
    expect(total).toBe(2);
    expect(all.stdout.split('\n')[0]).toBe('2 results; the best 1 shown (--limit N for more).');
    expect(all.stdout).toMatch(/\(\d+ matches at \d+–\d+\)/);
    expect((await cli('search', 'zzyzzyva')).stdout).toBe('No matches.\n');
  });
});
