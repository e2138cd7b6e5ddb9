import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
const bytes = readFileSync(process.argv[2]);
const text = bytes.toString('latin1');
const re = /(\d+)\s+(\d+)\s+obj\b/g;
const pages = []; let maxNum = 0; let m;
const starts = [];
while ((m = re.exec(text))) starts.push({ num: +m[1], gen: +m[2], at: m.index + m[0].length });
for (let i = 0; i < starts.length; i++) {
  const s = starts[i]; maxNum = Math.max(maxNum, s.num);
  const end = Math.min(i + 1 < starts.length ? starts[i+1].at : text.length, s.at + 65536);
  let body = text.slice(s.at, end);
  const st = body.indexOf('stream'); if (st >= 0) body = body.slice(0, st);
  if (/\/Type\s*\/Page(?![A-Za-z])/.test(body)) pages.push(s);
}
console.log(pages.map(p => p.num));
const n = maxNum + 1;
const tail = `\n${n} 0 obj\n<</Type/Pages/Kids[${pages.map(p => `${p.num} ${p.gen} R`).join(' ')}]/Count ${pages.length}>>\nendobj\n${n+1} 0 obj\n<</Type/Catalog/Pages ${n} 0 R>>\nendobj\ntrailer\n<</Size ${n+2}/Root ${n+1} 0 R/ID[<00><00>]>>\n%%EOF\n`;
const data = new Uint8Array(Buffer.concat([bytes, Buffer.from(tail, 'latin1')]));
const t = Date.now();
const doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 1 }).promise;
console.log('pages', doc.numPages);
for (let p = 1; p <= doc.numPages; p++) { const tc = await (await doc.getPage(p)).getTextContent(); console.log(p, tc.items.map(i => i.str).join(' ').slice(0, 300)); }
console.log(Date.now() - t);
