/**
 * One handler per contract method. `prepare` does slow, read-only work outside the transaction
 * (parsing an imported file); `run`, for writes, runs inside one transaction (an `ownTransaction`
 * handler's makes its own, on the notebook's writer thread).
 */
import type { Anchor, Brief } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import type { MethodName, MethodOutput } from '../contract/methods';
import type { JsonText } from '../contract/json-text';
import { anchorFromQuote, anchorFromRange } from '../core/anchoring';
import { checkImportSize, importPackedDocument } from '../importers/index';
import type { PackedDocument } from '../importers/packed-document';
import { listAudit } from '../store/audit';
import { createBrief, deleteBrief, getBrief, getDefaultBrief, listBriefs, renameBrief, saveBrief, setBriefExportDetails } from '../store/briefs';
import { citedClaimIds, claimCitations, describeCitations } from '../store/brief-citations';
import { createClaim, deleteClaim, getClaim, listClaims, listTags, updateClaim } from '../store/claims';
import { createLink, deleteLink, getLink, listCitationsOfSource, listLinks, updateLink } from '../store/evidence';
import { bulkUpdateClaims, deleteTag, renameTag } from '../store/claims-bulk';
import { queryClaims } from '../store/claims-query';
import { matchesInSource, searchNotebook } from '../store/search';
import {
  findSourceIdBySha,
  getOriginal,
  getSource,
  getSourceSummary,
  getSourceText,
  listSources,
  updateSource,
} from '../store/sources';
import { countSources, locateSource } from '../store/source-list';
import { listTrash } from '../store/trash';
import { verifyNotebook } from '../store/verify';
import { base64DecodedLength, decodeAndHashInTurns } from './base64';
import { define, type SomeHandler } from './define';
import { emitClaimChanges } from './emit-claims';
import { emitEvidenceChange, emitUpdated } from './emit-changes';
import { exportHandlers } from './export-handlers';
import { backupHandlers } from './backup-handlers';
import { describeNotebook } from './notebook-info';
import { mapHandlers } from './map-handlers';
import { analysesHandlers } from './analyses-handlers';
import { briefCheckHandlers } from './brief-check-handlers';
import { entitiesHandlers } from './entities-handlers';
import type { PackedEntity } from '../entities/packed';
import { findEntitiesOffThread } from '../analysis/off-thread';
import { readerHandlers } from './reader-handlers';
import { nextTurn } from './write-turn';
import { refuseSelfEvidence } from './self-evidence';
import { timelineHandlers } from './timeline-handlers';
import { suggestionHandlers } from './suggestion-handlers';


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

function notSwitchable(): never {
  throw new CasebookError('VALIDATION', 'Another notebook is opened from the app’s window; on the command line, give --notebook FILE.');
}

interface PreparedImport {
  sha256: string;
  bytes: Buffer;
  doc: PackedDocument | null;
  /** People, organisations and places in its text, found before the transaction (packed). */
  entities?: PackedEntity[];
}

/** The claims whose "cited in" list a save changed: references added or removed, or all of them when the title changed. */
function citationsChanged(before: Brief | null, after: Brief): string[] {
  const was = before ? citedClaimIds(before.doc) : new Set<string>();
  const now = citedClaimIds(after.doc);
  if (before && before.title !== after.title) return [...new Set([...was, ...now])];
  return [...[...now].filter((c) => !was.has(c)), ...[...was].filter((c) => !now.has(c))];
}

export const handlers = {
  'notebook.info': define<'notebook.info'>({
    write: false,
    run: (_input, { notebook }) => describeNotebook(notebook),
  }),
  'notebook.verify': define<'notebook.verify'>({ write: false, run: (_i, { notebook }) => verifyNotebook(notebook.db) }),
  // Switching notebooks is the host's work (notebook-host.ts, used by the bridge and the desktop app).
  'notebook.open': define<'notebook.open'>({ write: false, run: () => notSwitchable() }),
  'notebook.create': define<'notebook.create'>({ write: false, run: () => notSwitchable() }),
  'notebook.recent': define<'notebook.recent'>({ write: false, run: (_i, { notebook }) => ({ current: notebook.path, recent: [notebook.path] }) }),

  'sources.import': define<'sources.import', PreparedImport>({
    write: true,
    // Its two transactions run on the notebook's writer thread: a long source takes a while to store.
    ownTransaction: true,
    prepare: async (input, { notebook, options }) => {
      checkImportSize(input.fileName, base64DecodedLength(input.data), options.maxImportBytes);
      const { bytes, sha256 } = await decodeAndHashInTurns(input.fileName, input.data);
      if (findSourceIdBySha(notebook.db, sha256)) return { sha256, bytes, doc: null };
      const doc = await importPackedDocument({ bytes, fileName: input.fileName, password: input.password }, { maxBytes: options.maxImportBytes, isolation: options.isolation });
      await nextTurn(); // receiving and checking the document took this one
      const entities = await findEntitiesOffThread(doc.text, options.isolation);
      return { sha256, bytes, doc, entities };
    },
    run: async (input, { notebook, threads, emit }, { sha256, bytes, doc }) => {
      const { id, duplicate } = await threads.write('storeSource', { doc, bytes, sha256, fileName: input.fileName, origin: input.origin });
      if (duplicate) return { source: getSourceSummary(notebook.db, id), duplicate: true, warnings: [] };
      emit({ entity: 'source', action: 'created', id });
      return { source: getSourceSummary(notebook.db, id), duplicate: false, warnings: doc?.warnings ?? [] };
    },
    // Its entities in a second transaction, so the app answers other requests in between. Left
    // for later by a crash, the source is one whose entities are still to be found (`entities.extract`).
    finish: async (_input, { threads, emit }, { entities }, { source, duplicate }) => {
      if (duplicate || !entities) return;
      if (await threads.write('storeSourceEntities', { sourceId: source.id, found: entities })) emit({ entity: 'entity', action: 'updated', id: '*' });
    },
  }),
  'sources.list': define<'sources.list'>({
    write: false,
    run: (input, { notebook }) => ({ sources: listSources(notebook.db, input), total: countSources(notebook.db, input.filter) }),
  }),
  'sources.locate': define<'sources.locate'>({
    write: false,
    run: ({ id, ...order }, { notebook }) => ({ index: locateSource(notebook.db, id, order) }),
  }),
  'sources.get': define<'sources.get', JsonText>({
    write: false,
    // Read and written as JSON on the reader thread: a very long source's text is some 20 MB.
    prepare: async (input, { threads }) => threads.read('sourceJson', input),
    run: (_input, _ctx, json) => json as unknown as MethodOutput<'sources.get'>,
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
    run: ({ id, patch }, { notebook, emit }) => emitUpdated(emit, 'source', id, { source: updateSource(notebook.db, id, patch) }),
  }),
  'sources.delete': define<'sources.delete'>({
    write: true,
    // On the writer thread: a very long source takes over a second to move to the trash.
    ownTransaction: true,
    run: async ({ id, force }, { threads, emit }) => {
      const result = await threads.write('deleteSource', { id, force });
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
    run: ({ id, patch }, { notebook, emit }) => emitUpdated(emit, 'claim', id, { claim: updateClaim(notebook.db, id, patch) }),
  }),
  'claims.get': define<'claims.get'>({
    write: false,
    run: ({ id }, { notebook }) => ({ claim: getClaim(notebook.db, id), evidence: listLinks(notebook.db, id), citedIn: claimCitations(notebook.db, id) }),
  }),
  'claims.list': define<'claims.list'>({ write: false, run: (input, { notebook }) => ({ claims: listClaims(notebook.db, input) }) }),
  'claims.query': define<'claims.query'>({ write: false, run: (input, { notebook }) => queryClaims(notebook.db, input) }),
  'claims.bulkUpdate': define<'claims.bulkUpdate'>({
    write: true,
    run: ({ ids, patch, addTags, removeTags }, ctx) => {
      const claimIds = bulkUpdateClaims(ctx.notebook.db, { ids, status: patch?.status, addTags, removeTags });
      emitClaimChanges(ctx, claimIds);
      return { updated: claimIds.length, claimIds };
    },
  }),
  'claims.delete': define<'claims.delete'>({
    write: true,
    run: ({ id, force }, { notebook, emit }) => {
      const claim = getClaim(notebook.db, id);
      const citations = claimCitations(notebook.db, id);
      if (citations.length && !force) {
        throw new CasebookError(
          'CONFLICT',
          `The claim “${claim.statement}” is ${describeCitations(citations)}. Deleting it leaves the brief pointing at a missing claim; keep it, or confirm to delete it anyway.`,
        );
      }
      const trashId = deleteClaim(notebook.db, id);
      emit({ entity: 'claim', action: 'deleted', id });
      return { deleted: true, trashId };
    },
  }),

  'evidence.link': define<'evidence.link'>({
    write: true,
    run: (input, { notebook, emit }) => {
      const { claimId, sourceId, relation, note, ...passage } = input;
      const claim = getClaim(notebook.db, claimId);
      const anchor = resolvePassage(getSourceText(notebook.db, sourceId), passage);
      refuseSelfEvidence(claim, sourceId, anchor);
      const link = createLink(notebook.db, claimId, sourceId, anchor, relation, note);
      emitEvidenceChange(emit, 'created', link.id, claimId);
      return { link };
    },
  }),
  'evidence.update': define<'evidence.update'>({
    write: true,
    run: ({ id, patch }, { notebook, emit }) => {
      const link = updateLink(notebook.db, id, patch);
      emitEvidenceChange(emit, 'updated', id, link.claimId);
      return { link };
    },
  }),
  'evidence.unlink': define<'evidence.unlink'>({
    write: true,
    run: ({ id }, { notebook, emit }) => {
      const { claimId } = getLink(notebook.db, id);
      const trashId = deleteLink(notebook.db, id);
      emitEvidenceChange(emit, 'deleted', id, claimId);
      return { deleted: true, trashId };
    },
  }),
  'evidence.list': define<'evidence.list'>({
    write: false,
    run: ({ claimId }, { notebook }) => {
      getClaim(notebook.db, claimId);
      return { links: listLinks(notebook.db, claimId) };
    },
  }),
  'evidence.bySource': define<'evidence.bySource'>({
    write: false,
    run: ({ sourceId }, { notebook }) => {
      getSourceSummary(notebook.db, sourceId);
      return { citations: listCitationsOfSource(notebook.db, sourceId) };
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
  'tags.rename': define<'tags.rename'>({
    write: true,
    run: ({ from, to }, ctx) => {
      const result = renameTag(ctx.notebook.db, from, to);
      emitClaimChanges(ctx, result.claimIds);
      return result;
    },
  }),
  'tags.delete': define<'tags.delete'>({
    write: true,
    run: ({ name }, ctx) => {
      const claimIds = deleteTag(ctx.notebook.db, name);
      emitClaimChanges(ctx, claimIds);
      return { claimIds };
    },
  }),

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
    run: ({ id, title, doc }, ctx) => {
      const before = id ? getBrief(ctx.notebook.db, id) : null;
      const brief = saveBrief(ctx.notebook.db, id, title, doc);
      ctx.emit({ entity: 'brief', action: id ? 'updated' : 'created', id: brief.id });
      emitClaimChanges(ctx, citationsChanged(before, brief));
      return { brief };
    },
  }),
  'briefs.create': define<'briefs.create'>({
    write: true,
    run: ({ title }, { notebook, emit }) => {
      const brief = createBrief(notebook.db, title);
      emit({ entity: 'brief', action: 'created', id: brief.id });
      return { brief };
    },
  }),
  'briefs.rename': define<'briefs.rename'>({
    write: true,
    run: ({ id, title }, ctx) => {
      const brief = renameBrief(ctx.notebook.db, id, title);
      ctx.emit({ entity: 'brief', action: 'updated', id });
      // The claims it cites list it by its title.
      emitClaimChanges(ctx, [...citedClaimIds(brief.doc)]);
      return { brief };
    },
  }),
  'briefs.delete': define<'briefs.delete'>({
    write: true,
    run: ({ id }, ctx) => {
      const cited = citedClaimIds(getBrief(ctx.notebook.db, id).doc);
      deleteBrief(ctx.notebook.db, id);
      ctx.emit({ entity: 'brief', action: 'deleted', id });
      emitClaimChanges(ctx, [...cited]);
      return { deleted: true };
    },
  }),
  'briefs.setExportDetails': define<'briefs.setExportDetails'>({
    write: true,
    run: ({ id, title, author }, { notebook, emit }) => emitUpdated(emit, 'brief', id, { brief: setBriefExportDetails(notebook.db, id, { title, author }) }),
  }),
  'audit.list': define<'audit.list'>({ write: false, run: ({ limit }, { notebook }) => ({ entries: listAudit(notebook.db, limit) }) }),
  'trash.restore': define<'trash.restore'>({
    write: true,
    // On the writer thread, as deleting is: a very long source takes a while to bring back.
    ownTransaction: true,
    run: async ({ id }, { notebook, threads, emit }) => {
      const restored = await threads.write('restoreFromTrash', { id });
      for (const sourceId of restored.sourceIds) emit({ entity: 'source', action: 'created', id: sourceId });
      for (const claimId of restored.claimIds) emit({ entity: 'claim', action: 'created', id: claimId });
      for (const linkId of restored.linkIds) {
        emit({ entity: 'evidence', action: 'created', id: linkId });
        emit({ entity: 'claim', action: 'updated', id: getLink(notebook.db, linkId).claimId });
      }
      for (const analysisId of restored.analysisIds ?? []) emit({ entity: 'analysis', action: 'updated', id: analysisId });
      // Its entities and suggestions came back with it.
      for (const sourceId of restored.sourceIds) emit({ entity: 'suggestion', action: 'updated', id: sourceId });
      if (restored.sourceIds.length) emit({ entity: 'entity', action: 'updated', id: restored.sourceIds[0] });
      return { restored };
    },
  }),
  'trash.list': define<'trash.list'>({ write: false, run: ({ limit }, { notebook }) => ({ entries: listTrash(notebook.db, limit) }) }),
  'trash.empty': define<'trash.empty'>({
    write: true,
    ownTransaction: true,
    run: async (_i, { notebook, threads, emit }) => {
      const result = await threads.write('emptyTrash', undefined);
      emit({ entity: 'notebook', action: 'updated', id: notebook.path });
      return result;
    },
  }),
  ...exportHandlers,
  ...backupHandlers,
  ...mapHandlers,
  ...analysesHandlers,
  ...briefCheckHandlers,
  ...timelineHandlers,
  ...entitiesHandlers,
  ...readerHandlers,
  ...suggestionHandlers,
} satisfies { [M in MethodName]: SomeHandler<M> };
