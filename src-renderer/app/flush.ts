/**
 * Pending edits that save themselves later (the brief, a claim being typed) register a flush
 * here, so an action that reads the notebook (an export) can first make sure all is on disk.
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.all([...flushes].map((flush) => flush().catch(() => undefined)));
}
