/** Error codes every API method may return. Messages are written for analysts, never stack traces. */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNSUPPORTED_FORMAT', 'DAMAGED_FILE', 'PASSWORD_REQUIRED', 'TOO_LARGE', 'AMBIGUOUS', 'NOT_A_NOTEBOOK', 'NEWER_NOTEBOOK', 'UNAUTHORIZED', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by the main side; the dispatch turns it into `{ ok: false, error }`. */
export class CasebookError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'CasebookError';
    this.code = code;
  }
}
