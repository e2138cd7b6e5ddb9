import { CasebookError } from '../contract/errors';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes a file's base64 contents, refusing anything that is not clean base64. */
export function decodeBase64File(fileName: string, data: string): Buffer {
  if (!BASE64.test(data)) throw new CasebookError('VALIDATION', `The contents of “${fileName}” did not arrive intact (bad base64). Nothing was imported.`);
  return Buffer.from(data, 'base64');
}

/** How many bytes a base64 text decodes to, without decoding it (the contract has it: the page counts too). */
export { base64DecodedLength } from '../contract/import-formats';
