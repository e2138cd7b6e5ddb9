/** Where a claim is cited: its claim-reference nodes (ClaimReferenceNode) in every brief's stored Lexical JSON. */
import type { Database } from 'better-sqlite3';
import type { BriefCitation } from '../contract/domain';

export type { BriefCitation };

/** The node type the brief editor serialises a claim reference as. */
export const CLAIM_REFERENCE_TYPE = 'claim-reference';

function countReferences(node: unknown, claimId: string): number {
  if (!node || typeof node !== 'object') return 0;
  const n = node as { type?: unknown; claimId?: unknown; root?: unknown; children?: unknown };
  let count = n.type === CLAIM_REFERENCE_TYPE && n.claimId === claimId ? 1 : 0;
  if (n.root) count += countReferences(n.root, claimId);
  if (Array.isArray(n.children)) for (const child of n.children) count += countReferences(child, claimId);
  return count;
}

/** The ids of the claims a brief's document cites (its claim-reference nodes). */
export function citedClaimIds(doc: unknown): Set<string> {
  const ids = new Set<string>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: unknown; claimId?: unknown; root?: unknown; children?: unknown };
    if (n.type === CLAIM_REFERENCE_TYPE && typeof n.claimId === 'string') ids.add(n.claimId);
    if (n.root) walk(n.root);
    if (Array.isArray(n.children)) for (const child of n.children) walk(child);
  };
  walk(doc);
  return ids;
}

/** The briefs that cite the claim, with how many times each does. */
export function claimCitations(db: Database, claimId: string): BriefCitation[] {
  // The id is searched as text first, so briefs that never mention it are not parsed.
  const rows = db.prepare("SELECT id, title, doc FROM briefs WHERE instr(doc, ?) > 0 ORDER BY created_at, rowid").all(claimId) as { id: string; title: string; doc: string }[];
  return rows
    .map((r) => ({ briefId: r.id, title: r.title, count: countReferences(JSON.parse(r.doc), claimId) }))
    .filter((c) => c.count > 0);
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** “cited 3 times in the brief “Brief”” (and in others, joined). */
export function describeCitations(citations: BriefCitation[]): string {
  return `cited ${citations.map((c) => `${times(c.count)} in the brief “${c.title}”`).join(' and ')}`;
}

/** The briefs citing any of a source's claims (for the question before deleting the source). */
export function sourceCitations(db: Database, sourceId: string): BriefCitation[] {
  const byBrief = new Map<string, BriefCitation>();
  const claimIds = (db.prepare('SELECT id FROM claims WHERE source_id = ?').all(sourceId) as { id: string }[]).map((r) => r.id);
  for (const claimId of claimIds) {
    for (const c of claimCitations(db, claimId)) {
      const seen = byBrief.get(c.briefId);
      byBrief.set(c.briefId, seen ? { ...seen, count: seen.count + c.count } : c);
    }
  }
  return [...byBrief.values()];
}
