/** Reads a request body up to a size limit. */
import type { IncomingMessage } from 'node:http';

export type BodyOutcome = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyOutcome> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve) => {
    // With its length known, the body is copied into one buffer as it comes, rather than kept in
    // pieces and joined at the end (which holds it twice: a big import's body is most of a file).
    // Its pages are only taken as the bytes arrive.
    const whole = Number.isFinite(declared) && declared > 0 ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (outcome: BodyOutcome) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > (whole ? whole.length : maxBytes)) {
        chunks.length = 0;
        finish({ ok: false, reason: 'too-large' });
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    req.on('data', onData);
    req.on('end', () => finish({ ok: true, body: whole ? whole.subarray(0, size) : Buffer.concat(chunks, size) }));
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('close', () => finish({ ok: false, reason: 'aborted' }));
  });
}
