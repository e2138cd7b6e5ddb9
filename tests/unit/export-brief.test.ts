/**
 * The annotated brief of the seed (six claims, each with evidence from the topic fixtures) exported
 * through the API in every format and read back by real readers: CommonMark, Chromium, mammoth
 * (and LibreOffice where installed), pdf.js. Hostile content must come out as text everywhere.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlRenderer, Parser, type Node as CmNode } from 'commonmark';
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../src-main/exporters/brief-model';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from '../../src-main/exporters/chromium';
import { renderHtml } from '../../src-main/exporters/html';
import { PDF_MARGINS_MM, renderPdf } from '../../src-main/exporters/pdf';
import { HOSTILE_NOTE, HOSTILE_STATEMENT, HOSTILE_TITLE, buildSeed, ok, squash, type Seed } from './export-seed';
import { pdfPageTexts } from './pdf-notebook';

let seed: Seed;
const files = new Map<string, Buffer>();

async function render(format: 'md' | 'html' | 'docx' | 'pdf', extra: Record<string, unknown> = {}): Promise<Buffer> {
  const out = await ok(seed.api, 'exports.render', { format, author: 'A. Analyst', ...extra });
  const bytes = Buffer.from(out.data, 'base64');
  expect(out.bytes).toBe(bytes.length);
  return bytes;
}

/** Text content of a CommonMark document, escapes resolved (what a reader sees). */
function markdownText(md: string): string {
  const walker = new Parser().parse(md).walker();
  const parts: string[] = [];
  for (let e = walker.next(); e; e = walker.next()) {
    const node: CmNode = e.node;
    if (e.entering && node.literal) parts.push(node.literal);
    if (e.entering && (node.type === 'softbreak' || node.type === 'linebreak')) parts.push(' ');
  }
  return parts.join('');
}

const sha256s = () => [...seed.sources.values()].map((s) => s.sha256);

beforeAll(async () => {
  seed = await buildSeed();
  for (const format of ['md', 'html', 'docx', 'pdf'] as const) files.set(format, await render(format));
}, 120_000);

afterAll(() => seed?.cleanup());

/** Runs `use` with a headless Chromium, closed afterwards. */
async function withChromium<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const executablePath = findChromium();
  expect(executablePath, 'Chromium is needed for this test: apt-get install chromium').toBeTruthy();
  const browser = await chromium.launch({ executablePath: executablePath ?? undefined, args: CHROMIUM_LAUNCH_ARGS });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

describe('annotated brief of the seed, every format', () => {
  it('has at least five claims, each with evidence from the topic fixtures', () => {
    expect(seed.claims.length).toBeGreaterThanOrEqual(5);
    for (const c of seed.claims) expect(c.evidenceCounts.supports + c.evidenceCounts.contradicts + c.evidenceCounts.context).toBeGreaterThan(0);
  });

  it('Markdown renders with CommonMark to every claim, every footnote and no live markup', () => {
    const md = files.get('md')?.toString('utf8') ?? '';
    const text = markdownText(md);
    for (const c of seed.claims) {
      expect(text).toContain(c.statement);
      expect(squash(text)).toContain(squash(c.exact));
    }
    for (const link of seed.links) if (link.exact) expect(squash(text)).toContain(squash(link.exact));
    for (const sha of sha256s().filter((s) => md.includes(s))) expect(text).toContain(sha);
    expect(text).toContain(HOSTILE_TITLE);
    expect(text).toContain(HOSTILE_NOTE);
    // The brief's three claim references are footnotes with their definitions.
    expect(md.match(/^\[\^\d+\]: /gm)).toHaveLength(3);
    const html = new HtmlRenderer().render(new Parser().parse(md));
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('href="https://example.org/report"');
  });

  it('HTML is one self-contained file that loads in Chromium with no console errors and no script', async () => {
    const html = files.get('html')?.toString('utf8') ?? '';
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b|href="javascript/i);
    const path = join(seed.dir, 'brief.html');
    writeFileSync(path, html);
    await withChromium(async (browser) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
      await page.goto(`file://${path}`);
      // Only the HTML printed to PDF is hidden on screen (PRINT_ONLY_CSS); the exported file shows.
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      const facts = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
        text: document.body.innerText,
        tableRows: document.querySelectorAll('table.claims tbody tr').length,
        footnotes: document.querySelectorAll('ol.footnotes li').length,
      }));
      expect(problems).toEqual([]);
      expect(facts.scripts).toBe(0);
      expect(facts.handlers).toBe(0);
      expect(facts.hrefs.every((h) => h.startsWith('#') || h.startsWith('https://') || h.startsWith('http://'))).toBe(true);
      expect(facts.tableRows).toBe(seed.claims.length);
      expect(facts.footnotes).toBe(3);
      for (const c of seed.claims) expect(facts.text).toContain(c.statement);
      for (const sha of sha256s().filter((s) => html.includes(s))) expect(facts.text).toContain(sha);
      expect(facts.text).toContain(HOSTILE_TITLE);
    });
  });

  it('DOCX reads back with mammoth: headings, the claims table, every statement and the footnotes', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: files.get('docx') as Buffer });
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const text = document.body.textContent ?? '';
    for (const c of seed.claims) expect(text).toContain(c.statement);
    const sections = [...document.querySelectorAll('h1')].map((h) => h.textContent);
    // The brief's own h1 beside the sections, under no generic "Brief" heading.
    expect(sections).toEqual(expect.arrayContaining(['Key judgements', 'Claims', 'Claims and evidence', 'Sources']));
    expect(sections).not.toContain('Brief');
    expect(document.querySelectorAll('table tr')).toHaveLength(seed.claims.length + 1);
    const footnotes = [...document.querySelectorAll('li[id^="footnote-"]')].map((li) => li.textContent ?? '');
    expect(footnotes).toHaveLength(3);
    const referenced = [seed.claims[0], seed.claims[2], seed.claims[4]];
    referenced.forEach((claim, i) => expect(squash(footnotes[i])).toContain(squash(claim.exact)));
    const references = [...document.querySelectorAll('a[href^="#footnote-"]')].filter((a) => !a.getAttribute('href')?.startsWith('#footnote-ref'));
    expect(references).toHaveLength(3);
    for (const sha of sha256s().filter((s) => text.includes(s))) expect(text).toContain(sha);
    expect(text).toContain(HOSTILE_STATEMENT);
    expect(html).not.toMatch(/<script|<img/i);
  });

  const soffice = ['soffice', 'libreoffice'].find((bin) => {
    try {
      execFileSync('which', [bin], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  it.skipIf(!soffice)('DOCX converts to PDF with LibreOffice (skipped: LibreOffice is not installed here)', () => {
    const path = join(seed.dir, 'brief.docx');
    writeFileSync(path, files.get('docx') as Buffer);
    execFileSync(soffice as string, ['--headless', '--convert-to', 'pdf', '--outdir', seed.dir, path], { timeout: 60_000 });
  });

  it('PDF text (pdf.js) holds every claim and the SHA-256 of every cited source', async () => {
    const text = squash((await pdfPageTexts(files.get('pdf') as Buffer)).join(''));
    for (const c of seed.claims) expect(text).toContain(squash(c.statement));
    const model = buildBriefModel(seed.notebook, {});
    expect(model.sources.length).toBeGreaterThanOrEqual(8);
    for (const s of model.sources) expect(text).toContain(s.sha256);
  });

  it('the printed brief fits the A4 page width even with unbreakable words, so Chromium never shrinks it', async () => {
    const model = buildBriefModel(seed.notebook, {});
    const long = (ch: string, n: number) => ch.repeat(n);
    model.claims[0] = { ...model.claims[0], statement: long('x', 300), tags: [long('t', 120)], exact: long('q', 300) };
    model.sources[0] = { ...model.sources[0], origin: `https://example.org/${long('p', 400)}` };
    await withChromium(async (browser) => {
      // A4 (210 mm) less the side margins, in CSS pixels: the width the print layout gets.
      const contentWidth = Math.floor(((210 - PDF_MARGINS_MM.left - PDF_MARGINS_MM.right) / 25.4) * 96);
      const page = await browser.newPage({ viewport: { width: contentWidth, height: 1000 }, javaScriptEnabled: false });
      await page.emulateMedia({ media: 'print' });
      await page.setContent(renderHtml(model));
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  });

  it('the HTML sent to the printer skips the brief’s contents on screen but keeps their layout tree, and shows them all in print', async () => {
    const html = renderHtml(buildBriefModel(seed.notebook, {}), { printOnly: true });
    await withChromium(async (browser) => {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.setContent(html);
      const shown = () =>
        page.evaluate(() => ({
          contents: [...document.querySelectorAll('main h1, main h2, main table, main article')].map((el) => el.checkVisibility()),
          mainBoxes: (document.querySelector('main') as Element).getClientRects().length,
        }));
      const onScreen = await shown();
      expect(onScreen.contents.length).toBeGreaterThan(seed.claims.length);
      expect(onScreen.contents.every((visible) => !visible)).toBe(true);
      // main keeps its box: display: none would throw the layout tree away between Chromium's two printing passes.
      expect(onScreen.mainBoxes).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect((await shown()).contents.every((visible) => visible)).toBe(true);
    });
  });

  it('every PDF page has the footer from the brief’s CSS: the title and “page / pages”, a hostile title as plain text', async () => {
    const title = 'Minsk “talks” </style><script>alert(1)</script> "quoted" \\ back\\slash — Минск';
    const pages = await pdfPageTexts(await render('pdf', { title }));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, i) => {
      expect(text).toContain(`${i + 1} / ${pages.length}`);
      expect(squash(text)).toContain(squash(title));
    });
  });
});

describe('brief options', () => {
  it('one source’s claims, a chosen list, without evidence, and the Chicago style', async () => {
    const wikipedia = seed.sources.get('Armed_Forces_of_Belarus.md')?.id as string;
    const bySource = markdownText((await render('md', { scope: { sourceId: wikipedia } })).toString('utf8'));
    expect(bySource).toContain('No claims in scope');

    const chosen = [seed.claims[3].id, seed.claims[1].id];
    const raw = (await render('md', { scope: { claimIds: chosen }, includeEvidence: false })).toString('utf8');
    expect(raw.match(/^\| C\d+ \|/gm)).toEqual(['| C1 |', '| C2 |']);
    const md = markdownText(raw);
    expect(md).toContain(seed.claims[3].statement);
    expect(md).toContain(seed.claims[1].statement);
    expect(md.indexOf(seed.claims[3].statement)).toBeLessThan(md.indexOf(seed.claims[1].statement));
    expect(md).not.toContain('Bilateral relations between Cuba and Belarus');
    expect(md).toContain('evidence passages left out');

    const apa = buildBriefModel(seed.notebook, { style: 'apa' });
    const chicago = buildBriefModel(seed.notebook, { style: 'chicago' });
    const entry = (m: typeof apa) => m.sources.map((s) => s.entry.map((r) => r.text).join('')).join('\n');
    expect(entry(apa)).not.toEqual(entry(chicago));
    expect(entry(apa)).toMatch(/\(2021, August 9\)/);
    // Each entry sits with its own source's provenance, in both styles (titles only differ in case).
    for (const model of [apa, chicago]) {
      for (const s of model.sources) expect(s.entry.map((r) => r.text).join('').toLowerCase()).toContain(s.title.slice(0, 18).toLowerCase());
    }
    expect(entry(chicago)).toMatch(/August 9, 2021/);
  });

  it('a claim id that does not exist is a NOT_FOUND error, not an empty brief', async () => {
    const result = await seed.api.call('exports.render', { format: 'md', scope: { claimIds: ['clm_nosuchclaim'] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('PDF printing is a parameter: the desktop app can pass its own HTML-to-PDF function', async () => {
    const model = buildBriefModel(seed.notebook, { title: 'Injected printer' });
    const seen: string[] = [];
    const bytes = await renderPdf(model, async (html) => {
      seen.push(html);
      return new TextEncoder().encode('%PDF-fake');
    });
    expect(seen).toEqual([renderHtml(model, { printOnly: true })]);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-fake');
  });

  it('a brief that refers to a deleted claim keeps its saved statement, marked as deleted', async () => {
    const { claim } = await ok(seed.api, 'claims.create', { sourceId: seed.claims[0].sourceId, quote: 'Marco Rubio, U.S. Secretary of State', occurrence: 1 });
    const { brief } = await ok(seed.api, 'briefs.get', {});
    const doc = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'claim-reference', claimId: claim.id, statement: 'Rubio is Secretary of State' }] }] } };
    await ok(seed.api, 'briefs.save', { id: brief.id, title: brief.title, doc });
    // A cited claim is deleted only when the analyst insists (force).
    await ok(seed.api, 'claims.delete', { id: claim.id, force: true });
    const model = buildBriefModel(seed.notebook, {});
    expect(model.footnotes).toHaveLength(1);
    expect(model.footnotes[0]).toMatchObject({ missing: true, statement: 'Rubio is Secretary of State [claim since deleted]' });
    await ok(seed.api, 'briefs.save', { id: brief.id, title: brief.title, doc: brief.doc });
  });
});
