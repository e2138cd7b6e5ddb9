/** What a test file's tests leave behind (temp folders, open notebooks), undone after each test. */
import { afterEach } from 'vitest';
import { tempDir } from '../helpers';

/**
 * Registers one afterEach for the file: `later(fn)` runs fn after the current test (the last
 * registered first, so a notebook closes before its folder goes); `folder()` makes a temp folder
 * removed then.
 */
export function cleanupAfterEach(prefix?: string): { folder(): string; later(cleanup: () => void): void } {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()!();
  });
  const later = (cleanup: () => void) => void cleanups.push(cleanup);
  const folder = () => {
    const t = tempDir(prefix);
    later(t.cleanup);
    return t.dir;
  };
  return { folder, later };
}
