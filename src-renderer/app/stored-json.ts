/** View settings kept as JSON in the window's localStorage, so that they survive a reload. */

/** The value kept under `key`; null when there is none, it is not JSON, or storage is off. */
export function readStoredJson(key: string): unknown {
  try {
    return JSON.parse(window.localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** Keeps `value` under `key`; where storage is off (private mode) the view simply starts fresh next time. */
export function writeStoredJson(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // private mode: nothing to keep
  }
}
