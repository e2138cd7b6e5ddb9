/** Small helpers shared by the benchmarks. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** The spread of a bench's samples. */
export interface Figures {
  median: number;
  p95: number;
  max: number;
  samples: number;
}

export const figures = (xs: number[]): Figures => ({ median: percentile(xs, 50), p95: percentile(xs, 95), max: Math.max(...xs), samples: xs.length });

export function timeMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export const fmt = (n: number, digits = 2) => n.toFixed(digits);

/** True when this module is the script node was asked to run. */
export function isMain(importMetaUrl: string): boolean {
  return process.argv[1] !== undefined && importMetaUrl.endsWith(process.argv[1].replace(/\\/g, '/').split('/').slice(-2).join('/'));
}
