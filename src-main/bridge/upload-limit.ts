/**
 * Browser mode's imports: the page declares the file's name and size in request headers
 * (contract/import-formats.ts), so the bridge refuses a file over its format's limit before
 * reading the body, and reads a body no further than that format's limit in base64. Requests
 * without the headers (other tools on this machine) keep the bridge's overall limit and the
 * handler's own check.
 */
import type { IncomingMessage } from 'node:http';
import { CasebookError } from '../contract/errors';
import {
  base64DecodedLength,
  checkImportSize,
  importLimitFor,
  tooLargeError,
  UPLOAD_FILE_NAME_HEADER,
  UPLOAD_FILE_SIZE_HEADER,
} from '../contract/import-formats';

/** Room in the JSON body for all but the base64: the keys, and the name, origin and password escaped at worst (\uXXXX). */
const JSON_ROOM = 64 * 1024;

export interface DeclaredUpload {
  fileName: string;
  size: number;
  /** The largest body a file of this format can take: its limit in base64, and the rest of the JSON. */
  maxBodyBytes: number;
}

export type UploadCheck = { declared: DeclaredUpload | null; refusal?: undefined } | { refusal: { status: number; error: CasebookError } };

const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

const header = (req: IncomingMessage, name: string) => req.headers[name.toLowerCase()];

/** Reads the declared file of a `sources.import` request and refuses it, from its headers alone, when it is over its limit. */
export function checkDeclaredUpload(req: IncomingMessage, method: string): UploadCheck {
  const rawName = header(req, UPLOAD_FILE_NAME_HEADER);
  const rawSize = header(req, UPLOAD_FILE_SIZE_HEADER);
  if (method !== 'sources.import' || (rawName === undefined && rawSize === undefined)) return { declared: null };
  const unreadable = { refusal: { status: 400, error: new CasebookError('VALIDATION', 'The file name and size sent with this import are not readable. Nothing was imported.') } };
  if (typeof rawName !== 'string' || typeof rawSize !== 'string' || !/^\d{1,15}$/.test(rawSize)) return unreadable;
  let fileName: string;
  try {
    fileName = decodeURIComponent(rawName);
  } catch {
    return unreadable;
  }
  const size = Number(rawSize);
  try {
    checkImportSize(fileName, size);
    const maxBodyBytes = base64Length(importLimitFor(fileName)) + JSON_ROOM;
    // The declared size may be a lie; the body's own length may not pass the format's limit either.
    if (Number(req.headers['content-length']) > maxBodyBytes) throw tooLargeError(fileName, undefined);
    return { declared: { fileName, size, maxBodyBytes } };
  } catch (error) {
    if (!(error instanceof CasebookError)) throw error;
    return { refusal: { status: error.code === 'TOO_LARGE' ? 413 : 415, error } };
  }
}

/** The body must carry the file its headers declared: otherwise the limit applied to it may not be its own. */
export function matchesDeclared(input: unknown, declared: DeclaredUpload): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const { fileName, data } = input as { fileName?: unknown; data?: unknown };
  return fileName === declared.fileName && typeof data === 'string' && base64DecodedLength(data) === declared.size;
}

export const MISMATCH_MESSAGE = 'The file name or size sent with this import does not match the file itself. Nothing was imported.';
