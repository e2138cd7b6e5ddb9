/**
 * Handlers of the brief checks: gather the brief's text and the claims it references, run the pure
 * checks (core/brief-checks), and keep the analyst's dismissals; and a brief written from Markdown.
 */
import type { Database } from 'better-sqlite3';
import type { BriefFinding } from '../contract/brief-checks';
import { briefText } from '../contract/brief-text';
import type { Brief } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import { checkBrief } from '../core/brief-checks/index';
import { claimReferenceNodes, markdownToBriefDoc } from '../core/brief-markdown';
import { citedClaimIds } from '../store/brief-citations';
import { claimsForChecks, dismissFinding, listDismissals, restoreFinding } from '../store/brief-findings';
import { getBrief, getDefaultBrief, saveBrief } from '../store/briefs';
import { define } from './define';
import { emitClaimChanges } from './emit-claims';

/** Every finding of the brief as it is saved now, dismissed or not. */
function allFindings(db: Database, brief: Brief): BriefFinding[] {
  return checkBrief(briefText(brief.doc), claimsForChecks(db, citedClaimIds(brief.doc)));
}

function briefOrDefault(db: Database, briefId: string | undefined): Brief {
  if (briefId) return getBrief(db, briefId);
  const brief = getDefaultBrief(db);
  if (!brief) throw new CasebookError('NOT_FOUND', 'This notebook has no brief yet: write one first (brief new, or brief import).');
  return brief;
}

/** The Markdown as a brief document, its claim references filled in; unknown claims are refused by id. */
function documentFromMarkdown(db: Database, markdown: string): ReturnType<typeof markdownToBriefDoc> {
  const doc = markdownToBriefDoc(markdown);
  const refs = claimReferenceNodes(doc);
  const claims = claimsForChecks(db, new Set(refs.map((r) => String(r.claimId))));
  const unknown = [...new Set(refs.map((r) => String(r.claimId)).filter((id) => !claims.has(id)))];
  if (unknown.length) {
    const list = unknown.map((id) => `[[${id}]]`).join(', ');
    throw new CasebookError('VALIDATION', `The Markdown refers to ${unknown.length === 1 ? 'a claim' : 'claims'} this notebook does not have: ${list}. Check the id${unknown.length === 1 ? '' : 's'} (casebook claims lists them).`);
  }
  for (const r of refs) r.statement = claims.get(String(r.claimId))?.statement ?? '';
  return doc;
}

export const briefCheckHandlers = {
  'briefs.check': define<'briefs.check'>({
    write: false,
    run: ({ briefId }, { notebook }) => {
      const brief = briefOrDefault(notebook.db, briefId);
      const findings = allFindings(notebook.db, brief);
      const dismissals = listDismissals(notebook.db, brief.id);
      const dismissed = new Set(dismissals.map((d) => d.fingerprint));
      const present = new Set(findings.map((f) => f.fingerprint));
      return {
        briefId: brief.id,
        findings: findings.filter((f) => !dismissed.has(f.fingerprint)),
        dismissed: dismissals.map((d) => ({ ...d, present: present.has(d.fingerprint) })),
      };
    },
  }),
  'briefs.dismissFinding': define<'briefs.dismissFinding'>({
    write: true,
    run: ({ briefId, fingerprint, reason }, { notebook, emit }) => {
      const finding = allFindings(notebook.db, getBrief(notebook.db, briefId)).find((f) => f.fingerprint === fingerprint);
      if (!finding) throw new CasebookError('NOT_FOUND', 'That finding is no longer in the brief (its sentence has changed since it was checked). Check the brief again.');
      const dismissed = dismissFinding(notebook.db, briefId, finding, reason);
      emit({ entity: 'brief-finding', action: 'created', id: briefId });
      return { dismissed };
    },
  }),
  'briefs.restoreFinding': define<'briefs.restoreFinding'>({
    write: true,
    run: ({ briefId, fingerprint }, { notebook, emit }) => {
      const restored = restoreFinding(notebook.db, briefId, fingerprint);
      if (!restored) throw new CasebookError('NOT_FOUND', 'That finding is not among the dismissed findings of this brief.');
      emit({ entity: 'brief-finding', action: 'deleted', id: briefId });
      return { restored };
    },
  }),
  'briefs.importMarkdown': define<'briefs.importMarkdown'>({
    write: true,
    run: ({ briefId, title, markdown }, ctx) => {
      const { db } = ctx.notebook;
      const doc = documentFromMarkdown(db, markdown);
      const before = briefId ? getBrief(db, briefId) : null;
      const firstHeading = markdown.match(/^\s{0,3}#\s+(.+?)\s*#*\s*$/m)?.[1];
      const brief = saveBrief(db, briefId, title ?? before?.title ?? firstHeading?.slice(0, 500) ?? 'Imported brief', doc);
      ctx.emit({ entity: 'brief', action: before ? 'updated' : 'created', id: brief.id });
      const cited = new Set([...(before ? citedClaimIds(before.doc) : []), ...citedClaimIds(brief.doc)]);
      emitClaimChanges(ctx, [...cited]);
      return { brief, created: !before };
    },
  }),
};
