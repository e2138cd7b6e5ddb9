/** The type of a candidate name, from its words: keywords, compromise's lexicon, titles and the shape of names. */
import type { EntityType } from '../contract/entities';
import { isAcronym } from './candidates';
import {
  fold, isCommonWord, isFirstName, isKnownWord, isLastName, lexiconType,
  isOrgKeyword, isPlaceKeyword, OTHER_KEYWORDS, PLACE_ACRONYMS, PLACE_MODIFIERS, STRONG_ORG_WORDS,
} from './lexicon';

/** 'other': a name of a document, an event or a thing, which is not reported. null: no idea yet. */
export type Guess = EntityType | 'other' | null;

const SURNAME_ENDINGS = /(?:enko|enka|ko|ov|ova|ev|eva|in|ina|sky|ski|ska|ich|vich|uk|chuk|yk|ak|dze|shvili|yan|escu|ez|es|son|sen|berg|stein|mann|ini|elli|oglu)$/u;
const ORG_ENDINGS = /(?:export|import|bank|corp|tech|com|soft|prom|gaz|neft|energo|trans|stroy|mash|holding|group)$/iu;

/** Endings of English nouns and adjectives, which names seldom have: "Sanctions Evasion", "Political Legitimization". */
const NOT_NAME_ENDINGS = /(?:tion|tions|sion|sions|ment|ments|ness|ity|ism|ical|ance|ence|ship|ure|ive|ous|ful|less|able|ible|ize|ise|al|ary|ing)$/u;

const key = (w: string) => fold(w).replace(/\./g, '');

export function classify(words: string[], titled: boolean): Guess {
  const lowered = words.map((w) => key(w));
  const last = lowered[lowered.length - 1];
  const whole = words.join(' ');
  if (words.length === 1 && isAcronym(words[0])) return PLACE_ACRONYMS.has(last) ? 'place' : lexiconType(last) ?? 'organization';
  if (OTHER_KEYWORDS.has(last)) return 'other';
  if (lowered.some((w) => STRONG_ORG_WORDS.has(w)) || isOrgKeyword(last)) return 'organization';
  if (isPlaceKeyword(last) && words.length > 1) return 'place';
  const lex = lexiconType(whole);
  if (lex) return titled && lex !== 'person' && words.length > 1 ? 'person' : lex;
  if (titled) return 'person';
  if (words.length > 1 && PLACE_MODIFIERS.has(lowered[0]) && lexiconType(words.slice(1).join(' ')) === 'place') return 'place';
  if (words.length > 1 && words.length <= 4) {
    if (isFirstName(words[0]) || isLastName(words[words.length - 1])) return 'person';
    // Two or three words no dictionary knows, written like a name: most often a person.
    const plain = words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$|^\p{Lu}\.$/u.test(w));
    if (plain && !words.some((w) => isCommonWord(w) || NOT_NAME_ENDINGS.test(w))) return 'person';
    if (words.some((w) => lexiconType(w) === 'place') && !words.every((w) => isKnownWord(w))) return null;
    return null;
  }
  if (words.length === 1) {
    const w = words[0];
    if (ORG_ENDINGS.test(w)) return 'organization';
    if (isLastName(w) || isFirstName(w)) return 'person';
    if (!isKnownWord(w) && SURNAME_ENDINGS.test(w.toLowerCase())) return 'person';
  }
  return null;
}
