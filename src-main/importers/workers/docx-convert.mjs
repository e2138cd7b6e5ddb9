// Worker job (plain JavaScript, loaded as is; see ../isolated-run.ts): unpacks a Word file under a
// cap (zip-read.mjs), then has mammoth turn it into HTML. ../docx.ts walks the HTML.
//
// workerData: { bytes: Uint8Array, maxUnpackedBytes: number, maxEntries: number }
// answer: { ok: true, value: { html, messages: [{ type, message }], coreXml, skippedParts,
//         externalLinks: [{ type, target }] } }
//         or { ok: false, error: { kind, message } } with kind 'zip-broken' | 'too-large' |
//         'not-docx' | 'failed'.
import { parentPort, workerData } from 'node:worker_threads';
import { zipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { readZip, ZipProblem } from './zip-read.mjs';

class JobFailure extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

// Only the XML parts carry text, styles and relationships; pictures, fonts and embedded files
// are never read (Casebook keeps text), so they are neither unpacked nor counted.
const TEXT_PARTS = /(\.xml|\.rels|^mammoth\/style-map)$/i;

function unpack(bytes, limits) {
  try {
    return readZip(bytes, { ...limits, wanted: (name) => TEXT_PARTS.test(name) });
  } catch (error) {
    if (error instanceof ZipProblem) throw new JobFailure(error.kind, error.message);
    throw new JobFailure('zip-broken', String(error?.message ?? error));
  }
}

const attribute = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined);

/**
 * What the document links to outside its own file (pictures, templates, linked objects), from its
 * relationship parts. None of it is ever read; the analyst is told about what would show.
 */
function externalLinks(parts) {
  const links = [];
  for (const [name, data] of Object.entries(parts)) {
    if (!/^word\/_rels\/[^/]+\.rels$/i.test(name)) continue;
    for (const [tag] of strFromU8(data).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      if (attribute(tag, 'TargetMode') !== 'External') continue;
      const type = (attribute(tag, 'Type') ?? '').split('/').pop();
      links.push({ type, target: attribute(tag, 'Target') ?? '' });
    }
  }
  return links;
}

async function convert({ bytes, maxUnpackedBytes, maxEntries }) {
  const { parts, damaged } = unpack(bytes, { maxUnpackedBytes, maxEntries });
  // mammoth gets a fresh package of stored (uncompressed) parts: nothing is left for it to inflate.
  const repacked = zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, [data, { level: 0 }]])));
  const core = parts['docProps/core.xml'];
  const coreXml = core && core.length <= 1_000_000 ? strFromU8(core) : null;
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(repacked.buffer, repacked.byteOffset, repacked.byteLength) },
      {
        // Without a mapping for comment references mammoth leaves comments out.
        styleMap: ['comment-reference => sup'],
        // Pictures are not kept (only text is), so none is read or encoded.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        // Never read files the document links to (the default; stated so it stays so).
        externalFileAccess: false,
      },
    );
  } catch (error) {
    const message = String(error?.message ?? error);
    if (/Could not find main document part/i.test(message)) {
      // No main part because the parts were unreadable is damage, not another kind of zip.
      throw new JobFailure(damaged.length > 0 ? 'zip-broken' : 'not-docx', message);
    }
    throw new JobFailure('failed', message);
  }
  const messages = result.messages.map((m) => ({ type: String(m.type), message: String(m.message) }));
  return { html: result.value, messages, coreXml, skippedParts: damaged, externalLinks: externalLinks(parts) };
}

try {
  parentPort.postMessage({ ok: true, value: await convert(workerData) });
} catch (error) {
  const kind = error instanceof JobFailure ? error.kind : 'failed';
  parentPort.postMessage({ ok: false, error: { kind, message: String(error?.message ?? error) } });
}
