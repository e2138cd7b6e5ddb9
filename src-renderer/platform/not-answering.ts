import type { Result } from '../../src-main/contract/errors';

/** What a call returns when the process behind the page cannot be reached at all. */
export function notAnswering(): Result<never> {
  return {
    ok: false,
    error: {
      code: 'INTERNAL',
      message:
        'Casebook’s background service is not answering, so nothing was changed. Your work up to the last save is safe: restart Casebook (in browser mode, run “npm run web” again and open the address it prints).',
    },
  };
}
