/** The Readability test pages (an optional corpus in ../shared) that the HTML import benches read. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const READABILITY_PAGES = resolve(fileURLToPath(import.meta.url), '..', '..', '..', 'shared', 'fixtures', 'robustness', 'readability-test-pages');

/** Each page's source.html, as bytes; none when the corpus is not there. */
export function readabilityPages(): Uint8Array[] {
  if (!existsSync(READABILITY_PAGES)) return [];
  return readdirSync(READABILITY_PAGES)
    .map((name) => join(READABILITY_PAGES, name, 'source.html'))
    .filter((file) => existsSync(file))
    .map((file) => new Uint8Array(readFileSync(file)));
}
