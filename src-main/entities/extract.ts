/**
 * Finds the people, organisations and places of one text, each mention anchored (start/end), the
 * mentions of one entity grouped: "Lukashenko" with "Alexander Lukashenko", "U.S." with "United
 * States", "Belarus's" with "Belarus", "Defence Ministry" with "Ministry of Defense".
 */
import type { EntityType } from '../contract/entities';
import { type Candidate, findCandidates, isAcronym, midSentenceWords } from './candidates';
import { classify, type Guess } from './classify';
import { lexiconType } from './lexicon';
import { initials, nameKey, orderFreeKey } from './normalise';
import { tokenize } from './tokens';

export interface FoundMention {
  start: number;
  end: number;
  exact: string;
}

export interface FoundEntity {
  /** What groups it with the same entity in other sources (and what analysts' decisions are kept by). */
  key: string;
  name: string;
  type: EntityType;
  /** The keys of its other names ("lukashenko" for "Alexander Lukashenko"). */
  aliasKeys: string[];
  mentions: FoundMention[];
}

interface Group {
  key: string;
  words: number;
  forms: Map<string, number>;
  votes: Map<Guess, number>;
  mentions: FoundMention[];
  into?: Group;
}

const root = (g: Group): Group => (g.into ? root(g.into) : g);

/** "Minsk-Havana" is two places; "Polonez-M" and "Anti-Crisis" stay whole. */
function splitHyphenated(c: Candidate): Candidate[] {
  if (c.words.length !== 1 || !c.words[0].includes('-')) return [c];
  const parts = c.words[0].split('-');
  if (!parts.every((p) => lexiconType(p))) return [c];
  let at = c.start;
  return parts.map((p) => {
    const part = { start: at, end: at + p.length, words: [p], titled: false };
    at += p.length + 1;
    return part;
  });
}

function vote(g: Group, guess: Guess, weight = 1): void {
  g.votes.set(guess, (g.votes.get(guess) ?? 0) + weight);
}

function typeOf(g: Group): EntityType | null {
  let best: Guess = null;
  let bestVotes = 0;
  for (const [guess, n] of g.votes) if (guess !== null && n > bestVotes) [best, bestVotes] = [guess, n];
  return best === 'other' ? null : best;
}

function bestName(g: Group): string {
  let best = '';
  let bestScore = -1;
  for (const [form, n] of g.forms) {
    const score = (isAcronym(form) ? 0 : 1000) + form.split(' ').length * 100 + Math.min(n, 99);
    if (score > bestScore) [best, bestScore] = [form, score];
  }
  return best;
}

/** Joins single words to the one full name they shorten: surnames, acronyms, "Joseph Biden" to "Joseph R. Biden". */
function link(groups: Group[]): void {
  const multi = groups.filter((g) => g.words > 1);
  const bySurname = new Map<string, Group[]>();
  for (const g of multi) {
    if (typeOf(g) !== 'person') continue;
    const words = g.key.split(' ');
    const surname = nameKey([...g.forms.keys()][0].split(' ').pop() ?? '');
    for (const k of new Set([surname, `${words[0]} ${surname}`])) bySurname.set(k, [...(bySurname.get(k) ?? []), g]);
  }
  for (const g of groups) {
    const form = [...g.forms.keys()][0];
    if (isAcronym(form)) {
      const letters = form.replace(/\./g, '');
      const target = multi.filter((m) => typeOf(m) !== 'person' && [...m.forms.keys()].some((f) => {
        const ini = initials(f.replace(/\b(?:of|the|for|and)\b/g, ''));
        return ini === letters || (letters.length >= 3 && ini.startsWith(letters));
      }));
      if (target.length === 1 && target[0] !== g) g.into = target[0];
      continue;
    }
    const targets = (bySurname.get(g.key) ?? []).filter((t) => t !== g);
    if (targets.length === 1 && (g.words === 1 || typeOf(g) === 'person') && typeOf(g) !== 'place' && typeOf(g) !== 'organization') g.into = targets[0];
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every other place the text writes a name found (sentence starts, headings), without overlapping a found mention. */
function findAllOccurrences(text: string, groups: Group[]): void {
  const byForm = new Map<string, Group>();
  for (const g of groups) for (const form of g.forms.keys()) if (form.length >= 3 || isAcronym(form)) byForm.set(form, g);
  if (!byForm.size) return;
  const taken = groups.flatMap((g) => g.mentions).sort((a, b) => a.start - b.start);
  const covered = (s: number, e: number) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid].end <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < taken.length && taken[lo].start < e;
  };
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    byForm.get(m[0])?.mentions.push({ start, end, exact: m[0] });
  }
}

/**
 * A long text is read in parts of about this many characters, cut at line ends: the tokens of
 * every word at once took some 30 times the text's size in memory (issue 13, a 30 MB import).
 */
const PART_CHARS = 1 << 16;

function partsOf(text: string, partChars: number): [number, number][] {
  const parts: [number, number][] = [];
  for (let from = 0; from < text.length; ) {
    const lineEnd = from + partChars >= text.length ? -1 : text.indexOf('\n', from + partChars);
    const to = lineEnd < 0 ? text.length : lineEnd + 1;
    parts.push([from, to]);
    from = to;
  }
  return parts;
}

/** The candidates of each part in turn, with the words written mid-sentence anywhere in the text (two passes when it has parts). */
function* candidatesOf(text: string, partChars: number): Generator<Candidate> {
  const parts = partsOf(text, partChars);
  if (parts.length <= 1) {
    yield* findCandidates(tokenize(text));
    return;
  }
  const mid = new Set<string>();
  for (const [from, to] of parts) for (const word of midSentenceWords(tokenize(text, from, to))) mid.add(word);
  for (const [from, to] of parts) yield* findCandidates(tokenize(text, from, to), mid);
}

function* flatMapEach<T, U>(items: Iterable<T>, map: (item: T) => U[]): Generator<U> {
  for (const item of items) yield* map(item);
}

/** `partChars`: the size of the parts a long text is read in (the tests make it small). */
export function extractEntities(text: string, partChars = PART_CHARS): FoundEntity[] {
  const groups = new Map<string, Group>();
  for (const c of flatMapEach(candidatesOf(text, partChars), splitHyphenated)) {
    const guess = classify(c.words, c.titled);
    const exact = text.slice(c.start, c.end);
    const form = exact.replace(/\s+/gu, ' ');
    const key = orderFreeKey(form);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, words: c.words.length, forms: new Map(), votes: new Map(), mentions: [] }));
    g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
    vote(g, guess, c.titled ? 3 : 1);
    g.mentions.push({ start: c.start, end: c.end, exact });
  }
  const all = [...groups.values()];
  link(all);
  for (const g of all) {
    if (!g.into) continue;
    const r = root(g);
    for (const [f, n] of g.forms) r.forms.set(f, (r.forms.get(f) ?? 0) + n);
    for (const [v, n] of g.votes) if (v !== null && v !== 'other') vote(r, v, n / 4);
    r.mentions.push(...g.mentions);
  }
  const kept = all.filter((g) => !g.into && typeOf(g) !== null);
  findAllOccurrences(text, kept);
  return kept.map((g) => {
    const name = bestName(g);
    const key = orderFreeKey(name);
    return {
      key,
      name,
      type: typeOf(g) as EntityType,
      aliasKeys: [...new Set([...g.forms.keys()].map(orderFreeKey))].filter((k) => k !== key),
      mentions: g.mentions.sort((a, b) => a.start - b.start),
    };
  });
}

export { nameKey };
