/**
 * A fast slice of `npm run torture` (tests/torture/): a few kill -9 trials of each kind, one
 * mutant of every kind for every import format, and the bridge abuse with fewer wrong values.
 * Each part must find nothing; the failures it lists say exactly what broke.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { abuseBridge } from '../torture/bridge-abuse';
import { FORMATS, fuzzFormat } from '../torture/fuzz';
import { bridgeWriteKills, cliImportKills } from '../torture/kill-trials';
import { mutatorCount } from '../torture/mutants';
import { tempDir } from '../helpers';

const { dir: workDir, cleanup } = tempDir('casebook-torture-slice-');
afterAll(cleanup);

describe('torture, fast slice', () => {
  it('keeps every acknowledged import and a sound notebook through kill -9 during command-line imports', { timeout: 240_000 }, async () => {
    const counts = await cliImportKills(2, { workDir });
    expect(counts.failures).toEqual([]);
    expect(counts.trials).toBe(2);
  });

  it('keeps every acknowledged write through kill -9 of browser mode under concurrent writers', { timeout: 240_000 }, async () => {
    const counts = await bridgeWriteKills(2, { workDir });
    expect(counts.failures).toEqual([]);
    expect(counts.acknowledged).toBeGreaterThan(0);
  });

  for (const format of FORMATS) {
    it(`refuses every kind of hostile ${format} file in words, without a crash, a hang or a change to the notebook`, { timeout: 300_000 }, async () => {
      const counts = await fuzzFormat(format, mutatorCount(format), { workDir, timeoutMs: 60_000 });
      expect(counts.failures).toEqual([]);
      expect(counts.mutants).toBe(mutatorCount(format));
    });
  }

  it('lets nothing through the bridge without the token, and never answers 5xx', { timeout: 240_000 }, async () => {
    const counts = await abuseBridge({ workDir: `${workDir}/abuse`, scale: 0.2 });
    expect(counts.failures).toEqual([]);
    expect(counts.requests).toBeGreaterThan(300);
  });
});
