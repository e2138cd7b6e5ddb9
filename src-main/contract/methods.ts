/**
 * The one API contract: method name → zod input schema, and (by type) its output.
 * Imported by main and renderer alike; the main side parses every input with these schemas.
 */
import { z } from 'zod';
import type { ClaimTableRow } from './claim-table';
import type { AuditEntry, Block, Brief, BriefCitation, Claim, Credibility, EvidenceCitation, EvidenceLink, RestoredFromTrash, SearchResult, Source, SourceSummary, TextRange, TrashEntry, VerifyReport } from './domain';
import { CLAIM_STATUSES, EVENT_DATE_PATTERN, EVIDENCE_RELATIONS, LIKELIHOODS, RELIABILITY_GRADES } from './domain';
import { CLAIM_SORT_KEYS } from './claim-table';
import { RENDER_FORMATS } from './export-formats';
import { BACKUP_SCHEMAS, type BackupOutputs } from './methods-backup';
import { briefDocSchema } from './nesting';
import { MAP_SCHEMAS, type MapOutputs } from './methods-map';
import { EVIDENCE_SUPPORT_FILTERS } from './claim-table';
import { ANALYSES_SCHEMAS, type AnalysesOutputs } from './methods-analyses';
import { BRIEF_CHECK_SCHEMAS, type BriefCheckOutputs } from './methods-brief-checks';
import { TIMELINE_SCHEMAS, type TimelineOutputs } from './methods-timeline';
import { ENTITIES_SCHEMAS, type EntitiesOutputs } from './methods-entities';
import { READER_SCHEMAS, type ReaderOutputs } from './methods-reader';
import { SUGGESTION_SCHEMAS, type SuggestionOutputs } from './methods-suggestions';

const id = z.string().trim().min(1, 'an id is required').max(64);
const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const reliabilitySchema = z.enum(keys(RELIABILITY_GRADES));
export const statusSchema = z.enum(keys(CLAIM_STATUSES));
export const likelihoodSchema = z.enum(keys(LIKELIHOODS));
export const relationSchema = z.enum(keys(EVIDENCE_RELATIONS));
export const sourceSortSchema = z.enum(['title', 'capturedAt', 'publishedAt', 'reliability', 'claimCount']);
export const credibilitySchema = z.number().int().min(1).max(6).transform((n) => n as Credibility);
/** A calendar date or partial date: 2024, 2024-01 or 2024-01-15. */
export const eventDateSchema = z.string().regex(EVENT_DATE_PATTERN, 'a date must look like 2024, 2024-01 or 2024-01-15');
const tagSchema = z.string().trim().min(1).max(80);
const briefTitle = z.string().trim().min(1).max(500);
const notebookPathSchema = z.string().trim().min(1, 'give the notebook file’s full path').max(4096);

/** How to point at a passage: offsets, or a quote (with prefix/suffix or occurrence to disambiguate). */
const passageFields = {
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  quote: z.string().min(1).max(20_000).optional(),
  prefix: z.string().max(2000).optional(),
  suffix: z.string().max(2000).optional(),
  /** 1-based: which occurrence of the quote, when it appears more than once. */
  occurrence: z.number().int().min(1).optional(),
};

const claimFields = {
  statement: z.string().trim().min(1).max(5000),
  status: statusSchema,
  credibility: credibilitySchema.nullable(),
  likelihood: likelihoodSchema.nullable(),
  eventDate: eventDateSchema.nullable(),
  tags: z.array(tagSchema).max(50),
  comment: z.string().max(50_000),
};

export const schemas = {
  'notebook.info': z.object({}).strict(),
  'notebook.verify': z.object({}).strict(),
  /** Switches the app to another notebook file (browser mode and desktop; not the CLI, which takes --notebook). */
  'notebook.open': z.object({ path: notebookPathSchema }).strict(),
  /** Creates a new, empty notebook file and switches to it. */
  'notebook.create': z.object({ path: notebookPathSchema }).strict(),
  /** The notebooks opened lately, most recent first. */
  'notebook.recent': z.object({}).strict(),
  'sources.import': z
    .object({
      fileName: z.string().trim().min(1).max(500),
      /** The file's bytes, base64. */
      data: z.string().max(2 ** 30),
      origin: z.string().trim().max(4000).optional(),
      password: z.string().max(1000).optional(),
    })
    .strict(),
  'sources.list': z
    .object({
      sort: sourceSortSchema.optional(),
      filter: z.string().max(500).optional(),
      /** A page: skip `offset` sources, return at most `limit`. Without `limit`, every match. */
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    })
    .strict(),
  /** Where a source stands in the library's sorted, filtered list (null: the filter leaves it out). */
  'sources.locate': z.object({ id, sort: sourceSortSchema.optional(), filter: z.string().max(500).optional() }).strict(),
  'sources.get': z.object({ id }).strict(),
  'sources.text': z.object({ id }).strict(),
  'sources.original': z.object({ id }).strict(),
  'sources.update': z
    .object({
      id,
      patch: z
        .object({
          title: z.string().trim().min(1).max(1000),
          authors: z.array(z.string().trim().min(1).max(300)).max(100),
          publisher: z.string().trim().max(500).nullable(),
          publishedAt: eventDateSchema.nullable(),
          /** Where the analyst got it: a URL or a file name. */
          origin: z.string().trim().min(1).max(4000),
          language: z.string().trim().max(35).nullable(),
          reliability: reliabilitySchema,
          notes: z.string().max(50_000),
        })
        .partial()
        .strict(),
    })
    .strict(),
  'sources.delete': z.object({ id, force: z.boolean().optional() }).strict(),
  'claims.create': z
    .object({ sourceId: id, ...passageFields, ...z.object(claimFields).partial().shape })
    .strict(),
  'claims.update': z.object({ id, patch: z.object(claimFields).partial().strict() }).strict(),
  'claims.get': z.object({ id }).strict(),
  'claims.list': z
    .object({ sourceId: id.optional(), status: statusSchema.optional(), tag: tagSchema.optional() })
    .strict(),
  /** Refused (CONFLICT) while a brief cites the claim, unless `force`. */
  'claims.delete': z.object({ id, force: z.boolean().optional() }).strict(),
  /** The claims table: every claim of the notebook, filtered, sorted and paged. */
  'claims.query': z
    .object({
      sort: z.enum(CLAIM_SORT_KEYS).optional(),
      direction: z.enum(['asc', 'desc']).optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      statuses: z.array(statusSchema).max(10).optional(),
      /** 1–6, or 0 for claims not graded. */
      credibilities: z.array(z.number().int().min(0).max(6)).max(7).optional(),
      tag: tagSchema.optional(),
      sourceId: id.optional(),
      dateFrom: eventDateSchema.optional(),
      dateTo: eventDateSchema.optional(),
      text: z.string().max(500).optional(),
      withIds: z.boolean().optional(),
      /** Claims quoted in sources of these reliability grades. */
      reliabilities: z.array(reliabilitySchema).max(6).optional(),
      /** Claims with no evidence (`none`) or whose evidence rests on one source (`oneSource`). */
      evidence: z.enum(EVIDENCE_SUPPORT_FILTERS).optional(),
      /** Only claims whose passage mentions this entity. */
      entityId: id.optional(),
    })
    .strict(),
  /** One status and/or tags added and removed on many claims, all or nothing. */
  'claims.bulkUpdate': z
    .object({
      ids: z.array(id).min(1, 'select at least one claim').max(100_000),
      patch: z.object({ status: statusSchema }).partial().strict().optional(),
      addTags: z.array(tagSchema).max(50).optional(),
      removeTags: z.array(tagSchema).max(50).optional(),
    })
    .strict(),
  'evidence.link': z
    .object({ claimId: id, sourceId: id, ...passageFields, relation: relationSchema, note: z.string().max(50_000).optional() })
    .strict(),
  'evidence.update': z
    .object({ id, patch: z.object({ relation: relationSchema, note: z.string().max(50_000) }).partial().strict() })
    .strict(),
  'evidence.unlink': z.object({ id }).strict(),
  'evidence.list': z.object({ claimId: id }).strict(),
  /** The evidence links that cite a passage (or the whole) of one source, with their claims: its backlinks. */
  'evidence.bySource': z.object({ sourceId: id }).strict(),
  'search.query': z
    .object({
      query: z.string().trim().min(1, 'type something to search for').max(500),
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).max(1_000_000).optional(),
      kinds: z.array(z.enum(['source', 'claim', 'brief'])).optional(),
    })
    .strict(),
  'search.matches': z.object({ sourceId: id, query: z.string().trim().min(1, 'type something to search for').max(500) }).strict(),
  'tags.list': z.object({}).strict(),
  /** Renames a tag on every claim; renaming onto an existing tag merges the two. */
  'tags.rename': z.object({ from: tagSchema, to: tagSchema }).strict(),
  /** Removes a tag from every claim. */
  'tags.delete': z.object({ name: tagSchema }).strict(),
  'briefs.list': z.object({}).strict(),
  'briefs.get': z.object({ id: id.optional() }).strict(),
  'briefs.save': z
    .object({ id: id.optional(), title: z.string().trim().min(1).max(500), doc: briefDocSchema })
    .strict(),
  'briefs.create': z.object({ title: briefTitle }).strict(),
  'briefs.rename': z.object({ id, title: briefTitle }).strict(),
  'briefs.delete': z.object({ id }).strict(),
  /** Remembers the title (blank: the brief's own) and author (blank stays blank) a brief is exported with. */
  'briefs.setExportDetails': z.object({ id, title: z.string().trim().max(500), author: z.string().trim().max(300) }).strict(),
  'audit.list': z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
  /** Undoes a delete: puts back everything its trash entry holds, exactly as it was. */
  'trash.restore': z.object({ id }).strict(),
  'trash.list': z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
  /** Deletes every trash entry for good, with the archived originals only the trash still kept. */
  'trash.empty': z.object({}).strict(),
  /** An annotated brief (md, html, docx, pdf) or a data export of claims and sources, as a file to save. */
  'exports.render': z
    .object({
      format: z.enum(RENDER_FORMATS),
      /** Default: the whole notebook. Or one source's claims, or a chosen list of claims. */
      scope: z.object({ claimIds: z.array(id).min(1).max(10_000).optional(), sourceId: id.optional() }).strict().optional(),
      style: z.enum(['apa', 'chicago']).optional(),
      includeEvidence: z.boolean().optional(),
      /** Brief formats: add every analysis of competing hypotheses as a matrix table with its scores. */
      includeAnalyses: z.boolean().optional(),
      title: z.string().trim().max(500).optional(),
      author: z.string().trim().max(300).optional(),
      /** Which brief a brief format lays out; default: the most recently edited one. */
      briefId: id.optional(),
      /** Brief formats: add a chronology, the dated claims in time order. */
      chronology: z.boolean().optional(),
    })
    .strict(),
  /** The whole notebook as one `.casebook` bundle (returned as bytes: the caller saves it). */
  'exports.bundle': z.object({}).strict(),
  /** W3C Web Annotations (or Hypothesis JSON) → claims and evidence links, all or nothing. */
  'annotations.import': z
    .object({
      fileName: z.string().trim().min(1).max(500),
      /** The file's bytes, base64. */
      data: z.string().max(2 ** 30),
    })
    .strict(),
  ...BACKUP_SCHEMAS,
  ...MAP_SCHEMAS,
  ...ANALYSES_SCHEMAS,
  ...BRIEF_CHECK_SCHEMAS,
  ...TIMELINE_SCHEMAS,
  ...ENTITIES_SCHEMAS,
  ...READER_SCHEMAS,
  ...SUGGESTION_SCHEMAS,
} as const;

export type MethodName = keyof typeof schemas;
export type MethodInput<M extends MethodName> = z.input<(typeof schemas)[M]>;
export type ParsedInput<M extends MethodName> = z.output<(typeof schemas)[M]>;

export interface NotebookInfo {
  path: string;
  schemaVersion: number;
  counts: { sources: number; claims: number; evidence: number; briefs: number };
  /** Present when the notebook is damaged and open read-only. */
  damage?: { message: string; newestBackup: string | null };
}

/** What the quick check at open found, and the newest backup that passes it. */
export interface NotebookDamage {
  problems: string[];
  newestBackup: string | null;
  /** For the analyst: what happened, what still works, and how to restore. */
  message: string;
}

export interface MethodOutputs extends BackupOutputs, MapOutputs, AnalysesOutputs, BriefCheckOutputs, TimelineOutputs, EntitiesOutputs, ReaderOutputs, SuggestionOutputs {
  'notebook.info': NotebookInfo;
  'notebook.verify': VerifyReport;
  'notebook.open': NotebookInfo;
  'notebook.create': NotebookInfo;
  'notebook.recent': { current: string; recent: string[] };
  'sources.import': { source: SourceSummary; duplicate: boolean; warnings: string[] };
  /** `total`: how many sources match the filter (the whole list, not this page). */
  'sources.list': { sources: SourceSummary[]; total: number };
  'sources.locate': { index: number | null };
  'sources.get': { source: Source; blocks: Block[] };
  'sources.text': { text: string };
  'sources.original': { fileName: string; mediaType: string; data: string };
  'sources.update': { source: Source };
  'sources.delete': { deleted: true; claimsDeleted: number; linksDeleted: number; /** `trash.restore` undoes it. */ trashId: string };
  'claims.create': { claim: Claim };
  'claims.update': { claim: Claim };
  /** `citedIn`: the briefs that cite the claim (claim references in their text). */
  'claims.get': { claim: Claim; evidence: EvidenceLink[]; citedIn: BriefCitation[] };
  'claims.list': { claims: Claim[] };
  'claims.delete': { deleted: true; trashId: string };
  'claims.query': { claims: ClaimTableRow[]; total: number; ids?: string[] };
  'claims.bulkUpdate': { updated: number; claimIds: string[] };
  'evidence.link': { link: EvidenceLink };
  'evidence.update': { link: EvidenceLink };
  'evidence.unlink': { deleted: true; trashId: string };
  'evidence.list': { links: EvidenceLink[] };
  'evidence.bySource': { citations: EvidenceCitation[] };
  'search.query': SearchResult;
  'search.matches': { matches: TextRange[] };
  'tags.list': { tags: { name: string; count: number }[] };
  'tags.rename': { claimIds: string[]; merged: boolean };
  'tags.delete': { claimIds: string[] };
  'briefs.list': { briefs: Pick<Brief, 'id' | 'title' | 'updatedAt'>[] };
  'briefs.get': { brief: Brief };
  'briefs.save': { brief: Brief };
  'briefs.create': { brief: Brief };
  'briefs.rename': { brief: Brief };
  'briefs.delete': { deleted: true };
  'briefs.setExportDetails': { brief: Brief };
  'audit.list': { entries: AuditEntry[] };
  'trash.restore': { restored: RestoredFromTrash };
  'trash.list': { entries: TrashEntry[] };
  'trash.empty': { entries: number; originals: number };
  'exports.render': { fileName: string; mediaType: string; /** base64 */ data: string; bytes: number };
  'exports.bundle': { fileName: string; mediaType: string; /** base64 */ data: string; bytes: number };
  'annotations.import': {
    created: Claim[];
    links: EvidenceLink[];
    /** Annotations whose passage could not be found in their source: not imported. */
    orphans: { annotation: string; sourceId: string; quote: string; reason: string }[];
    /** Well-formed annotations that could not be imported (no such source, nothing quoted…). */
    errors: { annotation: string; reason: string }[];
  };
}
export type MethodOutput<M extends MethodName> = MethodOutputs[M];

export const METHOD_NAMES = Object.keys(schemas) as MethodName[];

/** A change the renderer listens to, emitted after every committed write. */
export interface ChangeEvent {
  entity:
    | 'source'
    | 'claim'
    | 'evidence'
    | 'brief'
    | 'analysis'
    | 'brief-finding'
    | 'entity'
    | 'suggestion'
    | 'notebook';
  action: 'created' | 'updated' | 'deleted';
  id: string;
}
