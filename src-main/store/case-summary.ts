/**
 * The case at a glance: claims by status and credibility, sources by reliability, claims with no
 * evidence and claims resting on one source. Each figure comes with the claims.query filter that
 * finds exactly the claims it counts.
 */
import type { Database } from 'better-sqlite3';
import { CLAIM_STATUSES, RELIABILITY_GRADES, type ClaimStatus, type Reliability } from '../contract/domain';
import type { CaseSummary } from '../contract/methods-map';
import { NO_EVIDENCE_SQL, ONE_SOURCE_SQL } from './evidence-support';

const count = (db: Database, sql: string, ...params: unknown[]) => (db.prepare(sql).pluck().get(...params) as number) ?? 0;

export function caseSummary(db: Database): CaseSummary {
  const statusCounts = new Map(
    (db.prepare('SELECT status, count(*) AS n FROM claims GROUP BY status').all() as { status: ClaimStatus; n: number }[]).map((r) => [r.status, r.n]),
  );
  const credibilityCounts = new Map(
    (db.prepare('SELECT coalesce(credibility, 0) AS grade, count(*) AS n FROM claims GROUP BY grade').all() as { grade: number; n: number }[]).map((r) => [r.grade, r.n]),
  );
  const reliability = new Map(
    (
      db
        .prepare('SELECT s.reliability AS grade, count(*) AS n, (SELECT count(*) FROM claims c JOIN sources s2 ON s2.id = c.source_id WHERE s2.reliability = s.reliability) AS claims FROM sources s GROUP BY s.reliability')
        .all() as { grade: Reliability; n: number; claims: number }[]
    ).map((r) => [r.grade, r]),
  );
  return {
    claims: count(db, 'SELECT count(*) FROM claims'),
    sources: count(db, 'SELECT count(*) FROM sources'),
    evidenceLinks: count(db, 'SELECT count(*) FROM evidence_links'),
    byStatus: (Object.keys(CLAIM_STATUSES) as ClaimStatus[]).map((key) => ({ key, count: statusCounts.get(key) ?? 0, filter: { statuses: [key] } })),
    byCredibility: [1, 2, 3, 4, 5, 6, 0].map((key) => ({ key, count: credibilityCounts.get(key) ?? 0, filter: { credibilities: [key] } })),
    sourcesByReliability: (Object.keys(RELIABILITY_GRADES) as Reliability[]).map((key) => ({
      key,
      count: reliability.get(key)?.n ?? 0,
      claims: reliability.get(key)?.claims ?? 0,
      filter: { reliabilities: [key] },
    })),
    noEvidence: { key: 'none', count: count(db, `SELECT count(*) FROM claims c WHERE ${NO_EVIDENCE_SQL}`), filter: { evidence: 'none' } },
    oneSource: { key: 'oneSource', count: count(db, `SELECT count(*) FROM claims c WHERE ${ONE_SOURCE_SQL}`), filter: { evidence: 'oneSource' } },
  };
}
