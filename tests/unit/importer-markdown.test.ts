import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importMarkdown } from '../../src-main/importers/markdown';
import { importDocument } from '../../src-main/importers/index';
import { normaliseInline } from '../../src-main/core/text-normalise';
import { BLOCK_SEPARATOR } from '../../src-main/contract/domain';
import type { ImportedDocument } from '../../src-main/importers/types';
import { fixture, readFixture } from '../helpers';

const WH = ['topic', 'us-gov-whitehouse'];
const WIKI = ['topic', 'wikipedia-2019'];
const whFiles = readdirSync(fixture(...WH)).filter((name) => name.endsWith('.md'));

const CUBA_ORDER = '2026-01-29-addressing-threats-to-the-united-states-by-the-government-of-cuba.md';
const EO_14038 = '2021-08-09-executive-order-on-blocking-property-of-additional-persons-contributing-to-the-situation-in-belarus.md';
const STATEMENT = '2021-08-09-statement-by-president-joseph-r-biden-jr-on-belarus.md';
const FACT_SHEET_2022 = '2022-03-02-fact-sheet-the-united-states-continues-to-impose-costs-on-russia-and-belarus-for-putins-war-of-choice.md';

const importFile = (...parts: string[]) => importMarkdown({ bytes: readFixture(...parts), fileName: parts.at(-1) ?? '' });
const importString = (text: string, fileName = 'note.md') => importMarkdown({ bytes: new TextEncoder().encode(text), fileName });
const plainText = (doc: ImportedDocument) => doc.blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
const shape = (doc: ImportedDocument) => doc.blocks.map((b) => (b.level === undefined ? [b.kind, b.text] : [b.kind, b.level, b.text]));

/** The front matter of a fixture, read independently of the importer. */
function frontMatterOf(raw: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (!m) throw new Error('fixture without front matter');
  return parseYaml(m[1]) as Record<string, unknown>;
}

describe('importMarkdown on the White House texts', () => {
  it.each(whFiles)('%s: metadata from the front matter, clean text', async (name) => {
    const raw = readFixture(...WH, name).toString('utf8');
    const front = frontMatterOf(raw);
    const doc = await importFile(...WH, name);

    expect(doc.title).toBe(normaliseInline(String(front.title)));
    expect(doc.publishedAt).toBe(String(front.date));
    expect(doc.origin).toBe(front.source_url);
    expect(doc.mediaType).toBe('text/markdown');
    expect(doc.warnings).toEqual([]);
    expect(doc.blocks.length).toBeGreaterThan(0);
    for (const block of doc.blocks) {
      expect(block.text).not.toBe('');
      expect(block.text).not.toContain('\n\n');
      for (const leftover of ['\\_', '\\', '<span', '<!--', '&amp;', 'source_url:']) expect(block.text).not.toContain(leftover);
    }
  });

  it('reads the Cuba order: literal title and date, inline HTML reduced to its words', async () => {
    const doc = await importFile(...WH, CUBA_ORDER);
    expect(doc.title).toBe('Addressing Threats to the United States by the Government of Cuba');
    expect(doc.publishedAt).toBe('2026-01-29');
    expect(doc.origin).toBe('https://www.whitehouse.gov/presidential-actions/2026/01/addressing-threats-to-the-united-states-by-the-government-of-cuba/');
    const text = plainText(doc);
    expect(text).toContain('signals intelligence');
    expect(text).toContain('Cuba hosts Russia’s largest overseas signals intelligence facility');
    expect(doc.blocks.some((b) => b.text.startsWith('Section 1. National Emergency. As President of the United States'))).toBe(true);
    // *et seq.* keeps its words without the asterisks.
    expect(text).toContain('(50 U.S.C. 1701 et seq.)');
  });

  it('re-flows hard-wrapped lines (EO 14038)', async () => {
    const raw = readFixture(...WH, EO_14038).toString('utf8');
    expect(raw).not.toContain('defense and related materiel sector'); // split across lines in the file
    const doc = await importFile(...WH, EO_14038);
    expect(plainText(doc)).toContain('defense and related materiel sector');
    expect(doc.title).toBe('Executive Order on Blocking Property of Additional Persons Contributing to the Situation in Belarus');
  });

  it('resolves backslash escapes (\\### ends the statement as ###)', async () => {
    const doc = await importFile(...WH, STATEMENT);
    expect(doc.blocks.at(-1)).toEqual({ kind: 'paragraph', text: '###' });
  });

  it('reads bullet lists as list items, bold lead-ins kept as words', async () => {
    const doc = await importFile(...WH, FACT_SHEET_2022);
    const items = doc.blocks.filter((b) => b.kind === 'list_item');
    expect(items.length).toBe(5);
    expect(items[0].text).toMatch(/^Sweeping restrictions on Belarus to choke off its import of technological goods/);
    expect(items.every((b) => b.level === 1 && !b.text.startsWith('-') && !b.text.includes('**'))).toBe(true);
  });

  it('is what the registry returns for a .md file', async () => {
    const doc = await importDocument({ bytes: readFixture(...WH, CUBA_ORDER), fileName: CUBA_ORDER });
    expect(doc.publishedAt).toBe('2026-01-29');
  });
});

describe('importMarkdown on the Wikipedia articles (pandoc grid tables)', () => {
  it('imports Foreign relations of Belarus (154 KB, wide grid tables with an empty column) quickly', async () => {
    const bytes = readFixture(...WIKI, 'Foreign_relations_of_Belarus.md');
    expect(bytes.length).toBeGreaterThan(150_000);
    const started = performance.now();
    const doc = await importMarkdown({ bytes, fileName: 'Foreign_relations_of_Belarus.md' });
    expect(performance.now() - started).toBeLessThan(1000);

    expect(doc.title).toBe('Foreign relations of Belarus'); // no front matter, no Markdown heading: the file name
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(5);
    const text = plainText(doc);
    expect(text).toContain('Havana');
    expect(text).toContain('Bilateral relations between Cuba and Belarus began in April 1992');
    // The Cuba row: empty country cell, date, then the notes with its list items joined into one cell.
    const cubaRow = tables
      .flatMap((t) => t.text.split('\n'))
      .find((row) => row.includes('Bilateral relations between Cuba and Belarus'));
    expect(cubaRow).toMatch(/^\| 1992-04 \| Bilateral relations between Cuba and Belarus began in April 1992\.\[34\] Belarus opened an embassy in Havana, Cuba in November 1998/);
    expect(tables[0].text.split('\n')[0]).toBe('Country | Formal Relations Began | Notes');
    // No grid drawing or placeholder leaks into the text.
    expect(text).not.toMatch(/\+-{3,}|\+={3,}|\uE000/);
  });

  it('reads the section titles set apart by blank lines as headings, and nothing else', async () => {
    const headings = async (name: string) => (await importFile(...WIKI, name)).blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text]);
    expect(await headings('Armed_Forces_of_Belarus.md')).toEqual(
      ['History', 'Structure', 'Manpower', 'Equipment', 'Cultural aspects', 'Military education', 'References', 'External links'].map((t) => [2, t]),
    );
    expect(await headings('Foreign_relations_of_Belarus.md')).toEqual(
      ['Prior to 2001', 'Present situation (2001 onwards)', 'Bilateral relations', 'See also', 'References', 'External links'].map((t) => [2, t]),
    );
  });

  it('takes a plain line for a section title only with two blank lines before it, one after, and a heading’s shape', async () => {
    const doc = await importString(
      [
        'Opening paragraph.', '', '', 'Cultural aspects', '', 'Body.', // a title
        '', 'Single gap', '', 'Body.', // one blank line before: a paragraph
        '', '', 'A whole sentence ends here.', '', 'Body.', // a sentence
        '', '', 'Two lines', 'in one paragraph', '', 'Body.', // more than one line
        '', '', 'Smith, photographer', '', 'Body.', // a caption's shape
        '', '', 'The options were:', '', '', 'Option One', '', 'Body.', // after a colon
        '', '', 'Last line', // nothing after it
      ].join('\n'),
    );
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Cultural aspects']);
    expect(doc.title).toBe('note'); // an inferred heading is no title
    const quoted = await importString(['> Quote.', '>', '>', '> Not A Title', '>', '> More.'].join('\n'));
    expect(quoted.blocks.every((b) => b.kind === 'quote')).toBe(true);
  });

  it('imports Armed Forces of Belarus with its equipment tables', async () => {
    const doc = await importFile(...WIKI, 'Armed_Forces_of_Belarus.md');
    const rows = doc.blocks.filter((b) => b.kind === 'table').flatMap((b) => b.text.split('\n'));
    expect(rows).toContain('Polonez (MRL) | | | Multiple rocket launcher | 4[58] |');
    expect(plainText(doc)).toContain('Ground Forces and the Air and Air Defence Forces');
  });
});

describe('importMarkdown front matter', () => {
  it('reads title, date, url, authors, language and publisher', async () => {
    const doc = await importString(
      ['---', 'title: "A &amp; B"', 'date: 2024-06-13 16:00:00-04:00', 'url: https://example.org/a', 'authors:', '  - Jane Doe', '  - name: John Roe', 'lang: be', 'site: Example News', '---', '', '# Heading', '', 'Body.'].join('\n'),
    );
    expect(doc).toMatchObject({
      title: 'A &amp; B', // YAML is not HTML: taken as written
      publishedAt: '2024-06-13T16:00:00-04:00',
      origin: 'https://example.org/a',
      authors: ['Jane Doe', 'John Roe'],
      language: 'be',
      publisher: 'Example News',
      warnings: [],
    });
    expect(shape(doc)).toEqual([
      ['heading', 1, 'Heading'],
      ['paragraph', 'Body.'],
    ]);
  });

  it('takes source_url before url, and a single author string', async () => {
    const doc = await importString('---\nsource_url: https://a.example/\nlink: https://b.example/\nauthor: Jane Doe\n---\nText.');
    expect(doc.origin).toBe('https://a.example/');
    expect(doc.authors).toEqual(['Jane Doe']);
  });

  it('survives malformed front matter with a warning, without showing it as text', async () => {
    const doc = await importString('---\ntitle: [unclosed\ndate: 2020-01-01\n---\n\n# Real Heading\n\nBody text.\n', 'broken.md');
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toContain('broken.md');
    expect(doc.warnings[0]).toMatch(/malformed near line 3/) // line 3 of the file: where YAML finds the list unclosed;
    expect(doc.title).toBe('Real Heading');
    expect(doc.publishedAt).toBeUndefined();
    expect(shape(doc)).toEqual([
      ['heading', 1, 'Real Heading'],
      ['paragraph', 'Body text.'],
    ]);
  });

  it('warns about a date it cannot read and records none', async () => {
    const doc = await importString('---\ntitle: T\ndate: sometime last spring\n---\nText.');
    expect(doc.publishedAt).toBeUndefined();
    expect(doc.warnings).toHaveLength(1);
  });

  it('falls back to the first heading, then to the file name', async () => {
    expect((await importString('Intro.\n\n## Second-level first\n\n# Later')).title).toBe('Second-level first');
    expect((await importString('Just text.', 'my notes.markdown')).title).toBe('my notes');
    expect((await importString('Just text.', 'Field_notes__2024.md')).title).toBe('Field notes 2024');
    expect((await importString('Just text.', '___.md')).title).toBe('___');
  });

  it('keeps a leading thematic break and text that is not YAML as Markdown', async () => {
    const doc = await importString('---\nSome words here.\n---\n\nMore.');
    expect(doc.warnings).toEqual([]);
    expect(plainText(doc)).toContain('Some words here.');
  });

  it('handles CRLF files', async () => {
    const doc = await importString('---\r\ntitle: Windows\r\n---\r\n\r\nLine one\r\nline two\r\n');
    expect(doc.title).toBe('Windows');
    expect(shape(doc)).toEqual([['paragraph', 'Line one line two']]);
  });
});

describe('importMarkdown blocks and inline text', () => {
  it('gives nested list items their level and keeps ordered item numbers', async () => {
    const doc = await importString('- one\n  - two\n    wrapped\n    - three\n- four\n\n3. third\n4. fourth\n');
    expect(shape(doc)).toEqual([
      ['list_item', 1, 'one'],
      ['list_item', 2, 'two wrapped'],
      ['list_item', 3, 'three'],
      ['list_item', 1, 'four'],
      ['list_item', 1, '3. third'],
      ['list_item', 1, '4. fourth'],
    ]);
  });

  it('reduces inline markup to the words a reader sees', async () => {
    const doc = await importString(
      'A *b* **c** ~~d~~ [link text](https://x.example "t") ![alt text](i.png) `co*de*` \\_x\\_ \\\\ &eacute;&amp;&#8217; <span style="color:red">red</span><br>next <!-- hidden -->end',
    );
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'A b c d link text alt text co*de* _x_ \\ é&’ red next end' }]);
  });

  it('reads quotes, pipe tables, code, HTML blocks; drops rules and comments', async () => {
    const doc = await importString(
      [
        '> quoted line one',
        '> and two',
        '>',
        '> second quoted paragraph',
        '',
        '| Name | Role |',
        '|------|------|',
        '| Ann  | *Lead* |',
        '| Bob  | a \\| b |',
        '',
        '```js',
        'const a = 1;',
        '',
        '  return a;',
        '```',
        '',
        '***',
        '',
        '<!-- a comment only -->',
        '',
        '<div class="note"><p>Inside <b>HTML</b> &amp; more</p><p>Second</p><script>bad()</script></div>',
        '',
        '[ref]: https://example.org',
      ].join('\n'),
    );
    expect(shape(doc)).toEqual([
      ['quote', 'quoted line one and two'],
      ['quote', 'second quoted paragraph'],
      ['table', 'Name | Role\nAnn | Lead\nBob | a | b'],
      ['code', 'const a = 1;\nreturn a;'],
      ['paragraph', 'Inside HTML & more Second'],
    ]);
  });

  it('reads a grid table with an empty column and multi-line cells', async () => {
    const doc = await importString(
      [
        'Before.',
        '',
        '+---+--------+-------------+',
        '| A | Date   | Notes       |',
        '+===+========+=============+',
        '|   | 1992   | First line  |',
        '|   |        | *second*    |',
        '|   |        |             |',
        '|   |        | -   item    |',
        '+---+--------+-------------+',
        '|   |        |             |',
        '+---+--------+-------------+',
        '',
        'After.',
      ].join('\n'),
    );
    expect(shape(doc)).toEqual([
      ['paragraph', 'Before.'],
      ['table', 'A | Date | Notes\n| 1992 | First line second item'],
      ['paragraph', 'After.'],
    ]);
  });

  it('leaves grid drawings in fenced code alone and does not crash on a border with no rows', async () => {
    const doc = await importString('```\n+---+\n| x |\n+---+\n```\n\n+---+---+\n\nText.');
    expect(doc.blocks[0]).toEqual({ kind: 'code', text: '+---+\n| x |\n+---+' });
    expect(doc.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(doc.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Text.' });
  });

  it('stays linear on a long run of grid borders without rows', async () => {
    const source = `${'+-----+-----+\n'.repeat(20_000)}\nEnd.`;
    const started = performance.now();
    const doc = await importString(source);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(doc.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'End.' });
  });
});

describe('runs of emphasis and link delimiters', () => {
  const md = (text: string) => importMarkdown({ bytes: new TextEncoder().encode(text), fileName: 'runs.md' });

  it('keep a paragraph of thousands of them as plain text, every character as written, between the paragraphs around it', async () => {
    const run = `${'*_'.repeat(6_000)}word${'['.repeat(3_000)}`;
    const doc = await md(`First *emphasised* paragraph.\n\n${run}\n\nLast [linked](https://example.org) paragraph.\n`);
    expect(doc.blocks.map((b) => b.text)).toEqual(['First emphasised paragraph.', run, 'Last linked paragraph.']);
  });

  it('still read emphasis and links in a long paragraph that only has a few of them', async () => {
    const words = 'The convoy crossed at dawn. '.repeat(400);
    const doc = await md(`${words}*twice* and [once](https://example.org).\n`);
    expect(doc.blocks[0].text).toBe(`${words}twice and once.`.trim());
  });
});
