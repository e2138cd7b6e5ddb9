/**
 * A citeproc engine built with its macro lookups answered from an index (citeproc-engine.mjs) is
 * the engine citeproc builds on its own: the same bibliography, to the character, in both shipped
 * styles, for every real CSL-JSON sample (manubot) and the items Casebook makes of its sources.
 */
import type CslModule from 'citeproc';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBibliography, startBibliographyEarly, STYLE_FILES } from '../../src-main/exporters/bibliography';
import type { CslItem } from '../../src-main/exporters/csl-items';
import { formatWithEarlyEngine, hasEarlyEngine, startBibliographyEngine } from '../../src-main/exporters/early-bibliography';
import { lookupPrototype, withMacroIndex } from '../../src-main/exporters/citeproc-engine.mjs';
import { fixture, ROOT } from '../helpers';

const CSL = createRequire(import.meta.url)('citeproc') as typeof CslModule;
const resource = (name: string) => readFileSync(join(ROOT, 'resources', 'csl', name), 'utf8');

const samples = join(fixture('csl', 'csl-json-samples', 'manubot'));
type Item = { id: string } & Record<string, unknown>;
const ITEMS: Item[] = [
  ...readdirSync(samples)
    .filter((d) => !d.includes('.'))
    .flatMap((d) => JSON.parse(readFileSync(join(samples, d, 'pruned.json'), 'utf8')) as Item[]),
  // What Casebook makes of its sources: a page with an author and dates, a report, a bare document.
  { id: 'web', type: 'webpage', title: 'Remarks by the President', author: [{ family: 'Smith', given: 'John' }], URL: 'https://example.org/a', issued: { 'date-parts': [[2019, 3, 4]] }, accessed: { 'date-parts': [[2024, 1, 2]] }, 'container-title': 'The White House' },
  { id: 'report', type: 'report', title: 'Annual report', author: [{ literal: 'Ministry of Defence' }], issued: { 'date-parts': [[2018, 5]] } },
  { id: 'doc', type: 'document', title: 'Untitled memo' },
].map((item, i) => ({ ...item, id: `${i}-${item.id}` }));

function bibliography(style: keyof typeof STYLE_FILES, indexed: boolean, list: Item[] = ITEMS): string {
  const items = new Map(list.map((item) => [item.id, item]));
  const sys = { retrieveLocale: () => resource('locales-en-US.xml'), retrieveItem: (id: string) => structuredClone(items.get(id)) };
  const build = () => new CSL.Engine(sys, resource(STYLE_FILES[style]), 'en-US', true);
  const original = lookupPrototype(CSL)?.getNodesByName;
  const engine = indexed
    ? withMacroIndex(CSL, () => {
        // The index is in place while the engine is built (a citeproc that renamed its lookup fails here).
        expect(lookupPrototype(CSL)?.getNodesByName).not.toBe(original);
        return build();
      })
    : build();
  expect(lookupPrototype(CSL)?.getNodesByName).toBe(original);
  engine.setOutputFormat('html');
  engine.updateItems([...items.keys()]);
  return JSON.stringify(engine.makeBibliography());
}

describe('citeproc engines built with the macro index', () => {
  it.each(['apa', 'chicago'] as const)('format every item exactly as citeproc alone does (%s)', (style) => {
    const plain = bibliography(style, false);
    expect(plain.length).toBeGreaterThan(ITEMS.length * 40);
    expect(bibliography(style, true)).toBe(plain);
  });
});

describe('the engine built early on a thread of its own (a command-line export)', () => {
  const items = ITEMS.slice(0, 12) as unknown as CslItem[];

  it.each(['apa', 'chicago'] as const)('formats the bibliography exactly as the engine in-process does (%s)', (style) => {
    const inProcess = formatBibliography(items, style);
    startBibliographyEarly(style);
    expect(hasEarlyEngine()).toBe(true);
    const early = formatBibliography(items, style);
    expect(hasEarlyEngine()).toBe(false); // used by that bibliography, and ended
    expect(early).toEqual(inProcess);
    expect(early.map((e) => e.id)).toEqual(expect.arrayContaining(items.map((i) => i.id)));
  });

  it('answers from its thread what an engine in this thread answers', () => {
    const style = join(ROOT, 'resources', 'csl', STYLE_FILES.apa);
    startBibliographyEngine(style, join(ROOT, 'resources', 'csl', 'locales-en-US.xml'));
    const raw = formatWithEarlyEngine(style, items);
    expect(raw).toBeTruthy();
    expect(JSON.stringify(raw)).toBe(bibliography('apa', false, items as unknown as Item[]));
  });

  it('is passed over for a bibliography in another style, and when it could not build its engine', () => {
    const apa = formatBibliography(items, 'apa');
    startBibliographyEarly('chicago');
    expect(formatBibliography(items, 'apa')).toEqual(apa);
    expect(hasEarlyEngine()).toBe(false);
    startBibliographyEngine(join(ROOT, 'resources', 'csl', 'no-such-style.csl'), join(ROOT, 'resources', 'csl', 'locales-en-US.xml'));
    expect(formatWithEarlyEngine(join(ROOT, 'resources', 'csl', 'no-such-style.csl'), items)).toBeNull();
  });
});
