import type { Database } from 'better-sqlite3';
import type { AuditEntry } from '../contract/domain';
import { nowIso } from './ids';

/** Records one write in the audit log; called inside the write's own transaction. */
export function recordAudit(db: Database, action: string, entity: string, entityId: string, detail: object = {}): void {
  db.prepare('INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)').run(
    nowIso(),
    action,
    entity,
    entityId,
    JSON.stringify(detail),
  );
}

interface AuditRow {
  id: number;
  at: string;
  action: string;
  entity: string;
  entity_id: string;
  detail: string;
}

export function listAudit(db: Database, limit = 100): AuditEntry[] {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditRow[];
  return rows.map((r) => ({ id: r.id, at: r.at, action: r.action, entity: r.entity, entityId: r.entity_id, detail: JSON.parse(r.detail) }));
}
