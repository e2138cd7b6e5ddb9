/**
 * An uploaded file's base64 decoded and hashed a slice at a time (api/base64.ts), so a 30 MB import
 * does not hold up other requests while it is read: the same bytes and SHA-256 as decoding it at
 * once, across slice boundaries, and the same refusal of anything that is not clean base64.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeAndHashInTurns } from '../../src-main/api/base64';
import { sha256Hex } from '../../src-main/store/sources';
import { caught } from '../helpers';

describe('decoding an upload in turns', () => {
  it('gives the bytes and SHA-256 that decoding at once gives, whatever the size', async () => {
    for (const size of [0, 1, 2, 3, 1000, 3 * 1024 * 1024 + 1, 9 * 1024 * 1024 + 2]) {
      const bytes = randomBytes(size);
      const decoded = await decodeAndHashInTurns('f.bin', bytes.toString('base64'));
      expect(decoded.bytes.equals(bytes), `${size} bytes`).toBe(true);
      expect(decoded.sha256).toBe(sha256Hex(bytes));
    }
  });

  it('lets other work run between slices of a large file', async () => {
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    await decodeAndHashInTurns('f.bin', randomBytes(24 * 1024 * 1024).toString('base64'));
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(0);
  });

  it('refuses a character that is not base64 in any slice, or padding before the end', async () => {
    const clean = randomBytes(6 * 1024 * 1024).toString('base64');
    for (const bad of [`${clean.slice(0, 100)}!${clean.slice(101)}`, `${clean.slice(0, -10)}\n${clean.slice(-9)}`, `${clean.slice(0, 4 * 1024 * 1024 - 1)}=${clean.slice(4 * 1024 * 1024)}`]) {
      const error = await caught(decodeAndHashInTurns('report.pdf', bad));
      expect(error).toMatchObject({ code: 'VALIDATION', message: 'The contents of “report.pdf” did not arrive intact (bad base64). Nothing was imported.' });
    }
  });
});
