/** `casebook ach …` on a real notebook file: the JSON shapes of the issue, and the scores they carry. */
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { cliOnFreshNotebook } from './cli-runner';

const SEED = fixture('reports', '000_f21f05dd4cd8cb1c.txt');
const { cli } = cliOnFreshNotebook();

async function claimIds(): Promise<string[]> {
  const sourceId = (await cli('import', SEED, '--json')).json().sources[0].id as string;
  const add = async (quote: string, credibility: string) => (await cli('claim', 'add', sourceId, '--quote', quote, '--credibility', credibility, '--json')).json().claim.id as string;
  return [await add('reliable ally of Havana', '1'), await add('military cooperation is becoming increasingly evident', '3')];
}

describe('casebook ach', () => {
  it('creates an analysis, adds claims, rates them and shows the matrix with its scores', async () => {
    const [c1, c2] = await claimIds();
    const created = await cli('ach', 'create', '--question', 'Why Havana?', '--hypothesis', 'Arms', '--hypothesis', 'Trade', '--json');
    expect(created.code).toBe(0);
    const { analysis } = created.json();
    expect(analysis.question).toBe('Why Havana?');
    expect(analysis.hypotheses.map((h: { label: string }) => h.label)).toEqual(['Arms', 'Trade']);
    const [h1, h2] = analysis.hypotheses.map((h: { id: string }) => h.id) as string[];

    expect((await cli('ach', 'add', analysis.id, c1, '--relevance', 'high', '--json')).code).toBe(0);
    expect((await cli('ach', 'add', analysis.id, c2, '--json')).code).toBe(0);
    for (const [claim, hyp, rating] of [[c1, h1, 'C'], [c1, h2, 'I'], [c2, h1, 'N'], [c2, h2, 'ii']]) {
      const rated = await cli('ach', 'rate', analysis.id, claim, hyp, rating, '--json');
      expect(rated.code, rated.stderr).toBe(0);
    }
    const shown = (await cli('ach', 'show', analysis.id, '--json')).json();
    expect(shown.rows).toEqual([
      { rowId: expect.any(String), claimId: c1, text: 'reliable ally of Havana', relevance: 'high', credibilityWeight: 'high', ratings: { [h1]: 'C', [h2]: 'I' }, diagnostic: true },
      {
        rowId: expect.any(String),
        claimId: c2,
        text: 'military cooperation is becoming increasingly evident',
        relevance: 'medium',
        credibilityWeight: 'medium',
        ratings: { [h1]: 'N', [h2]: 'II' },
        diagnostic: true,
      },
    ]);
    // H2: c1 √2×√2×(−1) = −2, c2 1×1×(−2) = −2 → −4, two inconsistencies; H1 0.
    expect(shown.scores).toEqual([
      { hypothesisId: h1, weighted: 0, inconsistencies: 0 },
      { hypothesisId: h2, weighted: expect.closeTo(-4, 10), inconsistencies: 2 },
    ]);
    expect(shown.leaders).toEqual([h1]);
    // Without either row H2 still scores −2 < 0: nothing is sensitive.
    expect(shown.sensitive).toEqual([]);

    const text = (await cli('ach', 'show', analysis.id)).stdout;
    expect(text).toContain('Arms  (leads)');
    expect(text).toContain('H2 -4.000 (2 inconsistent)');
    expect((await cli('ach', 'list', '--json')).json().analyses[0]).toMatchObject({ id: analysis.id, hypotheses: 2, rows: 2 });
  });

  it('names the sensitive claims', async () => {
    const [c1] = await claimIds();
    const { analysis } = (await cli('ach', 'create', '--question', 'Q', '--hypothesis', 'A', '--hypothesis', 'B', '--json')).json();
    await cli('ach', 'add', analysis.id, c1);
    await cli('ach', 'rate', analysis.id, c1, analysis.hypotheses[0].id, 'I');
    // B leads only because of c1: without it A and B tie at 0.
    expect((await cli('ach', 'show', analysis.id, '--json')).json().sensitive).toEqual([c1]);
  });

  it('reports mistakes in words and changes nothing', async () => {
    const one = await cli('ach', 'create', '--question', 'Q', '--hypothesis', 'A', '--json');
    expect([one.code, one.stderr]).toEqual([2, expect.stringMatching(/at least two --hypothesis/)]);
    const { analysis } = (await cli('ach', 'create', '--question', 'Q', '--hypothesis', 'A', '--hypothesis', 'B', '--json')).json();
    const bad = await cli('ach', 'rate', analysis.id, 'clm_x', analysis.hypotheses[0].id, 'maybe');
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/CC, C, N, I, II or NA/)]);
    const missing = await cli('ach', 'add', analysis.id, 'clm_nothere');
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringMatching(/no claim clm_nothere/)]);
    const relevance = await cli('ach', 'add', analysis.id, 'clm_x', '--relevance', 'huge');
    expect(relevance.code).toBe(2);
    expect((await cli('ach', 'show', analysis.id, '--json')).json().rows).toEqual([]);
  });
});
