import { createHash } from 'node:crypto';
import { CasebookError } from '../contract/errors';
import { base64DecodedLength } from '../contract/import-formats';
import { nextTurn } from './write-turn';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64_BODY = /^[A-Za-z0-9+/]*$/;

const badBase64 = (fileName: string) => new CasebookError('VALIDATION', `The contents of “${fileName}” did not arrive intact (bad base64). Nothing was imported.`);

/** Decodes a file's base64 contents, refusing anything that is not clean base64. */
export function decodeBase64File(fileName: string, data: string): Buffer {
  if (!BASE64.test(data)) throw badBase64(fileName);
  return Buffer.from(data, 'base64');
}

/** Base64 characters decoded per turn: 4 MB, about 5 ms of checking, decoding and hashing. */
const SLICE = 4 * 1024 * 1024;

/**
 * `decodeBase64File` and the bytes' SHA-256, a slice at a time with other requests' turns between
 * slices: done at once, a 30 MB file would hold up the app for a tenth of a second.
 */
export async function decodeAndHashInTurns(fileName: string, data: string): Promise<{ bytes: Buffer; sha256: string }> {
  const bytes = Buffer.alloc(base64DecodedLength(data));
  const hash = createHash('sha256');
  let written = 0;
  for (let from = 0; from < data.length; from += SLICE) {
    const last = from + SLICE >= data.length;
    const slice = data.slice(from, from + SLICE);
    if (!(last ? BASE64 : BASE64_BODY).test(slice)) throw badBase64(fileName);
    const n = bytes.write(slice, written, 'base64');
    hash.update(bytes.subarray(written, written + n));
    written += n;
    if (!last) await nextTurn();
  }
  if (written !== bytes.length) throw badBase64(fileName);
  return { bytes, sha256: hash.digest('hex') };
}

/** How many bytes a base64 text decodes to, without decoding it (the contract has it: the page counts too). */
export { base64DecodedLength } from '../contract/import-formats';
