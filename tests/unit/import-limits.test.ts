/**
 * Size limits per format (README, "What an import keeps"), checked before a file is read whole or
 * its base64 decoded (issue 13: a 190 MB text file peaked at 3.1 GB).
 */
import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fails, notebookPerTest, openTestNotebook, type TestNotebook } from './notebook-helpers';
import { cliOnFreshNotebook } from './cli-runner';
import { tempDir } from '../helpers';

const MB = 1024 * 1024;

describe('import size limits', () => {
  let nb: TestNotebook;
  notebookPerTest(openTestNotebook, (opened) => (nb = opened));

  it('refuses a Markdown file over its limit from the size its base64 says, before decoding it', async () => {
    // Not base64 at all: decoding it first would answer "did not arrive intact" instead.
    const data = '!'.repeat(Math.ceil((9 * MB * 4) / 3));
    const error = await fails(nb.api, 'sources.import', { fileName: 'huge.md', data });
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe('“huge.md” is 9.0 MB, over the import limit of 8.0 MB for Markdown files. Split it into smaller files, then import them.');
  });

  it('keeps the larger limits of PDF files', async () => {
    const data = '!'.repeat(Math.ceil((33 * MB * 4) / 3));
    const error = await fails(nb.api, 'sources.import', { fileName: 'big.pdf', data });
    expect(error.code).toBe('VALIDATION'); // read as far as decoding: under the PDF limit
  });
});

describe('import size limits on the command line', () => {
  const { cli } = cliOnFreshNotebook();

  it('refuses a 190 MB text file by its size, without reading it', async () => {
    const temp = tempDir();
    try {
      const huge = join(temp.dir, 'huge.txt');
      const fd = openSync(huge, 'w');
      ftruncateSync(fd, 190 * MB); // sparse: no disk used, and reading it would take 190 MB
      closeSync(fd);
      const rssBefore = process.memoryUsage().rss;
      const run = await cli('import', huge);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('casebook: “huge.txt” is 190.0 MB, over the import limit of 32.0 MB for plain text files. Split it into smaller files, then import them.\n');
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * MB);
    } finally {
      temp.cleanup();
    }
  });
});
