/**
 * The annotated brief as one model, gathered from the notebook in one synchronous read and then
 * rendered by every format (Markdown, HTML, DOCX, PDF). Renderers only lay it out and escape it.
 */
import { basename } from 'node:path';
import type { Brief, Claim, ClaimStatus, EvidenceLink, EvidenceRelation, Source } from '../contract/domain';
import { CLAIM_STATUSES, CREDIBILITY_GRADES, EVIDENCE_RELATIONS, LIKELIHOODS, RELIABILITY_GRADES } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import { getBrief, getDefaultBrief } from '../store/briefs';
import { getClaim, listClaims } from '../store/claims';
import type { Notebook } from '../store/db';
import { listAllLinks } from '../store/evidence';
import { getSource } from '../store/sources';
import { formatBibliography, STYLE_NAMES } from './bibliography';
import { plainText, readBriefDocument, type DocBlock } from './brief-document';
import { cslItem } from './csl-items';
import { analysesForExport, type ModelAnalysis } from './analysis-model';
import { chronologyOf, type ChronologyEntry } from './chronology';
import type { Run } from './rich-text';
import type { BriefOptions, CitationStyle } from './types';

export interface SourceRef {
  id: string;
  title: string;
}

export interface ModelEvidence {
  id: string;
  relation: EvidenceRelation;
  relationLabel: string;
  /** Empty when the link points at the whole source. */
  exact: string;
  source: SourceRef;
  note: string;
}

export interface ModelClaim {
  id: string;
  /** C1, C2…: how the brief refers to the claim. */
  label: string;
  statement: string;
  status: ClaimStatus;
  statusLabel: string;
  credibilityLabel: string;
  likelihoodLabel: string;
  eventDate: string;
  tags: string[];
  exact: string;
  source: SourceRef;
  comment: string;
  evidenceCounts: Record<EvidenceRelation, number>;
  evidence: ModelEvidence[];
}

export interface ModelFootnote {
  number: number;
  claimId: string;
  /** The claim's label when it is in the brief's claims, else null. */
  claimLabel: string | null;
  statement: string;
  exact: string;
  sourceTitle: string;
  /** The claim has been deleted since the brief referred to it. */
  missing: boolean;
}

export interface ModelSource {
  id: string;
  title: string;
  origin: string;
  capturedAt: string;
  sha256: string;
  reliabilityLabel: string;
  /** The bibliography entry, as formatted by the chosen CSL style. */
  entry: Run[];
}

export interface BriefModel {
  title: string;
  /** Blank when the analyst gave none (renderers then leave the line out). */
  author: string;
  /** The day of the export, YYYY-MM-DD. */
  date: string;
  generatedAt: string;
  notebookName: string;
  scopeLabel: string;
  style: CitationStyle;
  styleName: string;
  includeEvidence: boolean;
  /** The analyst's brief document; empty when there is none. */
  document: DocBlock[];
  footnotes: ModelFootnote[];
  claims: ModelClaim[];
  sources: ModelSource[];
  /** The analyses of competing hypotheses, when the export includes them. */
  analyses?: ModelAnalysis[];
  /** The dated claims in time order; null when the export was not asked for one. */
  chronology: ChronologyEntry[] | null;
}

export const credibilityLabel = (c: Claim['credibility']): string => (c ? `${c} — ${CREDIBILITY_GRADES[c]}` : '');
export const likelihoodLabel = (l: Claim['likelihood']): string => (l ? `${LIKELIHOODS[l].label} (${LIKELIHOODS[l].range})` : '');
export const reliabilityLabel = (r: Source['reliability']): string => `${r} — ${RELIABILITY_GRADES[r]}`;

/** 2026-01-29T10:04:05.123Z → 2026-01-29 10:04 UTC */
export function formatTimestamp(iso: string): string {
  const m = iso.match(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

export interface ScopedClaims {
  claims: Claim[];
  label: string;
}

/** The claims an export covers, in the brief's order, with words that say which. */
export function claimsInScope(notebook: Notebook, options: Pick<BriefOptions, 'scope'>): ScopedClaims {
  const { db } = notebook;
  const scope = options.scope ?? {};
  if (scope.claimIds?.length && scope.sourceId) {
    throw new CasebookError('VALIDATION', 'Export either one source’s claims or a chosen list of claims, not both.');
  }
  if (scope.claimIds?.length) {
    const ids = [...new Set(scope.claimIds)];
    return { claims: ids.map((id) => getClaim(db, id)), label: `${ids.length} chosen claim${ids.length === 1 ? '' : 's'}` };
  }
  if (scope.sourceId) {
    const source = getSource(db, scope.sourceId);
    return { claims: listClaims(db, { sourceId: source.id }), label: `The claims on “${source.title}”` };
  }
  const all = listClaims(db).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { claims: all, label: 'All the claims in the notebook' };
}

/** The title given for this export, else the one last exported with, else the brief's own. */
function briefTitle(notebook: Notebook, brief: Brief | null, option?: string): string {
  if (option?.trim()) return option.trim();
  if (brief?.exportDetails.title.trim()) return brief.exportDetails.title.trim();
  if (brief && brief.title.trim() && brief.title.trim() !== 'Brief') return brief.title.trim();
  return `Annotated brief: ${basename(notebook.path).replace(/\.[^.]+$/, '')}`;
}

/** The brief's text without a first heading that only repeats the document's title. */
function withoutRepeatedTitle(blocks: DocBlock[], title: string): DocBlock[] {
  const first = blocks[0];
  const same = (a: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === title.replace(/\s+/g, ' ').trim().toLowerCase();
  return first?.kind === 'heading' && same(plainText(first.content)) ? blocks.slice(1) : blocks;
}

export function buildBriefModel(notebook: Notebook, options: BriefOptions = {}): BriefModel {
  const { db } = notebook;
  const now = options.now ?? new Date();
  const style = options.style ?? 'apa';
  const includeEvidence = options.includeEvidence ?? true;
  const { claims, label: scopeLabel } = claimsInScope(notebook, options);

  const sources = new Map<string, Source>();
  const sourceOf = (id: string): Source => {
    let s = sources.get(id);
    if (!s) {
      s = getSource(db, id);
      sources.set(id, s);
    }
    return s;
  };
  const ref = (id: string): SourceRef => ({ id, title: sourceOf(id).title });

  const linksByClaim = new Map<string, EvidenceLink[]>();
  if (includeEvidence && claims.length) {
    const wanted = new Set(claims.map((c) => c.id));
    for (const link of listAllLinks(db)) {
      if (!wanted.has(link.claimId)) continue;
      const list = linksByClaim.get(link.claimId) ?? [];
      list.push(link);
      linksByClaim.set(link.claimId, list);
    }
  }

  const modelClaims: ModelClaim[] = claims.map((c, i) => ({
    id: c.id,
    label: `C${i + 1}`,
    statement: c.statement,
    status: c.status,
    statusLabel: CLAIM_STATUSES[c.status],
    credibilityLabel: credibilityLabel(c.credibility),
    likelihoodLabel: likelihoodLabel(c.likelihood),
    eventDate: c.eventDate ?? '',
    tags: c.tags,
    exact: c.exact,
    source: ref(c.sourceId),
    comment: c.comment,
    evidenceCounts: c.evidenceCounts,
    evidence: (linksByClaim.get(c.id) ?? []).map((e) => ({
      id: e.id,
      relation: e.relation,
      relationLabel: EVIDENCE_RELATIONS[e.relation],
      exact: e.exact,
      source: ref(e.sourceId),
      note: e.note,
    })),
  }));

  const brief = options.briefId ? getBrief(db, options.briefId) : getDefaultBrief(db);
  const doc = readBriefDocument(brief?.doc);
  const title = briefTitle(notebook, brief, options.title);
  const labels = new Map(modelClaims.map((c) => [c.id, c.label]));
  const footnotes: ModelFootnote[] = doc.claimRefs.map(({ claimId, savedStatement }, i) => {
    let claim: Claim | null = null;
    try {
      claim = getClaim(db, claimId);
    } catch (err) {
      if (!(err instanceof CasebookError && err.code === 'NOT_FOUND')) throw err;
    }
    if (!claim) {
      const statement = savedStatement ? `${savedStatement} [claim since deleted]` : '[a claim since deleted]';
      return { number: i + 1, claimId, claimLabel: null, statement, exact: '', sourceTitle: '', missing: true };
    }
    return {
      number: i + 1,
      claimId,
      claimLabel: labels.get(claimId) ?? null,
      statement: claim.statement,
      exact: claim.exact,
      sourceTitle: ref(claim.sourceId).title,
      missing: false,
    };
  });

  const cited = [...sources.values()];
  const entries = formatBibliography(cited.map(cslItem), style);
  const modelSources: ModelSource[] = entries.map(({ id, runs }) => {
    const s = sourceOf(id);
    return {
      id,
      title: s.title,
      origin: s.origin,
      capturedAt: formatTimestamp(s.capturedAt),
      sha256: s.sha256,
      reliabilityLabel: reliabilityLabel(s.reliability),
      entry: runs,
    };
  });

  return {
    title,
    author: options.author?.trim() ?? brief?.exportDetails.author.trim() ?? '',
    date: now.toISOString().slice(0, 10),
    generatedAt: now.toISOString(),
    notebookName: basename(notebook.path),
    scopeLabel,
    style,
    styleName: STYLE_NAMES[style],
    includeEvidence,
    document: withoutRepeatedTitle(doc.blocks, title),
    footnotes,
    claims: modelClaims,
    sources: modelSources,
    analyses: options.includeAnalyses ? analysesForExport(db, labels) : [],
    chronology: options.chronology ? chronologyOf(modelClaims) : null,
  };
}
