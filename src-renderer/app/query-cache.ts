/**
 * The renderer's one store of server data: answers of read methods, keyed by method + input.
 * - Invalidation: change events (from a write's result or the event stream) mark answers out of
 *   date by the rules in `invalidatedBy`, the one list of which change touches which read. Answers
 *   on screen are read again (a burst of changes costs one request each); the others are dropped.
 * - Coalescing: one request at a time per key; asking again while it runs shares it.
 * - Eviction: answers nobody watches are kept a while (going back to a source is instant), then
 *   dropped; at most `maxUnused` of them are kept, least recently used first out.
 * - Structural sharing: parts of a new answer equal to the old one keep their identity (a source's
 *   blocks, unchanged claims), so what is drawn from them is not redrawn.
 * No React and no DOM here (unit-tested under Node); `use-query.ts` binds it to components.
 */
import type { ChangeEvent, MethodInput, MethodName, MethodOutput } from '../../src-main/contract/methods';

type Rule<M extends MethodName> = (event: ChangeEvent, input: MethodInput<M>) => boolean;

const any = (e: ChangeEvent) => e.entity === 'notebook';
/** A source deleted or restored takes its claims and links with it; its metadata shows in claims. */
const sourceGoneOrEdited = (e: ChangeEvent) => e.entity === 'source' && e.action !== 'created';

/** Which changes make each read's answer out of date. A read not listed here cannot be cached. */
export const invalidatedBy: { [M in MethodName]?: Rule<M> } = {
  // Claim counts per source change when claims come and go (not when one is edited).
  'sources.list': (e) => any(e) || e.entity === 'source' || (e.entity === 'claim' && e.action !== 'updated'),
  'sources.get': (e, input) => any(e) || (e.entity === 'source' && e.id === input.id),
  'claims.list': (e, input) => any(e) || e.entity === 'claim' || (e.entity === 'source' && (input.sourceId === undefined || e.id === input.sourceId)),
  // A claim's card shows its evidence (with the linked sources' titles) and the briefs citing it.
  // Writes report a change to its evidence, or to the briefs citing it, as a change to the claim.
  // The reader's marks of one source: its claims' passages and statuses.
  'claims.marks': (e, input) => any(e) || e.entity === 'claim' || (e.entity === 'source' && e.id === input.sourceId),
  'claims.get': (e, input) => any(e) || (e.entity === 'claim' && e.id === input.id) || sourceGoneOrEdited(e),
  'claims.query': (e) => any(e) || e.entity === 'claim' || e.entity === 'evidence' || sourceGoneOrEdited(e),
  'evidence.bySource': (e) => any(e) || e.entity === 'evidence' || e.entity === 'claim' || sourceGoneOrEdited(e),
  'tags.list': (e) => any(e) || e.entity === 'claim',
  'briefs.list': (e) => any(e) || e.entity === 'brief',
  'briefs.get': (e, input) => any(e) || (e.entity === 'brief' && (input.id === undefined || e.id === input.id)),
  'trash.list': () => true,
  // The map and the summary read every claim, source and link.
  // The map draws the entities its claims mention; the summary counts them.
  'map.graph': (e) => any(e) || e.entity === 'claim' || e.entity === 'evidence' || e.entity === 'source' || e.entity === 'entity',
  'summary.case': (e) => any(e) || e.entity === 'claim' || e.entity === 'evidence' || e.entity === 'source' || e.entity === 'entity',
  // An analysis shows its claims' statements and grades, and loses or regains rows with them.
  'analyses.list': (e) => any(e) || e.entity === 'analysis' || e.entity === 'claim' || e.entity === 'source',
  'analyses.get': (e, input) => any(e) || (e.entity === 'analysis' && e.id === input.id) || e.entity === 'claim' || e.entity === 'source',
  // Findings read the brief, its claims, their evidence and sources, and the brief's dismissals.
  'briefs.check': (e, input) => any(e) || ((e.entity === 'brief' || e.entity === 'brief-finding') && (input.briefId === undefined || e.id === input.briefId)) || e.entity === 'claim' || e.entity === 'evidence' || sourceGoneOrEdited(e),
  // Statements, dates, statuses and tags of claims, and the titles of sources, all show on it.
  // Its suggestions come and go as sources are read and suggestions accepted or dismissed.
  'timeline.events': (e) => any(e) || e.entity === 'claim' || sourceGoneOrEdited(e) || e.entity === 'suggestion',
  'entities.list': (e) => any(e) || e.entity === 'entity' || e.entity === 'source',
  'entities.get': (e) => any(e) || e.entity === 'entity' || e.entity === 'source' || e.entity === 'claim',
  // A claim made (or deleted) on a passage hides (or shows) the suggestions it overlaps.
  'suggestions.list': (e, input) => any(e) || e.entity === 'suggestion' || e.entity === 'claim' || (sourceGoneOrEdited(e) && e.id === input.sourceId),
};

export type CachedMethod = keyof typeof invalidatedBy & MethodName;

export function isCached(method: MethodName): method is CachedMethod {
  return Object.prototype.hasOwnProperty.call(invalidatedBy, method);
}

export type Fetcher = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** What a component sees of one answer; a new object whenever any part of it changes. */
export interface QuerySnapshot<T> {
  data: T | undefined;
  /** The last failure (kept with the last good `data` when a refresh failed). */
  error: unknown;
  loading: boolean;
}

interface Entry {
  method: CachedMethod;
  input: unknown;
  snapshot: QuerySnapshot<unknown>;
  subscribers: Set<() => void>;
  inFlight: Promise<unknown> | null;
  /** Set when a change arrived during the request: its answer may already be out of date. */
  staleDuringFetch: boolean;
  lastUsed: number;
}

export interface QueryCacheOptions {
  /** Changes within this many ms cost one refresh per answer on screen. */
  refreshDelayMs?: number;
  /** How long an answer nobody watches is kept. */
  keepUnusedMs?: number;
  /** At most this many answers nobody watches are kept. */
  maxUnused?: number;
  now?: () => number;
}

const EMPTY: QuerySnapshot<never> = { data: undefined, error: null, loading: false };

/** Stable text of an input: the same input in any key order gives the same key. */
export function queryKey(method: string, input: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  return `${method} ${JSON.stringify(sorted(input ?? {}))}`;
}

/** `next`, with every part deep-equal to the same part of `prev` replaced by `prev`'s. */
export function shareEqual<T>(prev: unknown, next: T): T {
  if (prev === next) return next;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    const out = next.map((item, i) => {
      const shared = shareEqual(prev[i], item);
      if (shared !== prev[i]) same = false;
      return shared;
    });
    return (same ? prev : out) as T;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      out[key] = shareEqual(prev[key], next[key]);
      if (out[key] !== prev[key] || !(key in prev)) same = false;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

export class QueryCache {
  private readonly entries = new Map<string, Entry>();
  private readonly toRefresh = new Set<string>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly refreshDelayMs: number;
  private readonly keepUnusedMs: number;
  private readonly maxUnused: number;
  private readonly now: () => number;

  constructor(
    private readonly fetcher: Fetcher,
    options: QueryCacheOptions = {},
  ) {
    this.refreshDelayMs = options.refreshDelayMs ?? 30;
    this.keepUnusedMs = options.keepUnusedMs ?? 60_000;
    this.maxUnused = options.maxUnused ?? 100;
    this.now = options.now ?? Date.now;
  }

  /** What is known of this answer now (the same object until it changes). */
  snapshot<M extends CachedMethod>(method: M, input: MethodInput<M>): QuerySnapshot<MethodOutput<M>> {
    return (this.entries.get(queryKey(method, input))?.snapshot ?? EMPTY) as QuerySnapshot<MethodOutput<M>>;
  }

  /** Watches an answer: loads it if it is not here, and refreshes what was kept while nobody watched. */
  subscribe<M extends CachedMethod>(method: M, input: MethodInput<M>, notify: () => void): () => void {
    const entry = this.entry(method, input);
    entry.subscribers.add(notify);
    entry.lastUsed = this.now();
    if (entry.subscribers.size === 1 && !entry.inFlight) this.load(entry);
    return () => {
      entry.subscribers.delete(notify);
      entry.lastUsed = this.now();
      if (entry.subscribers.size === 0) this.evict();
    };
  }

  /** The answer, from the cache when it is here and current, else one (shared) request. */
  fetch<M extends CachedMethod>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const entry = this.entry(method, input);
    entry.lastUsed = this.now();
    const { data, error } = entry.snapshot;
    if (entry.inFlight) {
      // A change arrived during that request: wait for it to end, then ask for the current answer.
      if (!entry.staleDuringFetch) return entry.inFlight as Promise<MethodOutput<M>>;
      const again = () => this.fetch(method, input);
      return entry.inFlight.then(again, again);
    }
    if (data !== undefined && !error) return Promise.resolve(data as MethodOutput<M>);
    return this.load(entry) as Promise<MethodOutput<M>>;
  }

  /** Reads an answer again now (a "try again" button). */
  reload<M extends CachedMethod>(method: M, input: MethodInput<M>): void {
    const entry = this.entries.get(queryKey(method, input));
    if (entry && !entry.inFlight) void this.load(entry).catch(() => undefined);
  }

  /** A change happened: answers it touches are refreshed (if watched) or dropped. Idempotent. */
  changed(event: ChangeEvent): void {
    for (const [key, entry] of this.entries) {
      const rule = invalidatedBy[entry.method] as Rule<CachedMethod> | undefined;
      if (!rule?.(event, entry.input as MethodInput<CachedMethod>)) continue;
      if (entry.inFlight) entry.staleDuringFetch = true;
      if (entry.subscribers.size > 0) this.toRefresh.add(key);
      else if (!entry.inFlight) this.entries.delete(key);
    }
    if (this.toRefresh.size > 0 && this.refreshTimer === undefined) {
      this.refreshTimer = setTimeout(() => this.refreshNow(), this.refreshDelayMs);
    }
  }

  /** How many answers are held (for tests). */
  get size(): number {
    return this.entries.size;
  }

  has<M extends CachedMethod>(method: M, input: MethodInput<M>): boolean {
    return this.entries.has(queryKey(method, input));
  }

  private refreshNow(): void {
    this.refreshTimer = undefined;
    const keys = [...this.toRefresh];
    this.toRefresh.clear();
    for (const key of keys) {
      const entry = this.entries.get(key);
      // A request already running re-reads when it ends (`staleDuringFetch`).
      if (entry && !entry.inFlight) void this.load(entry).catch(() => undefined);
    }
  }

  private entry(method: CachedMethod, input: unknown): Entry {
    const key = queryKey(method, input);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { method, input, snapshot: EMPTY, subscribers: new Set(), inFlight: null, staleDuringFetch: false, lastUsed: this.now() };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private set(entry: Entry, patch: Partial<QuerySnapshot<unknown>>): void {
    entry.snapshot = { ...entry.snapshot, ...patch };
    for (const notify of [...entry.subscribers]) notify();
  }

  private load(entry: Entry): Promise<unknown> {
    entry.staleDuringFetch = false;
    const request = this.fetcher(entry.method, entry.input as MethodInput<CachedMethod>);
    entry.inFlight = request;
    this.set(entry, { loading: true });
    request.then(
      (data) => {
        entry.inFlight = null;
        this.set(entry, { data: shareEqual(entry.snapshot.data, data), error: null, loading: false });
        this.afterLoad(entry);
      },
      (error: unknown) => {
        entry.inFlight = null;
        this.set(entry, { error, loading: false });
        this.afterLoad(entry);
      },
    );
    return request;
  }

  private afterLoad(entry: Entry): void {
    const key = queryKey(entry.method, entry.input);
    if (this.entries.get(key) !== entry) return;
    if (entry.staleDuringFetch) {
      if (entry.subscribers.size > 0) void this.load(entry).catch(() => undefined);
      else this.entries.delete(key);
      return;
    }
    this.evict();
  }

  /** Drops answers nobody watched for `keepUnusedMs`, and the least recently used beyond `maxUnused`. */
  private evict(): void {
    const now = this.now();
    const unused: [string, Entry][] = [];
    for (const [key, entry] of this.entries) {
      if (entry.subscribers.size > 0 || entry.inFlight) continue;
      if (now - entry.lastUsed >= this.keepUnusedMs) this.entries.delete(key);
      else unused.push([key, entry]);
    }
    if (unused.length <= this.maxUnused) return;
    unused.sort((a, b) => a[1].lastUsed - b[1].lastUsed);
    for (const [key] of unused.slice(0, unused.length - this.maxUnused)) this.entries.delete(key);
  }
}
