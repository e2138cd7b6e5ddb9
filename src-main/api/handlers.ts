/**
 * One handler per contract method. `prepare` does slow, read-only work outside the transaction
 * (parsing an imported file); `run` is synchronous and, for writes, runs inside one transaction.
 */
import type { Anchor } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import type { MethodName, MethodOutput, ParsedInput } from '../contract/methods';
import { anchorFromQuote, anchorFromRange } from '../core/anchoring';
import { importDocument } from '../importers/index';
import type { ImportedDocument } from '../importers/types';
import { listAudit } from '../store/audit';
import { getBrief, getDefaultBrief, listBriefs, saveBrief } from '../store/briefs';
import { createClaim, deleteClaim, getClaim, listClaims, listTags, updateClaim } from '../store/claims';
import { createLink, deleteLink, getLink, listLinks, updateLink } from '../store/evidence';
import { matchesInSource, searchNotebook } from '../store/search';
import {
  deleteSource,
  findSourceIdBySha,
  getBlocks,
  getOriginal,
  getSource,
  getSourceSummary,
  getSourceText,
  insertSource,
  listSources,
  sha256Hex,
  updateSource,
} from '../store/sources';
import { verifyNotebook } from '../store/verify';
import { decodeBase64File } from './base64';
import type { HandlerContext } from './context';
import { exportHandlers } from './export-handlers';

export interface Handler<M extends MethodName, P = undefined> {
  write: boolean;
  prepare?: (input: ParsedInput<M>, ctx: HandlerContext) => Promise<P>;
  run: (input: ParsedInput<M>, ctx: HandlerContext, prepared: P) => MethodOutput<M>;
}

const define = <M extends MethodName, P = undefined>(h: Handler<M, P>) => h;

interface PassageInput {
  start?: number;
  end?: number;
  quote?: string;
  prefix?: string;
  suffix?: string;
  occurrence?: number;
}

/** Resolves a passage given by offsets or by quote; null when neither is given. */
function resolvePassage(text: string, p: PassageInput): Anchor | null {
  const hasRange = p.start !== undefined || p.end !== undefined;
  if (hasRange && p.quote !== undefined) throw new CasebookError('VALIDATION', 'Give the passage either by its offsets (start and end) or by a quote, not both.');
  if (hasRange) {
    if (p.start === undefined || p.end === undefined) throw new CasebookError('VALIDATION', 'A passage given by offsets needs both “start” and “end”.');
    return anchorFromRange(text, p.start, p.end);
  }
  if (p.quote !== undefined) return anchorFromQuote(text, { quote: p.quote, prefix: p.prefix, suffix: p.suffix, occurrence: p.occurrence });
  return null;
}

interface PreparedImport {
  sha256: string;
  bytes: Buffer;
  doc: ImportedDocument | null;
}

export const handlers = {
  'notebook.info': define<'notebook.info'>({
    write: false,
    run: (_input, { notebook }) => {
      const count = (table: string) => (notebook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      return {
        path: notebook.path,
        schemaVersion: notebook.schemaVersion,
        counts: { sources: count('sources'), claims: count('claims'), evidence: count('evidence_links'), briefs: count('briefs') },
      };
    },
  }),
  'notebook.verify': define<'notebook.verify'>({ write: false, run: (_i, { notebook }) => verifyNotebook(notebook.db) }),

  'sources.import': define<'sources.import', PreparedImport>({
    write: true,
    prepare: async (input, { notebook, options }) => {
      const bytes = decodeBase64File(input.fileName, input.data);
      const sha256 = sha256Hex(bytes);
      if (findSourceIdBySha(notebook.db, sha256)) return { sha256, bytes, doc: null };
      const doc = await importDocument({ bytes, fileName: input.fileName, password: input.password }, options.maxImportBytes);
      return { sha256, bytes, doc };
    },
    run: (input, { notebook, emit }, { sha256, bytes, doc }) => {
      const existing = findSourceIdBySha(notebook.db, sha256);
      if (existing) return { source: getSourceSummary(notebook.db, existing), duplicate: true, warnings: [] };
      if (!doc) throw new CasebookError('CONFLICT', 'The notebook changed during the import; try again.');
      const id = insertSource(notebook.db, { doc, bytes, sha256, fileName: input.fileName, origin: input.origin });
      emit({ entity: 'source', action: 'created', id });
      return { source: getSourceSummary(notebook.db, id), duplicate: false, warnings: doc.warnings };
    },
  }),
  'sources.list': define<'sources.list'>({ write: false, run: (input, { notebook }) => ({ sources: listSources(notebook.db, input) }) }),
  'sources.get': define<'sources.get'>({
    write: false,
    run: ({ id }, { notebook }) => ({ source: getSource(notebook.db, id), blocks: getBlocks(notebook.db, id) }),
  }),
  'sources.text': define<'sources.text'>({ write: false, run: ({ id }, { notebook }) => ({ text: getSourceText(notebook.db, id) }) }),
  'sources.original': define<'sources.original'>({
    write: false,
    run: ({ id }, { notebook }) => {
      const o = getOriginal(notebook.db, id);
      return { fileName: o.fileName, mediaType: o.mediaType, data: o.bytes.toString('base64') };
    },
  }),
  'sources.update': define<'sources.update'>({
    write: true,
    run: ({ id, patch }, { notebook, emit }) => {
      const source = updateSource(notebook.db, id, patch);
      emit({ entity: 'source', action: 'updated', id });
      return { source };
    },
  }),
  'sources.delete': define<'sources.delete'>({
    write: true,
    run: ({ id, force }, { notebook, emit }) => {
      const result = deleteSource(notebook.db, id, force);
      emit({ entity: 'source', action: 'deleted', id });
      return { deleted: true, ...result };
    },
  }),

  'claims.create': define<'claims.create'>({
    write: true,
    run: (input, { notebook, emit }) => {
      const { sourceId, start, end, quote, prefix, suffix, occurrence, ...fields } = input;
      const text = getSourceText(notebook.db, sourceId);
      const anchor = resolvePassage(text, { start, end, quote, prefix, suffix, occurrence });
      if (!anchor) throw new CasebookError('VALIDATION', 'A claim needs a passage: select text in the source, or give a quote.');
      const claim = createClaim(notebook.db, sourceId, anchor, fields);
      emit({ entity: 'claim', action: 'created', id: claim.id });
      return { claim };
    },
  }),
  'claims.update': define<'claims.update'>({
    write: true,
    run: ({ id, patch }, { notebook, emit }) => {
      const claim = updateClaim(notebook.db, id, patch);
      emit({ entity: 'claim', action: 'updated', id });
      return { claim };
    },
  }),
  'claims.get': define<'claims.get'>({
    write: false,
    run: ({ id }, { notebook }) => ({ claim: getClaim(notebook.db, id), evidence: listLinks(notebook.db, id) }),
  }),
  'claims.list': define<'claims.list'>({ write: false, run: (input, { notebook }) => ({ claims: listClaims(notebook.db, input) }) }),
  'claims.delete': define<'claims.delete'>({
    write: true,
    run: ({ id }, { notebook, emit }) => {
      deleteClaim(notebook.db, id);
      emit({ entity: 'claim', action: 'deleted', id });
      return { deleted: true };
    },
  }),

  'evidence.link': define<'evidence.link'>({
    write: true,
    run: (input, { notebook, emit }) => {
      const { claimId, sourceId, relation, note, ...passage } = input;
      getClaim(notebook.db, claimId);
      const anchor = resolvePassage(getSourceText(notebook.db, sourceId), passage);
      const link = createLink(notebook.db, claimId, sourceId, anchor, relation, note);
      emit({ entity: 'evidence', action: 'created', id: link.id });
      emit({ entity: 'claim', action: 'updated', id: claimId });
      return { link };
    },
  }),
  'evidence.update': define<'evidence.update'>({
    write: true,
    run: ({ id, patch }, { notebook, emit }) => {
      const link = updateLink(notebook.db, id, patch);
      emit({ entity: 'evidence', action: 'updated', id });
      emit({ entity: 'claim', action: 'updated', id: link.claimId });
      return { link };
    },
  }),
  'evidence.unlink': define<'evidence.unlink'>({
    write: true,
    run: ({ id }, { notebook, emit }) => {
      const { claimId } = getLink(notebook.db, id);
      deleteLink(notebook.db, id);
      emit({ entity: 'evidence', action: 'deleted', id });
      emit({ entity: 'claim', action: 'updated', id: claimId });
      return { deleted: true };
    },
  }),
  'evidence.list': define<'evidence.list'>({
    write: false,
    run: ({ claimId }, { notebook }) => {
      getClaim(notebook.db, claimId);
      return { links: listLinks(notebook.db, claimId) };
    },
  }),

  'search.query': define<'search.query'>({
    write: false,
    run: ({ query, limit, offset, kinds }, { notebook }) => searchNotebook(notebook.db, query, { limit: limit ?? 20, offset, kinds }),
  }),
  'search.matches': define<'search.matches'>({
    write: false,
    run: ({ sourceId, query }, { notebook }) => {
      getSource(notebook.db, sourceId);
      return { matches: matchesInSource(notebook.db, sourceId, query) };
    },
  }),
  'tags.list': define<'tags.list'>({ write: false, run: (_i, { notebook }) => ({ tags: listTags(notebook.db) }) }),

  'briefs.list': define<'briefs.list'>({ write: false, run: (_i, { notebook }) => ({ briefs: listBriefs(notebook.db) }) }),
  'briefs.get': define<'briefs.get'>({
    // Without an id: the notebook's brief, created empty on first use.
    write: true,
    run: ({ id }, { notebook, emit }) => {
      if (id) return { brief: getBrief(notebook.db, id) };
      const existing = getDefaultBrief(notebook.db);
      if (existing) return { brief: existing };
      const brief = saveBrief(notebook.db, undefined, 'Brief', null);
      emit({ entity: 'brief', action: 'created', id: brief.id });
      return { brief };
    },
  }),
  'briefs.save': define<'briefs.save'>({
    write: true,
    run: ({ id, title, doc }, { notebook, emit }) => {
      const brief = saveBrief(notebook.db, id, title, doc);
      emit({ entity: 'brief', action: id ? 'updated' : 'created', id: brief.id });
      return { brief };
    },
  }),
  'audit.list': define<'audit.list'>({ write: false, run: ({ limit }, { notebook }) => ({ entries: listAudit(notebook.db, limit) }) }),
  ...exportHandlers,
} satisfies { [M in MethodName]: Handler<M, never> | Handler<M, PreparedImport> | Handler<M> };
