// Worker job (plain JavaScript, loaded as is; see ../isolated-run.ts): reads a PDF with pdf.js and
// posts back its positioned text items and metadata. All layout and normalisation happen in
// ../pdf-layout.ts; this file only talks to pdf.js.
//
// workerData: { bytes: Uint8Array, password?: string }
// answer: { ok: true, value: { pageCount, pages: [{ width, height, items }], unreadablePages,
//           info, xmp, warnings, rebuiltPageTree } } or { ok: false, error: { kind, message } }
//           with kind 'password-needed' | 'password-incorrect' | 'invalid' | 'failed'.
import { parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

const MAX_WARNINGS = 200;
const warnings = [];
// pdf.js reports what it repaired or skipped through console.log ("Warning: …"): keep it as data.
const keep = (...args) => {
  if (warnings.length < MAX_WARNINGS) warnings.push(args.map(String).join(' ').slice(0, 300));
};
console.log = keep;
console.info = keep;
console.warn = keep;
console.error = keep;

const PDFJS = 'pdfjs-dist/legacy/build/pdf.mjs';
const pdfjs = await import(PDFJS);
const pdfjsRoot = new URL('../../', import.meta.resolve(PDFJS));
const localFolder = (name) => fileURLToPath(new URL(`${name}/`, pdfjsRoot));

function loadingOptions(data, password) {
  return {
    data,
    password,
    // Nothing runs, nothing is fetched, no font reaches the system: we only want text.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    verbosity: 1, // warnings: they tell whether pdf.js had to repair the file
    // Local folders of the pdfjs-dist package, read from disk only.
    cMapUrl: localFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: localFolder('standard_fonts'),
    wasmUrl: localFolder('wasm'),
  };
}

/**
 * Last resort for a file whose page tree is lost (no usable /Root or /Pages, as in a truncated
 * linearized PDF): find every page object by scanning the bytes and append a new page tree,
 * catalog and trailer. pdf.js then rebuilds its cross-reference table and finds them.
 */
function withRebuiltPageTree(bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const objectStart = /(\d{1,10})\s+(\d{1,5})\s+obj\b/g;
  const starts = [];
  for (let match; (match = objectStart.exec(text)); ) starts.push({ num: Number(match[1]), gen: Number(match[2]), at: match.index + match[0].length });
  const pages = [];
  let highest = 0;
  starts.forEach((start, i) => {
    highest = Math.max(highest, start.num);
    const end = Math.min(i + 1 < starts.length ? starts[i + 1].at : text.length, start.at + 65_536);
    const head = text.slice(start.at, end).split('stream')[0];
    if (/\/Type\s*\/Page(?![A-Za-z])/.test(head)) pages.push(`${start.num} ${start.gen} R`);
  });
  if (pages.length === 0) return null;
  const tree = highest + 1;
  const catalog = highest + 2;
  const tail =
    `\n${tree} 0 obj\n<</Type/Pages/Kids[${pages.join(' ')}]/Count ${pages.length}>>\nendobj\n` +
    `${catalog} 0 obj\n<</Type/Catalog/Pages ${tree} 0 R>>\nendobj\n` +
    `trailer\n<</Size ${catalog + 1}/Root ${catalog} 0 R/ID[<00><00>]>>\n%%EOF\n`;
  const rebuilt = new Uint8Array(bytes.length + tail.length);
  rebuilt.set(bytes);
  rebuilt.set(Buffer.from(tail, 'latin1'), bytes.length);
  return rebuilt;
}

async function open(bytes, password) {
  // pdf.js may take ownership of the buffer it is given: always hand it a copy.
  try {
    return { doc: await pdfjs.getDocument(loadingOptions(bytes.slice(), password)).promise, rebuiltPageTree: false };
  } catch (error) {
    if (error?.name !== 'InvalidPDFException') throw error;
    const rebuilt = withRebuiltPageTree(bytes);
    if (!rebuilt) throw error;
    return { doc: await pdfjs.getDocument(loadingOptions(rebuilt, password)).promise, rebuiltPageTree: true };
  }
}

const asText = (value) => (typeof value === 'string' ? value : null);
const asTextOrList = (value) => (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')) ? value : null);

async function readMetadata(doc) {
  try {
    const { info, metadata } = await doc.getMetadata();
    return {
      info: {
        title: asText(info?.Title),
        author: asText(info?.Author),
        creationDate: asText(info?.CreationDate),
        language: asText(info?.Language),
      },
      xmp: {
        title: asTextOrList(metadata?.get('dc:title')),
        creator: asTextOrList(metadata?.get('dc:creator')),
        created: asText(metadata?.get('xmp:createdate')),
      },
    };
  } catch (error) {
    keep(`Warning: metadata unreadable: ${error?.message}`);
    return { info: { title: null, author: null, creationDate: null, language: null }, xmp: { title: null, creator: null, created: null } };
  }
}

async function readPage(doc, number) {
  const page = await doc.getPage(number);
  const [x0, y0, x1, y1] = page.view;
  const content = await page.getTextContent();
  const items = [];
  for (const item of content.items) {
    if (typeof item.str !== 'string' || item.str.trim() === '') continue;
    const [a, b, , , x, y] = item.transform;
    items.push({ str: item.str, x: x - x0, y: y - y0, width: item.width, height: item.height, rtl: item.dir === 'rtl', upright: Math.abs(b) <= Math.abs(a) * 0.05 });
  }
  page.cleanup();
  return { width: x1 - x0, height: y1 - y0, items };
}

async function extract({ bytes, password }) {
  const { doc, rebuiltPageTree } = await open(bytes, password);
  try {
    const { info, xmp } = await readMetadata(doc);
    const pages = [];
    const unreadablePages = [];
    for (let number = 1; number <= doc.numPages; number++) {
      try {
        pages.push(await readPage(doc, number));
      } catch (error) {
        keep(`Warning: page ${number} unreadable: ${error?.message}`);
        unreadablePages.push(number);
        pages.push({ width: 0, height: 0, items: [] });
      }
    }
    return { pageCount: doc.numPages, pages, unreadablePages, info, xmp, warnings, rebuiltPageTree };
  } finally {
    await doc.destroy();
  }
}

function failureOf(error) {
  if (error?.name === 'PasswordException') {
    return { kind: error.code === pdfjs.PasswordResponses.INCORRECT_PASSWORD ? 'password-incorrect' : 'password-needed', message: error.message };
  }
  if (error?.name === 'InvalidPDFException') return { kind: 'invalid', message: error.message };
  return { kind: 'failed', message: String(error?.message ?? error) };
}

try {
  parentPort.postMessage({ ok: true, value: await extract(workerData) });
} catch (error) {
  parentPort.postMessage({ ok: false, error: failureOf(error) });
}
