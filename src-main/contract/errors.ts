import type { ChangeEvent } from './methods';

/** Error codes every API method may return. Messages are written for analysts, never stack traces. */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNSUPPORTED_FORMAT', 'DAMAGED_FILE', 'PASSWORD_REQUIRED', 'TOO_LARGE', 'AMBIGUOUS', 'NOT_A_NOTEBOOK', 'NEWER_NOTEBOOK', 'UNAUTHORIZED', 'READ_ONLY', 'DISK_FULL', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** `events`: on a write, the changes its transaction committed (what the renderer refreshes from). */
export type Result<T> = { ok: true; value: T; events?: ChangeEvent[] } | { ok: false; error: ApiError };

/** The one message for a Casebook process that cannot be reached (desktop preload, browser client). */
export const NOT_ANSWERING_MESSAGE =
  'Casebook’s background service is not answering, so nothing was changed. Your work up to the last save is safe: restart Casebook (in browser mode, run “npm run web” again and open the address it prints).';

/** Thrown by the main side; the dispatch turns it into `{ ok: false, error }`. */
export class CasebookError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'CasebookError';
    this.code = code;
  }
}

/**
 * A failed call on the calling side (renderer, CLI): the API's own words as the message. A kind of
 * CasebookError, so the CLI reports both alike; its own class tells a failed call from a local check.
 */
export class ApiFailure extends CasebookError {
  constructor(readonly error: ApiError) {
    super(error.code, error.message);
    this.name = 'ApiFailure';
  }
}
