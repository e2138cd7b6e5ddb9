/**
 * A call's value already written as JSON, on the notebook's reader thread (a very long source's
 * text: some 20 MB). The bridge and the desktop app's IPC pass it on as text and the page parses
 * it, so the main process neither builds nor serialises it; every other caller gets it parsed.
 */
export interface JsonText {
  casebookJsonText: string;
}

export const isJsonText = (value: unknown): value is JsonText =>
  typeof value === 'object' && value !== null && typeof (value as JsonText).casebookJsonText === 'string' && Object.keys(value).length === 1;

/** The value itself: `value` parsed when it came as JSON text. */
export const fromJsonText = (value: unknown): unknown => (isJsonText(value) ? JSON.parse(value.casebookJsonText) : value);
