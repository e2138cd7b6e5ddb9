/**
 * Changes to many claims at once: a status or tags on a selection, renaming, merging or deleting a
 * tag. Each goes through updateClaim (audit log, search index); the caller's transaction makes
 * the whole change all or nothing.
 */
import type { Database } from 'better-sqlite3';
import type { ClaimStatus } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import { recordAudit } from './audit';
import { getClaim, updateClaim } from './claims';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export interface BulkChange {
  ids: string[];
  status?: ClaimStatus;
  addTags?: string[];
  removeTags?: string[];
}

/** Returns the ids of the claims that actually changed. */
export function bulkUpdateClaims(db: Database, change: BulkChange): string[] {
  const changed: string[] = [];
  for (const id of new Set(change.ids)) {
    const claim = getClaim(db, id);
    let tags = claim.tags.filter((t) => !change.removeTags?.some((r) => same(r, t)));
    for (const add of change.addTags ?? []) if (!tags.some((t) => same(t, add))) tags = [...tags, add.trim()];
    const tagsChanged = tags.length !== claim.tags.length || tags.some((t, i) => t !== claim.tags[i]);
    const statusChanged = change.status !== undefined && change.status !== claim.status;
    if (!tagsChanged && !statusChanged) continue;
    updateClaim(db, id, { ...(statusChanged ? { status: change.status } : {}), ...(tagsChanged ? { tags } : {}) });
    changed.push(id);
  }
  return changed;
}

function findTag(db: Database, name: string): { id: number; name: string } {
  const tag = db.prepare('SELECT id, name FROM tags WHERE name = ?').get(name.trim()) as { id: number; name: string } | undefined;
  if (!tag) throw new CasebookError('NOT_FOUND', `There is no tag “${name.trim()}” in this notebook.`);
  return tag;
}

function claimsWithTag(db: Database, tagId: number): string[] {
  return db.prepare('SELECT claim_id FROM claim_tags WHERE tag_id = ? ORDER BY claim_id').pluck().all(tagId) as string[];
}

/**
 * Renames a tag on every claim that has it. Renaming onto an existing tag merges the two (a claim
 * with both keeps one). Returns the claims changed and whether it was a merge.
 */
export function renameTag(db: Database, from: string, to: string): { claimIds: string[]; merged: boolean } {
  const tag = findTag(db, from);
  const target = to.trim();
  const existing = db.prepare('SELECT id, name FROM tags WHERE name = ?').get(target) as { id: number; name: string } | undefined;
  const merged = existing !== undefined && existing.id !== tag.id;
  const claimIds = claimsWithTag(db, tag.id);
  if (!merged) {
    // Same tag, new spelling (or a new name): the tags table holds the spelling.
    if (tag.name === target) return { claimIds: [], merged: false };
    db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(target, tag.id);
    for (const id of claimIds) updateClaim(db, id, { tags: getClaim(db, id).tags });
  } else {
    for (const id of claimIds) updateClaim(db, id, { tags: [...getClaim(db, id).tags.filter((t) => !same(t, tag.name)), existing.name] });
  }
  recordAudit(db, merged ? 'merge' : 'rename', 'tag', tag.name, { from: tag.name, to: merged ? existing.name : target, claims: claimIds.length });
  return { claimIds, merged };
}

/** Removes a tag from every claim. Returns the claims changed. */
export function deleteTag(db: Database, name: string): string[] {
  const tag = findTag(db, name);
  const claimIds = claimsWithTag(db, tag.id);
  for (const id of claimIds) updateClaim(db, id, { tags: getClaim(db, id).tags.filter((t) => !same(t, tag.name)) });
  recordAudit(db, 'delete', 'tag', tag.name, { claims: claimIds.length });
  return claimIds;
}
