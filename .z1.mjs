import { unzipSync, Inflate } from 'fflate';
import { readFileSync, readdirSync } from 'node:fs';
for (const dir of process.argv.slice(2)) for (const f of readdirSync(dir).filter(f => /\.(docx|zip)$/.test(f))) {
  const data = new Uint8Array(readFileSync(dir + '/' + f));
  const entries = [];
  try {
    unzipSync(data, { filter: (e) => { entries.push(e); return false; } });
    const out = [];
    for (const e of entries) {
      try { const r = unzipSync(data, { filter: (x) => x.name === e.name }); out.push(`${e.name}:${e.compression}:${e.size}/${e.originalSize}->${r[e.name]?.length}`); }
      catch (err) { out.push(`${e.name}: ERR ${err.message}`); }
    }
    console.log(f, entries.length, out.join(' | ').slice(0, 900));
  } catch (e) { console.log(f, 'ERR', e.message); }
}
