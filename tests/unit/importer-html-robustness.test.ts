/**
 * The html5lib corpus (tests/fixtures/robustness/html5lib-tests, MIT): every tree-construction
 * snippet goes through importHtml, and the charset-sniffing cases check detectHtmlCharset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CasebookError } from '../../src-main/contract/errors';
import { detectHtmlCharset, importHtml } from '../../src-main/importers/html';
import { fixture } from '../helpers';

const CORPUS = fixture('robustness', 'html5lib-tests');
const SECTION_HEADERS = new Set(['#data', '#errors', '#new-errors', '#document-fragment', '#script-on', '#script-off', '#document', '#encoding']);

/** One test of a .dat file: its sections by header, `#data` as the exact bytes of the file. */
type DatTest = Map<string, Buffer>;

/**
 * The html5lib .dat format: each test starts with a "#data" line; every later line up to the next
 * section header belongs to the current section (data without its final newline, see the
 * corpus's tree-construction/README.md). The file is
 * read as Latin-1 so that each byte is one character and the data keeps its exact bytes.
 */
function parseDat(file: string): DatTest[] {
  const lines = readFileSync(file).toString('latin1').split('\n');
  const tests: DatTest[] = [];
  let test: DatTest | undefined;
  let section = '';
  let body: string[] = [];
  const close = () => {
    if (!test || !section) return;
    // Other sections end with the blank line that separates tests; data is taken as it is.
    if (section !== '#data') while (body.length > 0 && body[body.length - 1] === '') body.pop();
    test.set(section, Buffer.from(body.join('\n'), 'latin1'));
  };
  for (const line of lines) {
    // Data runs until "#errors" (or "#encoding"), whatever it holds; elsewhere any header starts a section.
    const isHeader = section === '#data' ? line === '#errors' || line === '#encoding' : SECTION_HEADERS.has(line);
    if (isHeader) {
      close();
      if (line === '#data') tests.push((test = new Map()));
      section = line;
      body = [];
    } else {
      body.push(line);
    }
  }
  close();
  return tests;
}

const datFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.dat'))
    .sort()
    .map((name) => join(dir, name));

const countDataLines = (file: string) => readFileSync(file, 'latin1').match(/^#data$/gm)?.length ?? 0;

describe('importHtml on the html5lib tree-construction snippets', () => {
  const files = datFiles(join(CORPUS, 'tree-construction'));
  let snippets = 0;
  let milliseconds = 0;
  afterAll(() => console.log(`html5lib tree-construction: ${snippets} snippets in ${files.length} files imported in ${Math.round(milliseconds)} ms`));

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  it.each(files.map((file) => [file.slice(CORPUS.length + 1), file]))('%s', async (_name, file) => {
    const tests = parseDat(file);
    expect(tests.length).toBe(countDataLines(file));
    const failures: string[] = [];
    const start = performance.now();
    for (const test of tests) {
      const data = test.get('#data') ?? Buffer.alloc(0);
      const shown = JSON.stringify(data.toString('utf8').slice(0, 80));
      try {
        const doc = await importHtml({ bytes: data, fileName: 'snippet.html' });
        for (const block of doc.blocks) {
          if (block.text === '' || block.text.includes('\n\n')) failures.push(`${shown}: bad block ${JSON.stringify(block)}`);
          if (block.kind !== 'table' && block.kind !== 'code' && block.text.includes('\n')) failures.push(`${shown}: line break in ${block.kind}`);
          // The scripted snippets write text with document.write: scripts never run, so it never appears.
          if (block.text.includes('document.write')) failures.push(`${shown}: script text in a block`);
        }
      } catch (error) {
        // A CasebookError would be acceptable to the registry, but none of these snippets needs one.
        failures.push(`${shown}: ${error instanceof CasebookError ? `CasebookError ${error.code}` : 'threw'} ${(error as Error).message}`);
      }
    }
    milliseconds += performance.now() - start;
    snippets += tests.length;
    expect(failures).toEqual([]);
  });
});

describe('detectHtmlCharset on the html5lib encoding cases', () => {
  // encoding/scripted/ is left out: its charset is written by document.write, and scripts never run here.
  const files = datFiles(join(CORPUS, 'encoding'));

  it('finds the corpus', () => {
    expect(files.map((file) => file.slice(CORPUS.length + 1)).sort()).toEqual(['encoding/test-yahoo-jp.dat', 'encoding/tests1.dat', 'encoding/tests2.dat']);
  });

  it.each(files.map((file) => [file.slice(CORPUS.length + 1), file]))('%s', async (_name, file) => {
    const tests = parseDat(file);
    expect(tests.length).toBe(countDataLines(file));
    const wrong: string[] = [];
    for (const test of tests) {
      const data = test.get('#data') ?? Buffer.alloc(0);
      const label = (test.get('#encoding') ?? Buffer.alloc(0)).toString('latin1').trim();
      const expected = new TextDecoder(label).encoding;
      // The corpus assumes a browser's default, Windows-1252, when a page declares nothing.
      // (importHtml then tries UTF-8 first and falls back to Windows-1252.)
      const detected = detectHtmlCharset(data) ?? 'windows-1252';
      if (detected !== expected) wrong.push(`${JSON.stringify(data.toString('latin1').slice(0, 100))}: expected ${expected}, got ${detected}`);
      await expect(importHtml({ bytes: data, fileName: 'encoding.html' })).resolves.toBeDefined();
    }
    expect(wrong).toEqual([]);
  });
});
