/**
 * Pending edits that save themselves later (the brief, a claim being typed) register a flush
 * here, so an action that reads the notebook (an export) can first make sure all is on disk.
 */
/** Resolves false (or rejects) when what it held could not be saved. */
type Flush = () => Promise<boolean | void>;

const flushes = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Saves every pending edit; true when all of them reached the notebook. */
export async function flushAll(): Promise<boolean> {
  const results = await Promise.all([...flushes].map((flush) => flush().then((ok) => ok !== false, () => false)));
  return results.every(Boolean);
}
