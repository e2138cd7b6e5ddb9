/**
 * A call's value already written as JSON, as UTF-8 bytes, on the notebook's reader thread (a very
 * long source's text: some 20 MB). The bridge writes the bytes into its answer as they are and the
 * desktop app's IPC passes them to the page, which parses them, so the main process neither builds,
 * serialises nor encodes the value; every other caller gets it parsed.
 */
export interface JsonText {
  casebookJson: Uint8Array;
}

export const isJsonText = (value: unknown): value is JsonText =>
  typeof value === 'object' && value !== null && (value as JsonText).casebookJson instanceof Uint8Array && Object.keys(value).length === 1;

/** `value` written as JSON bytes. */
export const toJsonText = (value: unknown): JsonText => ({ casebookJson: new TextEncoder().encode(JSON.stringify(value)) });

/** The value itself: `value` parsed when it came as JSON text. */
export const fromJsonText = (value: unknown): unknown => (isJsonText(value) ? JSON.parse(new TextDecoder().decode(value.casebookJson)) : value);
