/** The entity commands on a real notebook file, in the exact JSON shapes the README gives. */
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { cliOnFreshNotebook } from './cli-runner';

const SEED = fixture('reports', '000_f21f05dd4cd8cb1c.txt');
const { cli } = cliOnFreshNotebook();

interface Listed { id: string; name: string; type: string; aliases: string[]; mentions: number; sources: number }
const named = (list: Listed[], name: string) => list.find((e) => e.name === name) as Listed;

describe('casebook entities', () => {
  it('lists, shows, renames, retypes, merges and deletes, each decision visible in the next listing', async () => {
    const [seed] = (await cli('import', SEED, '--json')).json().sources;
    const all = (await cli('entities', '--json')).json().entities as Listed[];
    const khrenin = named(all, 'Viktor Khrenin');
    expect(Object.keys(khrenin).sort()).toEqual(['aliases', 'id', 'mentions', 'name', 'sources', 'type']);
    expect(khrenin).toMatchObject({ type: 'person', aliases: ['Khrenin'], sources: 1 });

    const people = (await cli('entities', '--type', 'person', '--source', seed.id, '--json')).json().entities as Listed[];
    expect(people.length).toBeGreaterThan(5);
    expect(people.every((e) => e.type === 'person')).toBe(true);

    const shown = (await cli('entity', 'show', khrenin.id, '--json')).json();
    expect(shown.entity.id).toBe(khrenin.id);
    expect(shown.mentions.length).toBe(khrenin.mentions);
    const text = (await cli('text', seed.id)).stdout;
    for (const m of shown.mentions) {
      expect(Object.keys(m).sort()).toEqual(['end', 'exact', 'sourceId', 'start']);
      expect(text.slice(m.start, m.end)).toBe(m.exact);
    }

    expect((await cli('entity', 'rename', khrenin.id, 'Viktor', 'Khrenin', '(minister)', '--json')).json().entity.name).toBe('Viktor Khrenin (minister)');
    const kremlin = named(all, 'Kremlin');
    expect((await cli('entity', 'type', kremlin.id, 'place', '--json')).json().entity.type).toBe('place');
    const [minsk, havana] = [named(all, 'Minsk'), named(all, 'Havana')];
    expect((await cli('entity', 'merge', minsk.id, havana.id, '--json')).json().entity.mentions).toBe(minsk.mentions + havana.mentions);
    const belta = named(all, 'BELTA');
    expect((await cli('entity', 'delete', belta.id, '--json')).json()).toMatchObject({ deleted: true, id: belta.id });

    const after = (await cli('entities', '--json')).json().entities as Listed[];
    expect(after.find((e) => e.id === khrenin.id)?.name).toBe('Viktor Khrenin (minister)');
    expect(after.find((e) => e.id === kremlin.id)?.type).toBe('place');
    expect(after.find((e) => e.id === havana.id)).toBeUndefined();
    expect(after.find((e) => e.id === belta.id)).toBeUndefined();
  });

  it('says what is wrong in words', async () => {
    await cli('import', SEED);
    const wrongType = await cli('entities', '--type', 'city');
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toMatch(/--type must be one of person, organization, place/);
    const missing = await cli('entity', 'show', 'ent_000000000000');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no entity ent_000000000000/);
  });
});
