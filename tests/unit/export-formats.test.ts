/**
 * The contract's one table of export formats: every extension leads back to its format, and what
 * the exporters produce is named and typed as the table says.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF_FORMATS, EXPORT_FORMATS, RENDER_FORMATS, exportFormat, formatOfExtension, isBriefFormat } from '../../src-main/contract/export-formats';
import { schemas } from '../../src-main/contract/methods';
import { importFixture, ok, openTestNotebook, SEED, type TestNotebook } from './notebook-helpers';

describe('the table of export formats', () => {
  it('gives every extension to one format, and finds it again from a file extension in any case', () => {
    const all = EXPORT_FORMATS.flatMap((f) => f.extensions);
    expect(new Set(all).size).toBe(all.length);
    for (const f of EXPORT_FORMATS) {
      for (const extension of f.extensions) {
        expect(formatOfExtension(`.${extension}`)).toBe(f.id);
        expect(formatOfExtension(extension.toUpperCase())).toBe(f.id);
      }
    }
    expect(formatOfExtension('.json')).toBe('csl');
    expect(formatOfExtension('.txt')).toBeUndefined();
    expect(formatOfExtension('')).toBeUndefined();
  });

  it('is what exports.render accepts: every format but the bundle', () => {
    expect(RENDER_FORMATS).not.toContain('bundle');
    for (const format of RENDER_FORMATS) expect(schemas['exports.render'].safeParse({ format }).success).toBe(true);
    expect(schemas['exports.render'].safeParse({ format: 'bundle' }).success).toBe(false);
    expect(BRIEF_FORMATS.every(isBriefFormat)).toBe(true);
    expect(RENDER_FORMATS.filter((f) => !isBriefFormat(f))).toEqual(EXPORT_FORMATS.filter((f) => f.kind === 'data').map((f) => f.id));
  });
});

describe('what the exporters produce', () => {
  let nb: TestNotebook;
  beforeAll(async () => {
    nb = openTestNotebook();
    await importFixture(nb.api, ...SEED);
  });
  afterAll(() => nb?.close());

  it.each(RENDER_FORMATS)('%s: named with its first extension, typed with its media type', async (format) => {
    const file = await ok(nb.api, 'exports.render', { format });
    expect(file.fileName.endsWith(`.${exportFormat(format).extensions[0]}`)).toBe(true);
    expect(file.mediaType).toBe(exportFormat(format).mediaType);
    expect(file.bytes).toBeGreaterThan(0);
  });

  it('bundle: named and typed as the table says', async () => {
    const file = await ok(nb.api, 'exports.bundle', {});
    expect(file.fileName.endsWith(`.${exportFormat('bundle').extensions[0]}`)).toBe(true);
    expect(file.mediaType).toBe(exportFormat('bundle').mediaType);
  });
});
