/**
 * How far the suggester is in reading each source, while it reads (long sources take a moment):
 * `suggestions.progress` answers from here while `suggestions.list` is still working.
 */
const reading = new Map<string, number>();

export function startReading(key: string): void {
  reading.set(key, 0);
}

export function reportReading(key: string, fraction: number): void {
  if (reading.has(key)) reading.set(key, Math.max(0, Math.min(1, fraction)));
}

export function doneReading(key: string): void {
  reading.delete(key);
}

/** 0..1 while the source is being read; null when it is not. */
export function readingProgress(key: string): number | null {
  return reading.get(key) ?? null;
}
