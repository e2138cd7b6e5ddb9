/**
 * A brief's export: named after its title (a safe file name), its title and author remembered per
 * brief, a blank author left blank (never the login name), and the brief's own heading not repeated
 * under a generic "Brief" heading, in Markdown, HTML, DOCX and PDF.
 */
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src-main/api/dispatch';
import { buildBriefModel } from '../../src-main/exporters/brief-model';
import { safeFileStem } from '../../src-main/exporters/file-name';
import { renderHtml } from '../../src-main/exporters/html';
import { openNotebook, type Notebook } from '../../src-main/store/db';
import { tempDir } from '../helpers';
import { ok } from '../api-call';

const TITLE = 'Khrenin in Havana: what we know';
const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format });
/** A brief that opens with its own title as a heading, as analysts write them. */
const DOC = {
  root: {
    type: 'root',
    version: 1,
    children: [
      { type: 'heading', tag: 'h1', version: 1, children: [text(TITLE)] },
      { type: 'paragraph', version: 1, children: [text('The visit is reported by one source only.')] },
      { type: 'heading', tag: 'h2', version: 1, children: [text('Gaps')] },
      { type: 'paragraph', version: 1, children: [text('No Cuban press coverage found.')] },
    ],
  },
};

let dir: string;
let cleanup: () => void;
let notebook: Notebook;
let api: Api;
let briefId: string;

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  notebook = openNotebook(join(dir, 'case.sqlite'));
  api = createApi(notebook);
  briefId = (await ok(api, 'briefs.create', { title: TITLE })).brief.id;
  await ok(api, 'briefs.save', { id: briefId, title: TITLE, doc: DOC });
});
afterEach(() => {
  notebook.close();
  cleanup();
});

async function render(format: 'md' | 'html' | 'docx' | 'pdf', extra: Record<string, unknown> = {}) {
  const out = await ok(api, 'exports.render', { format, briefId, ...extra });
  return { fileName: out.fileName, bytes: Buffer.from(out.data, 'base64') };
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('the exported brief’s file name', () => {
  it('is the brief’s title, made safe for every system', async () => {
    expect((await render('docx')).fileName).toBe('Khrenin in Havana - what we know.docx');
    expect((await render('md')).fileName).toBe('Khrenin in Havana - what we know.md');
    expect((await render('pdf', { title: 'Polonez/Iskander?' })).fileName).toBe('Polonez-Iskander.pdf');
  });

  it.each([
    ['Khrenin: Havana / Minsk?', 'Khrenin - Havana - Minsk'],
    ['..hidden', 'hidden'],
    ['a\u0000b\tc', 'a b c'],
    ['CON', 'brief'],
    ['lpt1.txt', 'brief'],
    ['<>*?"', 'brief'],
    ['Álvaro López — 🚀 launch.', 'Álvaro López — 🚀 launch'],
    ['x'.repeat(150), 'x'.repeat(100)],
  ])('%j → %j', (title, stem) => {
    expect(safeFileStem(title, 'brief')).toBe(stem);
  });
});

describe('the brief’s heading', () => {
  it('Markdown: the title once, as the document’s heading, no “## Brief”, the brief’s own headings under it', async () => {
    const md = (await render('md')).bytes.toString('utf8');
    expect(md.startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(count(md, TITLE)).toBe(1);
    expect(md).not.toMatch(/^#+ Brief$/m);
    expect(md).toMatch(/^### Gaps$/m);
    expect(md.indexOf('The visit is reported')).toBeLessThan(md.indexOf('## Claims'));
  });

  it('HTML and the HTML printed to PDF: one h1, the title; no “Brief” heading', async () => {
    const pages = [(await render('html')).bytes.toString('utf8'), renderHtml(buildBriefModel(notebook, { briefId }), { printOnly: true })];
    for (const html of pages) {
      const { document } = parseHTML(html);
      expect([...document.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([TITLE]);
      const headings = [...document.querySelectorAll('h2, h3')].map((h) => h.textContent);
      expect(headings).not.toContain('Brief');
      expect(headings).toContain('Gaps');
    }
  });

  it('DOCX: the title once, no “Brief” heading, the brief’s h2 a real heading', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: (await render('docx')).bytes });
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(count(document.body.textContent ?? '', TITLE)).toBe(1);
    const headings = [...document.querySelectorAll('h1, h2, h3')].map((h) => h.textContent);
    expect(headings).not.toContain('Brief');
    expect(headings).toContain('Gaps');
  });

  it('PDF: the brief’s text, no generic “Brief” heading before it', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array((await render('pdf')).bytes), disableFontFace: true, useSystemFonts: false }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const lines = content.items.map((item) => ('str' in item ? item.str.trim() : '')).filter(Boolean);
    await pdf.destroy();
    expect(lines).toContain('The visit is reported by one source only.');
    expect(lines).not.toContain('Brief');
    expect(lines.join(' ')).not.toMatch(/Author/);
  });
});

describe('the author', () => {
  const login = (() => {
    try {
      return userInfo().username;
    } catch {
      return '';
    }
  })();

  it('stays blank when none is given: no Author line anywhere, no login name, no DOCX creator', async () => {
    const md = (await render('md')).bytes.toString('utf8');
    expect(md).not.toContain('Author');
    const html = (await render('html')).bytes.toString('utf8');
    expect(html).not.toContain('<dt>Author');
    const docx = (await render('docx')).bytes;
    const { value: docText } = await mammoth.extractRawText({ buffer: docx });
    expect(docText).not.toContain('Author');
    const core = strFromU8(unzipSync(new Uint8Array(docx))['docProps/core.xml']);
    expect(core).not.toMatch(/<dc:creator>[^<]|<cp:lastModifiedBy>[^<]/);
    if (login) {
      expect(core).not.toContain(`>${login}<`);
      expect(md).not.toMatch(new RegExp(`\\*\\*[^*]*\\*\\* ${login}\\b`));
    }
    expect(buildBriefModel(notebook, { briefId }).author).toBe('');
  });

  it('W3C annotations made without an author name no creator (never the login name)', async () => {
    const api2 = api;
    const { source } = await ok(api2, 'sources.import', { fileName: 'note.txt', data: Buffer.from('Khrenin visited Havana in January 2024.').toString('base64') });
    await ok(api2, 'claims.create', { sourceId: source.id, quote: 'Khrenin visited Havana' });
    const plain = JSON.parse(Buffer.from((await ok(api2, 'exports.render', { format: 'w3c' })).data, 'base64').toString('utf8'));
    expect(plain.first.items[0].creator).toBeUndefined();
    if (login) expect(JSON.stringify(plain)).not.toContain(`"${login}"`);
    const named = JSON.parse(Buffer.from((await ok(api2, 'exports.render', { format: 'w3c', author: 'J. Doe' })).data, 'base64').toString('utf8'));
    expect(named.first.items[0].creator).toEqual({ type: 'Person', name: 'J. Doe' });
  });

  it('is written when given', async () => {
    const md = (await render('md', { author: 'J. Doe' })).bytes.toString('utf8');
    expect(md).toContain('**Author:** J. Doe');
  });
});

describe('title and author remembered per brief', () => {
  it('an export without a title or author uses what the brief was last exported with; another brief keeps its own', async () => {
    await ok(api, 'briefs.setExportDetails', { id: briefId, title: 'Havana, January 2024', author: 'J. Doe' });
    const other = (await ok(api, 'briefs.create', { title: 'Polonez range' })).brief;
    const md = (await render('md')).bytes.toString('utf8');
    expect(md.startsWith('# Havana, January 2024\n')).toBe(true);
    expect(md).toContain('**Author:** J. Doe');
    expect((await render('md')).fileName).toBe('Havana, January 2024.md');
    const otherMd = Buffer.from((await ok(api, 'exports.render', { format: 'md', briefId: other.id })).data, 'base64').toString('utf8');
    expect(otherMd.startsWith('# Polonez range\n')).toBe(true);
    expect(otherMd).not.toContain('Author');
    // What the dialog sends explicitly wins, and a blank author given is blank.
    const given = (await render('md', { title: 'Given', author: '' })).bytes.toString('utf8');
    expect(given.startsWith('# Given\n')).toBe(true);
    expect(given).not.toContain('Author');
  });
});
