/**
 * A long text's entities are found part by part (issue 13: the tokens of a 30 MB text at once
 * took over a gigabyte): read in parts of any size, every fixture gives exactly the entities it
 * gives read whole, mentions and offsets included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src-main/entities/extract';
import { FIXTURES } from '../helpers';

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(md|txt|html)$/.test(name) ? [path] : [];
  });
}

describe('entities of a text read in parts', () => {
  const files = textFiles(FIXTURES);

  it('has fixtures to read', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('finds the same entities in parts of 200, 2,000 and 20,000 characters as in the whole text', () => {
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const whole = extractEntities(text);
      for (const partChars of [200, 2000, 20_000]) {
        expect(extractEntities(text, partChars), `${file} in parts of ${partChars}`).toEqual(whole);
        if (text.length > partChars * 2) compared++;
      }
    }
    expect(compared).toBeGreaterThan(30); // most fixtures really were cut into parts
  });

  it('cuts only at line ends: a text of one long line is read whole', () => {
    const line = 'Alexander Lukashenko met Miguel Díaz-Canel in Havana; the Belarusian Ministry of Defense said so. '.repeat(50);
    expect(extractEntities(line, 100)).toEqual(extractEntities(line));
  });
});
