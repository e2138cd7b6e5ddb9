/**
 * What compromise's lexicon (and a few lists of our own) say about a word or a name: the typing
 * evidence the extractor uses instead of running compromise's full tagger over a long text.
 */
import type Nlp from 'compromise';
import { createRequire } from 'node:module';
import type { EntityType } from '../contract/entities';
import { fold } from './normalise';

type Lexicon = Record<string, string | string[]>;
interface Model {
  one: { lexicon: Lexicon };
  two: { orgWords: Record<string, true>; placeWords: Record<string, true> };
}

let model: Model | undefined;
/**
 * compromise's model, required when a name is first looked up: loading compromise is nearly a
 * second of CPU, which every start of the command line paid, exporting a PDF or listing sources.
 */
function compromiseModel(): Model {
  return (model ??= (createRequire(import.meta.url)('compromise') as typeof Nlp).model() as unknown as Model);
}

const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Address']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam', 'Company', 'School']);

export { fold };

function tagsOf(word: string): string[] {
  const lexicon = compromiseModel().one.lexicon;
  const t = lexicon[word.toLowerCase()] ?? lexicon[fold(word)];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

export const isKnownWord = (word: string) => tagsOf(word).length > 0;
export const isFirstName = (word: string) => tagsOf(word).some((t) => FIRST_NAME_TAGS.has(t));
export const isLastName = (word: string) => tagsOf(word).includes('LastName');
export const isDemonym = (word: string) => tagsOf(word).includes('Demonym');
export const isMonthOrDay = (word: string) => tagsOf(word).some((t) => t === 'Month' || t === 'WeekDay' || t === 'Date');

/** The type compromise's lexicon gives a whole name ("north korea" → place), if any. */
export function lexiconType(name: string): EntityType | null {
  const tags = tagsOf(name);
  if (tags.some((t) => PLACE_TAGS.has(t))) return 'place';
  if (tags.some((t) => ORG_TAGS.has(t))) return 'organization';
  if (tags.some((t) => PERSON_TAGS.has(t) && t !== 'Honorific')) return 'person';
  return null;
}

/** A word the lexicon knows only as ordinary language (a verb, a preposition…), not a name. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => PLACE_TAGS.has(t) || ORG_TAGS.has(t) || PERSON_TAGS.has(t) || t === 'ProperNoun');
}

const OWN_ORG_WORDS = [
  'ministry', 'department', 'council', 'committee', 'cabinet', 'party', 'union', 'bank', 'llc', 'oao', 'ojsc', 'jsc', 'pjsc',
  'inc', 'ltd', 'plc', 'gmbh', 'corp', 'corporation', 'company', 'forces', 'force', 'army', 'navy', 'guard', 'agency', 'office',
  'organization', 'organisation', 'association', 'institute', 'university', 'commission', 'parliament', 'assembly',
  'government', 'administration', 'bureau', 'service', 'services', 'group', 'movement', 'front', 'alliance', 'coalition',
  'treasury', 'kremlin', 'pentagon', 'court', 'tribunal', 'police', 'militia', 'team', 'management', 'fund', 'foundation',
  'federation', 'network', 'press', 'news', 'times', 'post', 'agency', 'media', 'television', 'radio', 'senate', 'congress',
  'duma', 'secretariat', 'embassy', 'consulate', 'mission', 'directorate', 'command', 'staff', 'nations', 'bloc',
];
const OWN_ORG_KEYWORDS = new Set(OWN_ORG_WORDS);
/** A word that makes a name ending in it an organisation: compromise's organisation words and ours. */
export const isOrgKeyword = (word: string) => OWN_ORG_KEYWORDS.has(word) || Object.hasOwn(compromiseModel().two.orgWords, word);
/** Words that make any name containing them an organisation (not only as its last word). */
export const STRONG_ORG_WORDS = new Set(['ministry', 'department', 'council', 'committee', 'cabinet', 'party', 'union', 'bank', 'agency', 'commission', 'parliament', 'university', 'institute', 'organization', 'organisation']);
const OWN_PLACE_KEYWORDS = new Set([
  'canal', 'sea', 'ocean', 'hemisphere', 'region', 'oblast', 'province', 'district', 'square', 'street', 'avenue',
  'republic', 'kingdom', 'states', 'emirates', 'city', 'county', 'territory', 'territories', 'valley', 'airport', 'port', 'base',
]);
/** A word that makes a name of several words ending in it a place: compromise's place words and ours. */
export const isPlaceKeyword = (word: string) => OWN_PLACE_KEYWORDS.has(word) || Object.hasOwn(compromiseModel().two.placeWords, word);
/** Directions and the like that make "X Place" a place: "Latin America", "North Korea". */
export const PLACE_MODIFIERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'latin', 'upper', 'lower', 'greater', 'new']);
/** Names of documents, events and things: neither people, organisations nor places. */
export const OTHER_KEYWORDS = new Set([
  'order', 'orders', 'act', 'law', 'treaty', 'agreement', 'resolution', 'decree', 'convention', 'list', 'program', 'programme',
  'plan', 'report', 'strategy', 'initiative', 'day', 'week', 'war', 'cup', 'games', 'prize', 'award', 'project', 'summit',
  'declaration', 'doctrine', 'protocol', 'charter', 'code', 'bill', 'memorandum', 'statement', 'sheet', 'fact', 'notice',
  'operation', 'exercise', 'exercises', 'olympics', 'revolution', 'election', 'elections', 'crisis', 'pandemic', 'constitution',
]);
/** Acronyms of countries: "U.S." is a place, most other acronyms are organisations. */
export const PLACE_ACRONYMS = new Set(['us', 'usa', 'uk', 'ussr', 'uae', 'dprk', 'prc', 'drc', 'rf', 'gb']);
