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
