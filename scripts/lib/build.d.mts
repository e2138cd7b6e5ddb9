// Types for build.mjs, so the TypeScript test harness can use it.
export const ROOT: string;
export const PARTS: Record<'renderer' | 'all', { sources: string[]; outputs: string[] }>;
export function needsBuild(part: 'renderer' | 'all'): boolean;
export function runBuild(part: 'renderer' | 'all'): Promise<number>;
