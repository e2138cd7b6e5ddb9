import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
for (const f of readdirSync(dir).filter(f => f.endsWith('.pdf'))) {
  const t = Date.now();
  const warnings = [];
  const origWarn = console.log;
  try {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(dir + '/' + f)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 1, standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/', cMapUrl: 'node_modules/pdfjs-dist/cmaps/' }).promise;
    let txt = '';
    for (let p = 1; p <= doc.numPages; p++) { try { const tc = await (await doc.getPage(p)).getTextContent(); txt += tc.items.map(i => i.str).join(' '); } catch (e) { txt += `[page ${p} ERR ${e.message}]`; } }
    console.log(f, 'pages', doc.numPages, Date.now() - t, 'ms', JSON.stringify(txt.slice(0, 120)));
    await doc.destroy();
  } catch (e) { console.log(f, 'ERR', e.name, e.message, Date.now() - t, 'ms'); }
}
