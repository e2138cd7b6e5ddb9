/**
 * Candidate names in a text: runs of capitalised words ("Belarusian Ministry of Defense"), with
 * sentence-initial words, titles ("Defence Minister"), months and page furniture taken off.
 */
import { isCommonWord, isDemonym, isKnownWord, isMonthOrDay, lexiconType } from './lexicon';
import type { Token } from './tokens';

export interface Candidate {
  start: number;
  end: number;
  words: string[];
  /** A title came just before it ("Minister Álvaro López"): a person. */
  titled: boolean;
}

const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'del', 'da', 'von', 'van', 'der', 'al', 'bin', 'on']);
/** Titles that name a role. */
const TITLES = new Set([
  'president', 'minister', 'secretary', 'ambassador', 'general', 'colonel', 'lieutenant', 'admiral', 'commander', 'chairman',
  'chairwoman', 'chair', 'director', 'head', 'mr', 'mrs', 'ms', 'dr', 'sir', 'senator', 'governor', 'king', 'queen', 'prince',
  'pope', 'premier', 'chancellor', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'judge', 'mayor', 'speaker',
  'representative', 'rep', 'sen', 'gen', 'col', 'lt', 'capt', 'captain', 'sergeant', 'envoy', 'commissioner', 'patriarch',
  'bishop', 'archbishop', 'dictator', 'officer', 'attaché', 'attache', 'deputy', 'chief', 'prosecutor', 'advisor', 'adviser',
  'ceo', 'founder', 'executive', 'coordinator', 'emperor', 'sheikh', 'rabbi', 'imam', 'cardinal', 'marshal', 'major',
]);
/** Words that are part of a title only before one: "Defense Minister", "Prime Minister". */
const TITLE_MODIFIERS = new Set(['defense', 'defence', 'foreign', 'prime', 'vice', 'interior', 'finance', 'acting', 'former', 'first', 'senior', 'state', 'economy', 'justice', 'health', 'trade', 'chief', 'deputy', 'major', 'lieutenant', 'attorney', 'press', 'national', 'security']);
/** What a title can be "of": "Secretary of State", "Minister of Defense". */
const ROLE_DOMAINS = new Set(['state', 'defense', 'defence', 'foreign', 'affairs', 'interior', 'justice', 'finance', 'treasury', 'industry', 'staff', 'commerce', 'health', 'education', 'economy', 'energy', 'agriculture', 'transport', 'labor', 'labour', 'trade']);
/** Page furniture and words capitalised for other reasons. */
const STOP = new Set([
  'i', 'top', 'bottom', 'page', 'comments', 'comment', 'share', 'menu', 'home', 'subscribe', 'login', 'log', 'read', 'more',
  'advertisement', 'cookies', 'cookie', 'privacy', 'policy', 'terms', 'search', 'next', 'previous', 'photo', 'video', 'image',
  'jr', 'sr', 'inc', 'mr', 'ok', 'yes', 'no', 'tv', 'am', 'pm', 'ad', 'bc', 'id', 'faq', 'pdf', 'html', 'url', 'eo', 'e.o',
]);

const lower = (t: Token) => t.text.toLowerCase();
const isTitle = (t: Token) => TITLES.has(lower(t).replace(/\.$/, ''));
const isAcronym = (w: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(w);

/** Runs of capitalised words joined by spaces (or "of the"), never across a sentence's end. */
function runs(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && !run[run.length - 1].cap) run.pop();
    if (run.length) out.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const joined = run.length > 0 && /^[ \u00a0-]?$/u.test(t.gap) && !t.sentenceStart && !run[run.length - 1].possessive;
    if (!joined) close();
    if (t.cap && !/^\p{N}/u.test(t.text)) run.push(t);
    else if (run.length && joined && CONNECTORS.has(lower(t)) && (tokens[i + 1]?.cap || (CONNECTORS.has(lower(tokens[i + 1] ?? t)) && tokens[i + 2]?.cap))) run.push(t);
    else close();
  }
  close();
  return out;
}

/** Splits a run at its title ("U.S. Secretary of State Marco Rubio" → "U.S." and titled "Marco Rubio"). */
function splitTitle(run: Token[]): { before: Token[]; after: Token[]; titled: boolean } {
  let first = -1;
  let last = -1;
  for (let i = 0; i < run.length; i++) {
    const w = lower(run[i]);
    const core = isTitle(run[i]) && !(TITLE_MODIFIERS.has(w) && run[i + 1] && isTitle(run[i + 1]));
    const modifier = TITLE_MODIFIERS.has(w) && run[i + 1] !== undefined && (isTitle(run[i + 1]) || TITLE_MODIFIERS.has(lower(run[i + 1])));
    if (core || (modifier && i + 1 < run.length)) {
      if (first < 0) first = i;
      last = i;
      if (!core) continue;
      // "of State", "of the Treasury", "of Foreign Affairs" belong to the title.
      const j = i + 1;
      if (run[j] && lower(run[j]) === 'of') {
        let k = j + 1;
        if (run[k] && lower(run[k]) === 'the') k++;
        if (run[k] && ROLE_DOMAINS.has(lower(run[k]))) {
          while (run[k + 1] && ROLE_DOMAINS.has(lower(run[k + 1]))) k++;
          last = k;
          i = k;
        }
      }
      void j;
    } else if (first >= 0 && last === i - 1) {
      break;
    }
  }
  if (first < 0) return { before: run, after: [], titled: false };
  return { before: run.slice(0, first), after: run.slice(last + 1), titled: true };
}

/** Takes off what cannot begin or end a name: connectors, sentence-initial common words, months, page furniture. */
function trim(run: Token[], mentionedMidSentence: Set<string>): Token[] {
  let a = 0;
  let b = run.length;
  const drop = (t: Token) =>
    !t.cap ||
    STOP.has(lower(t)) ||
    isMonthOrDay(t.text) ||
    (t.sentenceStart && !isAcronym(t.text) && (isCommonWord(t.text) || (!isKnownWord(t.text) && !mentionedMidSentence.has(t.text))));
  // A sentence's first word is kept when it is not ordinary language and a capitalised word follows ("Belaruskali OAO").
  const keepFirst = (i: number) => run[i].sentenceStart && !isCommonWord(run[i].text) && run[i + 1]?.cap === true && !STOP.has(lower(run[i])) && !isMonthOrDay(run[i].text);
  while (a < b && !keepFirst(a) && (drop(run[a]) || CONNECTORS.has(lower(run[a])))) a++;
  while (b > a && (!run[b - 1].cap || CONNECTORS.has(lower(run[b - 1])) || STOP.has(lower(run[b - 1])) || isMonthOrDay(run[b - 1].text))) b--;
  return run.slice(a, b);
}

/** More capitalised words in a row than any name has: a table row or a list run together. */
const MAX_NAME_WORDS = 8;

function asCandidate(run: Token[], titled: boolean): Candidate | null {
  if (!run.length || run.filter((t) => t.cap).length > MAX_NAME_WORDS) return null;
  const words = run.map((t) => t.text);
  if (words.length === 1) {
    const w = words[0];
    if (w.length < 2 || STOP.has(w.toLowerCase().replace(/\./g, '')) || isMonthOrDay(w)) return null;
    if (!titled && isDemonym(w) && !lexiconType(w)) return null;
    if (!titled && isCommonWord(w) && !isAcronym(w)) return null;
  }
  return { start: run[0].start, end: run[run.length - 1].end, words, titled };
}

/** Capitalised words written mid-sentence somewhere (so a sentence's first word that is one of them is a name). */
export function midSentenceWords(tokens: Token[]): Set<string> {
  return new Set(tokens.filter((t) => t.cap && !t.sentenceStart && !t.heading).map((t) => t.text));
}

/**
 * Every candidate name outside headings (headings are searched later for names found in the body).
 * `mid`: the words of the whole text, when `tokens` are one part of it.
 */
export function findCandidates(tokens: Token[], mid = midSentenceWords(tokens)): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs(tokens.filter((t) => !t.heading))) {
    const { before, after, titled } = splitTitle(run);
    for (const [part, hasTitle] of [[before, false], [after, titled]] as const) {
      // A run may hold two names: "Minsk-Havana", or a demonym before a name is kept (part of an organisation's name).
      const c = asCandidate(trim([...part], mid), hasTitle);
      if (c) out.push(c);
    }
  }
  return out;
}

export { isAcronym };
