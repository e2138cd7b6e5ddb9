/**
 * Analyses in exports, read back from the produced files: the matrix table with its scores in a
 * brief (Markdown, HTML, DOCX through mammoth, PDF through pdf.js) when asked for, and the
 * `analyses` CSV, one line per cell.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatOfExtension } from '../../src-main/contract/export-formats';
import { ok, openSeededNotebook, type SeededNotebook } from './notebook-helpers';

let nb: SeededNotebook;
let ids: { c1: string; c2: string; h1: string; h2: string; analysisId: string };

async function render(format: 'md' | 'html' | 'docx' | 'pdf' | 'analyses', includeAnalyses?: boolean): Promise<Buffer> {
  const out = await ok(nb.api, 'exports.render', { format, includeAnalyses });
  return Buffer.from(out.data, 'base64');
}

beforeAll(async () => {
  nb = await openSeededNotebook();
  const { api, seedId } = nb;
  const c1 = (await ok(api, 'claims.create', { sourceId: seedId, quote: 'reliable ally of Havana', credibility: 2 })).claim.id;
  const c2 = (await ok(api, 'claims.create', { sourceId: seedId, quote: 'military cooperation is becoming increasingly evident', credibility: 3 })).claim.id;
  const view = await ok(api, 'analyses.create', { question: 'Why is Minsk courting Havana?', hypotheses: ['Arms deals', 'Trade only'] });
  const [h1, h2] = view.analysis.hypotheses.map((h) => h.id);
  const analysisId = view.analysis.id;
  await ok(api, 'analyses.addRow', { id: analysisId, claimId: c1, relevance: 'high' });
  await ok(api, 'analyses.addRow', { id: analysisId, claimId: c2 });
  await ok(api, 'analyses.addRow', { id: analysisId, text: '=Havana cannot pay, "cash" only' });
  // H1: nothing inconsistent → 0.  H2: c1 I √2×√2 = −2, c2 II 1×1×−2 = −2 → −4 (2 inconsistent).
  await ok(api, 'analyses.rate', { id: analysisId, row: c1, hypothesisId: h1, rating: 'CC' });
  await ok(api, 'analyses.rate', { id: analysisId, row: c1, hypothesisId: h2, rating: 'I', note: 'an ally, not a client' });
  await ok(api, 'analyses.rate', { id: analysisId, row: c2, hypothesisId: h1, rating: 'C' });
  await ok(api, 'analyses.rate', { id: analysisId, row: c2, hypothesisId: h2, rating: 'II' });
  ids = { c1, c2, h1, h2, analysisId };
}, 60_000);

afterAll(() => nb?.close());

describe('analyses in brief exports', () => {
  it('Markdown: a matrix table with the ratings and the score lines, only when asked for', async () => {
    const md = (await render('md', true)).toString('utf8');
    expect(md).toContain('## Analyses of competing hypotheses');
    expect(md).toContain('### Why is Minsk courting Havana?');
    expect(md).toContain('- **H1** Arms deals *(leads)*');
    expect(md).toContain('| \\# | Evidence and assumptions | Relevance | Credibility | H1 | H2 |');
    expect(md).toMatch(/\| C1 \| reliable ally of Havana \| high \| high \| CC \| I \|/);
    expect(md).toMatch(/\| C2 \| military cooperation is becoming increasingly evident \| medium \| medium \| C \| II \|/);
    expect(md).toContain('| R3 | \\=Havana cannot pay, "cash" only (assumption) \\[not diagnostic\\] | medium | medium |   |   |');
    expect(md).toContain('|   | Weighted inconsistency score |   |   | 0 | \\-4.00 |');
    expect(md).toContain('|   | Inconsistent ratings |   |   | 0 | 2 |');
    expect((await render('md')).toString('utf8')).not.toContain('Analyses of competing hypotheses');
  });

  it('HTML: the table, the leading hypothesis marked, the scores', async () => {
    const { document } = parseHTML((await render('html', true)).toString('utf8'));
    const table = document.querySelector('#analyses table.ach');
    expect(table).not.toBeNull();
    const cells = [...table!.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(cells[0]).toEqual(['#', 'Evidence and assumptions', 'Relevance', 'Credibility', 'H1', 'H2']);
    expect(cells[1]).toEqual(['C1', 'reliable ally of Havana', 'high', 'high', 'CC', 'I']);
    expect(cells.at(-2)).toEqual(['', 'Weighted inconsistency score', '', '', '0', '-4.00']);
    expect(table!.querySelector('th.leads')?.textContent).toBe('H1');
    expect(document.querySelector('#analyses')!.textContent).toContain('Leads: H1 Arms deals.');
  });

  it('DOCX (read by mammoth) and PDF (read by pdf.js) hold the matrix and the scores', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await render('docx', true) });
    const { document } = parseHTML(`<body>${html}</body>`);
    const rows = [...document.querySelectorAll('table')].at(-1)!.querySelectorAll('tr');
    const text = (i: number) => [...rows[i].querySelectorAll('td,th')].map((c) => c.textContent.trim());
    expect(text(1)).toEqual(['C1', 'reliable ally of Havana', 'high', 'high', 'CC', 'I']);
    expect(text(rows.length - 2)).toEqual(['', 'Weighted inconsistency score', '', '', '0', '-4.00']);

    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(await render('pdf', true)), disableFontFace: true, useSystemFonts: false }).promise;
    let pdfText = '';
    for (let n = 1; n <= pdf.numPages; n++) pdfText += (await (await pdf.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    await pdf.destroy();
    const squashed = pdfText.replace(/\s+/g, ' ');
    expect(squashed).toContain('Analyses of competing hypotheses');
    expect(squashed).toContain('Weighted inconsistency score');
    expect(squashed).toContain('-4.00');
  }, 60_000);
});

describe('the analyses CSV', () => {
  // Scores are numbers (rounded to 4 decimals): −4 for H2, 0 for H1.
  it('has one line per cell with the hypothesis’s scores; a formula-like text is neutralised', async () => {
    expect(formatOfExtension('.ach.csv')).toBe('analyses');
    const csv = (await render('analyses')).toString('utf8');
    expect(csv.startsWith('\uFEFFanalysis_id,question,row,claim_id,text,relevance,credibility,hypothesis_id,hypothesis,rating,note,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 3 * 2);
    expect(lines[2]).toBe(`${ids.analysisId},Why is Minsk courting Havana?,R1,${ids.c1},reliable ally of Havana,high,high,${ids.h2},Trade only,I,"an ally, not a client",yes,no,-4,2,no`);
    expect(lines[4]).toBe(`${ids.analysisId},Why is Minsk courting Havana?,R2,${ids.c2},military cooperation is becoming increasingly evident,medium,medium,${ids.h2},Trade only,II,,yes,no,-4,2,no`);
    expect(lines[5]).toBe(`${ids.analysisId},Why is Minsk courting Havana?,R3,,"'=Havana cannot pay, ""cash"" only",medium,medium,${ids.h1},Arms deals,,,no,no,0,0,yes`);
  });
});
