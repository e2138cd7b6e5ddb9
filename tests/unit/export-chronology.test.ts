/**
 * The brief's optional chronology (dated claims in time order) in all four brief formats, read
 * back from the produced files: CommonMark text, the HTML table, the DOCX's XML, the PDF's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { runCli } from './cli-runner';
import { ok, openSeededNotebook, type SeededNotebook } from './notebook-helpers';

let nb: SeededNotebook;

/** Dated claims made out of time order, and one without a date; statements start with a unique word. */
const PLAN = [
  { word: 'Ally', quote: 'On January 1, 2025, Lukashenko stated', eventDate: '2025-01-01', fact: false },
  { word: 'Delegation', quote: 'June 2023 — A Cuban military delegation', eventDate: '2023-06', fact: false },
  { word: 'Undated', quote: 'Marco Rubio, U.S. Secretary of State', eventDate: null, fact: false },
  { word: 'Restrictions', quote: 'In June 2025, President Trump implemented partial', eventDate: '2025-06', fact: true },
  { word: 'Borchuk', quote: 'By 2018, Borchuk', eventDate: '2018', fact: false },
  { word: 'Memorandum', quote: 'In June 2025, President Trump signed', eventDate: '2025', fact: true },
];
const IN_ORDER = ['Borchuk', 'Delegation', 'Memorandum', 'Ally', 'Restrictions'];

beforeEach(async () => {
  nb = await openSeededNotebook();
  for (const p of PLAN) {
    await ok(nb.api, 'claims.create', {
      sourceId: p.fact ? nb.factSheetId : nb.seedId,
      quote: p.quote,
      occurrence: 1,
      statement: `${p.word} event recorded`,
      eventDate: p.eventDate,
    });
  }
});
afterEach(() => nb.close());

async function render(format: 'md' | 'html' | 'docx' | 'pdf', chronology = true): Promise<Buffer> {
  return Buffer.from((await ok(nb.api, 'exports.render', { format, chronology })).data, 'base64');
}

/** The unique words in the order they first appear in `text` between `from` and `to`. */
function wordsBetween(text: string, from: string, to: string): string[] {
  const start = text.indexOf(from);
  expect(start, `“${from}” in the export`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(to, start + from.length);
  const section = text.slice(start, end < 0 ? undefined : end);
  return PLAN.map((p) => ({ word: p.word, at: section.indexOf(`${p.word} event recorded`) }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((p) => p.word);
}

describe('chronology in brief exports', () => {
  it('Markdown: a Chronology section lists the dated claims in time order, with their dates', async () => {
    const md = (await render('md')).toString('utf8');
    expect(wordsBetween(md, '## Chronology', '\n## ')).toEqual(IN_ORDER);
    const rows = md.slice(md.indexOf('## Chronology')).split('\n').filter((l) => /^\| \d{4}/.test(l));
    expect(rows.map((r) => r.split(' | ')[0].slice(2))).toEqual(['2018', '2023-06', '2025', '2025-01-01', '2025-06']);
    expect((await render('md', false)).toString('utf8')).not.toContain('Chronology');
  });

  it('HTML: a chronology table in time order, each row linking to its claim', async () => {
    const { document } = parseHTML((await render('html')).toString('utf8'));
    const rows = [...document.querySelectorAll('#chronology table.chronology tbody tr')];
    expect(rows.map((r) => r.querySelector('td.date')?.textContent)).toEqual(['2018', '2023-06', '2025', '2025-01-01', '2025-06']);
    expect(rows.map((r) => r.children[2].textContent?.split(' ')[0])).toEqual(IN_ORDER);
    for (const r of rows) {
      const href = r.querySelector('a')?.getAttribute('href') ?? '';
      expect(document.querySelector(href)?.textContent).toContain(r.children[2].textContent);
    }
  });

  it('DOCX: a Chronology heading and table in time order', async () => {
    const xml = strFromU8(unzipSync(new Uint8Array(await render('docx')))['word/document.xml']);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    expect(wordsBetween(text, 'Chronology', 'Claims and evidence')).toEqual(IN_ORDER);
  });

  it('PDF: the printed chronology reads in time order', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(await render('pdf')), disableFontFace: true, useSystemFonts: false }).promise;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    await pdf.destroy();
    const text = pages.join(' ').replace(/\s+/g, ' ');
    expect(wordsBetween(text, 'Chronology', 'Claims and evidence')).toEqual(IN_ORDER);
  }, 60_000);

  it('casebook export --chronology writes it; on a data format it is a usage mistake', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const out = join(dir, 'brief.md');
      const run = await runCli(['export', '--out', out, '--chronology'], nb.path);
      expect(run.code, run.stderr).toBe(0);
      expect(wordsBetween(readFileSync(out, 'utf8'), '## Chronology', '\n## ')).toEqual(IN_ORDER);
      const csv = await runCli(['export', '--out', join(dir, 'claims.csv'), '--chronology'], nb.path);
      expect(csv.code).toBe(2);
      expect(csv.stderr).toMatch(/--chronology .* does not apply to csv/);
    } finally {
      cleanup();
    }
  });
});
