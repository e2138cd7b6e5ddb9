export const CLI_ENTRIES: Record<string, string>;
/** The URLs of the bundled entries, up to date with the sources (built now if need be), or null: load the sources through tsx. */
export function cliBundle(options?: { root?: string; outDir?: string; entries?: Record<string, string> }): Promise<Record<string, string> | null>;
