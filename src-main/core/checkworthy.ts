/**
 * What makes a sentence worth checking, the way a fact-checker marks up a report: each feature
 * found is a *kind* (the explanation shown to the analyst) with a weight; questions, calls to
 * action, opinion and page furniture lower the score. Pure: dates come in from the caller
 * (chrono-node runs elsewhere, see analysis/suggest.ts).
 */
import type { Span } from './sentences';

export const SUGGESTION_KINDS = ['date', 'quantity', 'attribution', 'quote', 'entity', 'sanction', 'superlative', 'event'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export interface DatedSpan extends Span {
  /** Null: a relative date that could not be resolved (the source's published date is unknown). */
  date: string | null;
  approximate: boolean;
}

export interface Scored {
  kinds: SuggestionKind[];
  score: number;
  eventDate: string | null;
  approximate: boolean;
}

const WEIGHTS: Record<SuggestionKind, number> = {
  date: 1.0,
  quantity: 1.0,
  attribution: 0.8,
  quote: 0.6,
  entity: 0.45,
  sanction: 0.7,
  superlative: 0.6,
  event: 0.6,
};

const UNIT =
  '%|percent|per cent|km|kilomet(?:re|er)s?|miles?|metres?|meters?|kg|tonnes?|tons?|barrels?|million|billion|trillion|thousand|hundred|dollars?|euros?|pounds?|rubles?|roubles?|yuan|people|persons|troops|soldiers|civilians|deaths?|dead|killed|injured|casualties|refugees|migrants|prisoners|cases|votes|times|years?|months?|weeks?|days?|hours?|members|employees|workers|companies|countries|aircraft|ships|vessels|missiles?|tanks|drones'
const QUANTITY = new RegExp(
  String.raw`[$€£¥₽]\s?\d|\b\d[\d,.]*\s?(?:${UNIT})\b|\b\d{1,3}(?:,\d{3})+\b|\b(?:dozens|hundreds|thousands|millions|billions) of\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\s+(?:${UNIT})\b|\b(?:half|a third|a quarter|twice|doubled|tripled|halved)\b`,
  'i',
);
const PLAIN_NUMBER = /(?<![\d.,-])\d+(?:[.,]\d+)?(?![\d]|st\b|nd\b|rd\b|th\b)/g;
const ATTRIBUTION =
  /\b(?:said|says|stated|told|announced|announces|reported|confirmed|confirms|claimed|according to|estimated?|estimates|denied|denies|declared|wrote|testified|added|noted|warned|acknowledged|admitted|alleged|revealed|disclosed|divulged|insisted|argued|explained|described|quoted|cited|press service|spokes(?:man|woman|person)|a statement|in an interview)\b/i;
const QUOTE = /["“«][^"”»]{12,}["”»]/;
const ORGANISATION =
  /\b(?:Ministry|Department|Council|Commission|Agency|Forces|Army|Navy|Air Force|Air Defense|Government|Parliament|Congress|Senate|Company|Corporation|LLC|Inc|Ltd|JSC|Bank|Union|Committee|Office|Service|Party|Cabinet|Administration|Treasury|Court|Police|Embassy|Ambassador|Minister|President|Secretary|Prime Minister|General|Commander|Director|Chairman|University|Institute|Agency|Group|Organization|Organisation|Federation|Republic|Kingdom)\b|\b[A-Z]{2,6}\b(?![a-z])/;
const SANCTION =
  /\b(?:sanction(?:s|ed)?|embargo|blacklist(?:ed)?|blocked|blocking|designat(?:ed|ion)|export controls?|asset freeze|frozen assets|indict(?:ed|ment)|arrest(?:ed)?|convicted|sentenced|banned|prohibit(?:ed|s)?|restrictions|terroris[mt]|violat(?:ed|ion|ions))\b/i;
const SUPERLATIVE =
  /\b(?:first|largest|biggest|smallest|highest|lowest|most|least|record|only|never before|unprecedented|leading|longest|shortest|fastest|oldest|youngest|last|top|worst|best|greatest)\b/i;
const EVENT =
  /\b(?:visited|met|signed|arrived|launched|supplied|delivered|purchased|bought|sold|acquired|killed|attacked|struck|appointed|elected|served|worked|founded|established|opened|closed|held|hosted|received|presented|accredited|deployed|transferred|exported|imported|agreed|approved|adopted|passed|issued|imposed|extended|fired|resigned|recruited|recruiting|uncovered|raided|seized|captured|detained|released|paid|invested|funded|traveled|travelled|led|joined|produced|showcased|built|expelled|listed|amounted|rose|fell|increased|decreased|grew|dropped|took place|was held|were held|ordered|bombed|shelled|invaded|shot|wounded|charged|fined|sued|won|lost|voted|ruled|discovered|destroyed|evacuated|fled|crashed|exploded|died|merged|hired|unveiled|lifted|reinstated|cut|raised|lowered|doubled|halved|imposes|authorizes|authorises|designates|provides|hosts|supplies|operates|employs|owns|controls)\b/i;

const QUESTION = /\?["”’)]*$/;
const CALL_TO_ACTION = /\b(?:must|should|ought to|need to|needs to|let'?s|let us|it is time|we call on|we urge|urge|demand)\b/i;
const OPINION =
  /\b(?:may|might|could|perhaps|possibly|probably|likely|seems?|appears?|arguably|believe|think|feel|opinion|clearly|obviously|of course|worth noting|no coincidence|dubious|catastrophic|fierce|illegitimate|puppet|dictator(?:ial|ship)?s?|threatens?|danger|risks?|unfortunately|should|would)\b/gi;
const FURNITURE =
  /^(?:top of page|bottom of page|comments?|share|share this|subscribe|sign up|read more|related|advertisement|follow us|photo|image|video|caption|credit|source|log ?in|menu|skip to content|back to top|print|email|tags?|categories|©|copyright)\b/i;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Named things mid-sentence: capitalised words after the first word (a cheap count, run on every sentence). */
function properNames(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\s[\p{Lu}][\p{Ll}'’-]/gu)) if (m.index > 0) n++;
  return n;
}

function hasQuantity(text: string, dates: Span[], offset: number): boolean {
  if (QUANTITY.test(text)) return true;
  for (const m of text.matchAll(PLAIN_NUMBER)) {
    const at = offset + m.index;
    if (dates.some((d) => d.start <= at && at < d.end)) continue;
    if (/^(1[6-9]\d\d|20\d\d)$/.test(m[0])) continue; // a year the date finder did not claim
    if (/^\d{1,2}$/.test(m[0]) && /^\s*[–—-]/.test(text.slice(m.index + m[0].length))) continue; // a list number "1 —"
    return true;
  }
  return false;
}

/**
 * Scores one sentence. `text` is the whole source text; `dates` the date spans inside the sentence;
 * `isHeading` and `isRepeat` say what the sentence is in its page (a title, a caption repeated).
 */
export function scoreSentence(text: string, s: Span, dates: DatedSpan[], context: { isHeading: boolean; isRepeat: boolean }): Scored {
  const sentence = text.slice(s.start, s.end);
  const kinds: SuggestionKind[] = [];
  if (dates.length) kinds.push('date');
  if (hasQuantity(sentence, dates, s.start)) kinds.push('quantity');
  if (ATTRIBUTION.test(sentence)) kinds.push('attribution');
  if (QUOTE.test(sentence)) kinds.push('quote');
  const names = properNames(sentence);
  if (ORGANISATION.test(sentence) || names >= 2) kinds.push('entity');
  if (SANCTION.test(sentence)) kinds.push('sanction');
  if (SUPERLATIVE.test(sentence)) kinds.push('superlative');
  if (EVENT.test(sentence)) kinds.push('event');

  let weight = kinds.reduce((sum, k) => sum + WEIGHTS[k], 0);
  if (kinds.includes('entity') && names >= 4) weight += 0.2;
  const relativeOnly = dates.length > 0 && dates.every((d) => d.approximate);
  if (relativeOnly) weight -= 0.4;
  let score = 1 - Math.exp(-0.55 * weight);

  const n = words(sentence);
  if (QUESTION.test(sentence)) score *= 0.15;
  if (CALL_TO_ACTION.test(sentence)) score *= 0.55;
  const opinion = (sentence.match(OPINION) ?? []).length;
  if (opinion) score *= Math.max(0.45, 1 - 0.15 * opinion);
  if (FURNITURE.test(sentence) || n < 4) score *= 0.1;
  else if (context.isHeading) score *= 0.3;
  if (context.isRepeat) score *= 0.2;
  if (n > 70) score *= 0.8;
  if ((sentence.match(/ \| /g) ?? []).length >= 2) score *= 0.3; // a table row: data to read, not a statement
  if (/^(?:\[\d+\]|\^|\d+\.\s+\p{Lu}[\p{L}-]*,)/u.test(sentence)) score *= 0.2; // a note or reference-list entry
  if (/^[•·▪*-]?\s*\p{Lu}[\p{L} -]{2,40}:\s/u.test(sentence)) score *= 0.75; // a bullet's label: argument, not report

  const first = dates.find((d) => d.date && !d.approximate) ?? dates.find((d) => d.date);
  return { kinds, score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000, eventDate: first?.date ?? null, approximate: first?.approximate ?? false };
}
