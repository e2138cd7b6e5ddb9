/**
 * Quality on real text: of the people, organisations and places an analyst listed by hand for a
 * text (tests/fixtures/entities/), at least 80% are found with the right type, and no more than
 * three entities are reported for every one in the list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities, type FoundEntity } from '../../src-main/entities/extract';
import { orderFreeKey } from '../../src-main/entities/normalise';
import { importDocument } from '../../src-main/importers/index';
import { layOutBlocks } from '../../src-main/store/sources';
import { fixture, readFixture } from '../helpers';

interface KeyEntry { name: string; type: string; aliases: string[] }

async function textOf(path: string): Promise<string> {
  const parts = path.replace(/^tests\/fixtures\//, '').split('/');
  const doc = await importDocument({ bytes: readFixture(...parts), fileName: parts[parts.length - 1] });
  return layOutBlocks(doc).text;
}

function found(entry: KeyEntry, entities: FoundEntity[]): FoundEntity | undefined {
  const wanted = new Set([entry.name, ...entry.aliases].map(orderFreeKey));
  return entities.find((e) => e.type === entry.type && [e.key, ...e.aliasKeys].some((k) => wanted.has(k)));
}

for (const file of ['seed-report.json', 'wh-fact-sheet-lukashenka.json', 'wh-fact-sheet-russia-belarus.json']) {
  describe(`entities of ${file.replace('.json', '')}`, () => {
    it('finds at least 80% of the hand-made list with the right type, reporting no more than three per listed one', async () => {
      const key = JSON.parse(readFileSync(fixture('entities', file), 'utf8')) as { fixture: string; entities: KeyEntry[] };
      const entities = extractEntities(await textOf(key.fixture));
      const missed = key.entities.filter((e) => !found(e, entities)).map((e) => `${e.name} (${e.type})`);
      const recall = (key.entities.length - missed.length) / key.entities.length;
      expect(recall, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.8);
      expect(entities.length).toBeLessThanOrEqual(3 * key.entities.length);
    });
  });
}

describe('grouping on the White House fact sheets', () => {
  it('joins surnames, titles and word order to the full name', async () => {
    const lukashenka = extractEntities(await textOf('tests/fixtures/topic/us-gov-whitehouse/2021-08-09-fact-sheet-executive-order-imposing-costs-on-alyaksandr-lukashenka-and-belarusian-authorities-for-ongoing-attacks-against-democratic-freedoms-human-rights-and-international-norms.md'));
    const named = (list: FoundEntity[], name: string) => list.find((e) => e.name === name);
    expect(named(lukashenka, 'Alyaksandr Lukashenka')).toMatchObject({ type: 'person', aliasKeys: ['lukashenka'] });
    expect(named(lukashenka, 'Joseph R. Biden')?.aliasKeys).toContain('biden');
    expect(named(lukashenka, 'United States')?.aliasKeys).toContain('us');
    // "Belarus’s largest state-owned enterprises": the possessive is a mention of Belarus, without the ’s.
    expect(named(lukashenka, 'Belarus')?.mentions.some((m) => m.exact === 'Belarus')).toBe(true);
    expect(lukashenka.flatMap((e) => e.mentions).every((m) => !/['’]s$/u.test(m.exact))).toBe(true);

    const russia = extractEntities(await textOf('tests/fixtures/topic/us-gov-whitehouse/2022-03-02-fact-sheet-the-united-states-continues-to-impose-costs-on-russia-and-belarus-for-putins-war-of-choice.md'));
    const commerce = russia.filter((e) => e.aliasKeys.includes('commerce department') || e.key === 'commerce department');
    expect(commerce).toHaveLength(1);
    expect(commerce[0]).toMatchObject({ name: 'Department of Commerce', type: 'organization' });
    expect(named(russia, 'Putin')?.type).toBe('person');
  });
});
