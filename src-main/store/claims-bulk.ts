/**
 * Changes to many claims at once: a status or tags on a selection, renaming, merging or deleting a
 * tag. The tag rows change set by set (a notebook may have tens of thousands of claims); each
 * claim that changed is then touched, re-indexed for search and written to the audit log, like a
 * single edit. The caller's transaction makes the whole change all or nothing.
 */
import type { Database } from 'better-sqlite3';
import type { Claim, ClaimStatus } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import { recordAudit } from './audit';
import { getClaim, reindexClaim } from './claims';
import { nowIso } from './ids';

export interface BulkChange {
  ids: string[];
  status?: ClaimStatus;
  addTags?: string[];
  removeTags?: string[];
}

/** A tag's id, creating it (spelled as given) if the notebook has no tag of that name in any case. */
function ensureTag(db: Database, name: string): number {
  db.prepare('INSERT OR IGNORE INTO tags (name) VALUES (?)').run(name.trim());
  return (db.prepare('SELECT id FROM tags WHERE name = ?').get(name.trim()) as { id: number }).id;
}

function findTag(db: Database, name: string): { id: number; name: string } | undefined {
  return db.prepare('SELECT id, name FROM tags WHERE name = ?').get(name.trim()) as { id: number; name: string } | undefined;
}

function requireTag(db: Database, name: string): { id: number; name: string } {
  const tag = findTag(db, name);
  if (!tag) throw new CasebookError('NOT_FOUND', `There is no tag “${name.trim()}” in this notebook.`);
  return tag;
}

function dropUnusedTags(db: Database): void {
  db.prepare('DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM claim_tags)').run();
}

/** After the rows changed: the claim's time stamp, search entry and audit entry, as for one edit. */
function recordChanged(db: Database, before: Claim, now: string): void {
  db.prepare('UPDATE claims SET updated_at = ? WHERE id = ?').run(now, before.id);
  const after = getClaim(db, before.id);
  reindexClaim(db, after);
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  if (after.status !== before.status) changed.status = { from: before.status, to: after.status };
  if (after.tags.join('\n') !== before.tags.join('\n')) changed.tags = { from: before.tags, to: after.tags };
  recordAudit(db, 'update', 'claim', before.id, { changed });
}

/** Returns the ids of the claims that actually changed. */
export function bulkUpdateClaims(db: Database, change: BulkChange): string[] {
  const now = nowIso();
  const addIds = (change.addTags ?? []).map((name) => ensureTag(db, name));
  const removeIds = (change.removeTags ?? []).map((name) => findTag(db, name)?.id).filter((id): id is number => id !== undefined);
  const setStatus = db.prepare('UPDATE claims SET status = ? WHERE id = ? AND status <> ?');
  const untag = db.prepare('DELETE FROM claim_tags WHERE claim_id = ? AND tag_id = ?');
  const tag = db.prepare('INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)');
  const changed: string[] = [];
  for (const id of new Set(change.ids)) {
    const before = getClaim(db, id);
    let n = change.status ? setStatus.run(change.status, id, change.status).changes : 0;
    for (const tagId of removeIds) n += untag.run(id, tagId).changes;
    for (const tagId of addIds) n += tag.run(id, tagId).changes;
    if (n === 0) continue;
    recordChanged(db, before, now);
    changed.push(id);
  }
  dropUnusedTags(db);
  return changed;
}

function claimsWithTag(db: Database, tagId: number): Claim[] {
  const ids = db.prepare('SELECT claim_id FROM claim_tags WHERE tag_id = ? ORDER BY claim_id').pluck().all(tagId) as string[];
  return ids.map((id) => getClaim(db, id));
}

/**
 * Renames a tag on every claim that has it. Renaming onto an existing tag merges the two (a claim
 * with both keeps one). Returns the claims changed and whether it was a merge.
 */
export function renameTag(db: Database, from: string, to: string): { claimIds: string[]; merged: boolean } {
  const tag = requireTag(db, from);
  const target = to.trim();
  const existing = findTag(db, target);
  const merged = existing !== undefined && existing.id !== tag.id;
  if (!merged && tag.name === target) return { claimIds: [], merged: false };
  const claims = claimsWithTag(db, tag.id);
  if (merged) {
    db.prepare('INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) SELECT claim_id, ? FROM claim_tags WHERE tag_id = ?').run(existing.id, tag.id);
    db.prepare('DELETE FROM claim_tags WHERE tag_id = ?').run(tag.id);
    db.prepare('DELETE FROM tags WHERE id = ?').run(tag.id);
  } else {
    // Same tag, new name or new spelling: the tags table holds the name.
    db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(target, tag.id);
  }
  const now = nowIso();
  for (const claim of claims) recordChanged(db, claim, now);
  recordAudit(db, merged ? 'merge' : 'rename', 'tag', tag.name, { from: tag.name, to: merged ? existing.name : target, claims: claims.length });
  return { claimIds: claims.map((c) => c.id), merged };
}

/** Removes a tag from every claim. Returns the claims changed. */
export function deleteTag(db: Database, name: string): string[] {
  const tag = requireTag(db, name);
  const claims = claimsWithTag(db, tag.id);
  db.prepare('DELETE FROM claim_tags WHERE tag_id = ?').run(tag.id);
  db.prepare('DELETE FROM tags WHERE id = ?').run(tag.id);
  const now = nowIso();
  for (const claim of claims) recordChanged(db, claim, now);
  recordAudit(db, 'delete', 'tag', tag.name, { claims: claims.length });
  return claims.map((c) => c.id);
}
