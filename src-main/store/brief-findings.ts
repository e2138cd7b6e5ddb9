/** Brief checks in the notebook: the claims a brief references (as the checks need them) and the findings dismissed. */
import type { Database } from 'better-sqlite3';
import type { BriefRule, DismissedFinding } from '../contract/brief-checks';
import type { ClaimStatus, Credibility, EvidenceRelation, Likelihood, Reliability } from '../contract/domain';
import type { CheckedClaim, CheckedSource } from '../core/brief-checks/index';
import { recordAudit } from './audit';
import { getBrief } from './briefs';
import { nowIso } from './ids';

interface ClaimRow {
  id: string;
  statement: string;
  status: ClaimStatus;
  credibility: Credibility | null;
  likelihood: Likelihood | null;
  source_id: string;
  source_title: string;
  reliability: Reliability;
}

interface LinkRow {
  relation: EvidenceRelation;
  source_id: string;
  source_title: string;
  reliability: Reliability;
}

/** The referenced claims that still exist, with their source and every evidence link's relation and source. */
export function claimsForChecks(db: Database, claimIds: Iterable<string>): Map<string, CheckedClaim> {
  const claimStmt = db.prepare(
    'SELECT c.id, c.statement, c.status, c.credibility, c.likelihood, c.source_id, s.title AS source_title, s.reliability FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.id = ?',
  );
  const linkStmt = db.prepare(
    'SELECT e.relation, e.source_id, s.title AS source_title, s.reliability FROM evidence_links e JOIN sources s ON s.id = e.source_id WHERE e.claim_id = ? ORDER BY e.created_at, e.id',
  );
  const source = (id: string, title: string, reliability: Reliability): CheckedSource => ({ id, title, reliability });
  const out = new Map<string, CheckedClaim>();
  for (const id of claimIds) {
    const row = claimStmt.get(id) as ClaimRow | undefined;
    if (!row) continue;
    const links = linkStmt.all(id) as LinkRow[];
    out.set(id, {
      id: row.id,
      statement: row.statement,
      status: row.status,
      credibility: row.credibility,
      likelihood: row.likelihood,
      source: source(row.source_id, row.source_title, row.reliability),
      evidence: links.map((l) => ({ relation: l.relation, source: source(l.source_id, l.source_title, l.reliability) })),
    });
  }
  return out;
}

interface DismissalRow {
  fingerprint: string;
  rule: BriefRule;
  excerpt: string;
  reason: string;
  at: string;
}

export function listDismissals(db: Database, briefId: string): DismissedFinding[] {
  return db.prepare('SELECT fingerprint, rule, excerpt, reason, at FROM brief_dismissals WHERE brief_id = ? ORDER BY at, fingerprint').all(briefId) as DismissalRow[];
}

/** Dismisses a finding with the analyst's reason (dismissing it again replaces the reason). */
export function dismissFinding(db: Database, briefId: string, finding: { fingerprint: string; rule: BriefRule; excerpt: string }, reason: string): DismissedFinding {
  getBrief(db, briefId);
  const at = nowIso();
  db.prepare(
    `INSERT INTO brief_dismissals (brief_id, fingerprint, rule, excerpt, reason, at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (brief_id, fingerprint) DO UPDATE SET reason = excluded.reason, at = excluded.at`,
  ).run(briefId, finding.fingerprint, finding.rule, finding.excerpt, reason, at);
  recordAudit(db, 'dismiss-finding', 'brief', briefId, { ...finding, reason });
  return { fingerprint: finding.fingerprint, rule: finding.rule, excerpt: finding.excerpt, reason, at };
}

/** Brings a dismissed finding back; false when it was not dismissed. */
export function restoreFinding(db: Database, briefId: string, fingerprint: string): boolean {
  getBrief(db, briefId);
  const before = db.prepare('SELECT fingerprint, rule, excerpt, reason, at FROM brief_dismissals WHERE brief_id = ? AND fingerprint = ?').get(briefId, fingerprint) as DismissalRow | undefined;
  if (!before) return false;
  db.prepare('DELETE FROM brief_dismissals WHERE brief_id = ? AND fingerprint = ?').run(briefId, fingerprint);
  recordAudit(db, 'restore-finding', 'brief', briefId, before);
  return true;
}
