import { NOT_ANSWERING_MESSAGE, type Result } from '../../src-main/contract/errors';

/** What a call returns when the process behind the page cannot be reached at all. */
export function notAnswering(): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message: NOT_ANSWERING_MESSAGE } };
}
