/**
 * The bibliography of a brief, formatted by citeproc-js from a CSL style shipped in
 * resources/csl (APA 7th or Chicago notes-bibliography, US English).
 */
import type CslModule from 'citeproc';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CasebookError } from '../contract/errors';
import { makeBibliographyFormatter } from './citeproc-engine.mjs';
import type { CslItem } from './csl-items';
import { formatWithEarlyEngine, startBibliographyEngine, type RawBibliography } from './early-bibliography';
import { runsFromHtml, type Run } from './rich-text';
import type { CitationStyle } from './types';

export const STYLE_FILES: Record<CitationStyle, string> = {
  apa: 'apa.csl',
  chicago: 'chicago-notes-bibliography.csl',
};
export const STYLE_NAMES: Record<CitationStyle, string> = {
  apa: 'APA (7th edition)',
  chicago: 'Chicago (notes and bibliography, 18th edition)',
};
const LOCALE_FILE = 'locales-en-US.xml';

/** Where the styles live; the desktop build may point elsewhere with CASEBOOK_CSL_DIR. */
function resourcesDir(): string {
  return process.env.CASEBOOK_CSL_DIR || fileURLToPath(new URL('../../resources/csl/', import.meta.url));
}

const resourcePath = (name: string) => `${resourcesDir().replace(/\/?$/, '/')}${name}`;

const cache = new Map<string, string>();
function resource(name: string): string {
  const path = resourcePath(name);
  let text = cache.get(path);
  if (text === undefined) {
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new CasebookError('INTERNAL', `The citation style file “${name}” is missing from this installation of Casebook; reinstall it, or export without a bibliography style.`);
    }
    cache.set(path, text);
  }
  return text;
}

export interface BibliographyEntry {
  id: string;
  runs: Run[];
}

let csl: typeof CslModule | undefined;
/**
 * citeproc, required when a bibliography is first formatted. It is one CommonJS file of nearly a
 * megabyte: imported from ESM, Node would first scan all of it for its exports (a quarter of a
 * second on every start of the command line, exporting or not).
 */
const citeproc = (): typeof CslModule => (csl ??= createRequire(import.meta.url)('citeproc') as typeof CslModule);

/** Building a citeproc engine parses the whole style (seconds for Chicago): one per style is kept. */
const formatters = new Map<CitationStyle, (items: CslItem[]) => RawBibliography>();

function formatterFor(style: CitationStyle): (items: CslItem[]) => RawBibliography {
  let format = formatters.get(style);
  if (!format) {
    format = makeBibliographyFormatter<CslItem>(citeproc(), resource(LOCALE_FILE), resource(STYLE_FILES[style]));
    formatters.set(style, format);
  }
  return format;
}

let generations = 0;

/**
 * Starts building the engine of `style` on a thread of its own (early-bibliography.ts), for a
 * command-line export to format its bibliography with while it loads and reads the notebook.
 */
export function startBibliographyEarly(style: CitationStyle): void {
  startBibliographyEngine(resourcePath(STYLE_FILES[style]), resourcePath(LOCALE_FILE));
}

/** One formatted entry per item, in the style's order. Items citeproc cannot format keep their title. */
export function formatBibliography(items: CslItem[], style: CitationStyle): BibliographyEntry[] {
  if (items.length === 0) return [];
  // Fresh ids on every call: citeproc keeps what it once retrieved under an id.
  const generation = ++generations;
  const keyed = new Map(items.map((item) => [`${generation}:${item.id}`, item]));
  const renamed = [...keyed].map(([key, item]) => ({ ...item, id: key }));
  const result = formatWithEarlyEngine(resourcePath(STYLE_FILES[style]), renamed) ?? formatterFor(style)(renamed);
  const entries: BibliographyEntry[] = [];
  if (result) {
    const [params, html] = result;
    const empty = new Set(params.bibliography_errors.map((e) => e.itemID));
    let next = 0;
    for (const [key] of params.entry_ids) {
      const item = keyed.get(key);
      // An item the style renders as nothing has no string in `html`: it keeps its title, in its place.
      const runs = empty.has(key) ? [] : runsFromHtml(html[next++] ?? '');
      if (item) entries.push({ id: item.id, runs: runs.length ? runs : [{ text: item.title || item.id }] });
    }
  }
  const done = new Set(entries.map((e) => e.id));
  for (const item of items) if (!done.has(item.id)) entries.push({ id: item.id, runs: [{ text: item.title || item.id }] });
  return entries;
}
