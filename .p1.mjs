import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
const f = process.argv[2];
const t = Date.now();
const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(f)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, password: process.argv[3], verbosity: 5 });
try {
const doc = await task.promise;
const meta = await doc.getMetadata();
console.log('pages', doc.numPages, JSON.stringify(meta.info), meta.metadata && [...meta.metadata.getAll ? Object.entries(meta.metadata.getAll()) : []]);
for (let p = 1; p <= Math.min(doc.numPages, 2); p++) {
  const page = await doc.getPage(p);
  const tc = await page.getTextContent();
  console.log('page', p, page.view, tc.items.length);
  for (const it of tc.items.slice(0, +process.argv[4] || 40)) console.log(JSON.stringify({s: it.str, x: +it.transform[4].toFixed(1), y: +it.transform[5].toFixed(1), w: +it.width.toFixed(1), h: +it.height.toFixed(1), eol: it.hasEOL, dir: it.dir, f: it.fontName}));
}
} catch (e) { console.log('ERR', e.name, e.code, e.message); }
console.log(Date.now() - t, 'ms');
