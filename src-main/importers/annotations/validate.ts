/**
 * Checks an incoming W3C Web Annotation against what the data model says an annotation MUST be
 * (https://www.w3.org/TR/annotation-model/): its @context, a single IRI id, the Annotation type,
 * at least one target, well-formed bodies, targets, selectors and dates. Each problem is a sentence
 * naming the key at fault. Keys the model does not constrain pass untouched.
 */
import { z } from 'zod';
import { ANNO_CONTEXT } from '../../core/w3c-terms';

export const ANNO_CONTEXTS = [ANNO_CONTEXT, 'https://www.w3.org/ns/anno.jsonld'];

const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/;
/** xsd:dateTime: 2024-01-15T10:00:00, with optional fractions and zone. */
const DATE_TIME = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/;
const SET_TYPES = ['Choice', 'List', 'Composite', 'Independents'];

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const toArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const iri = z.string().regex(IRI);
const singleIri = z.union([iri, z.array(iri).length(1)]);
const iris = z.union([iri, z.array(iri).min(1)]);
const dateTime = z.string().regex(DATE_TIME);
const text = z.string();
const texts = z.union([text, z.array(text).min(1)]);
const agent = z.union([iri, z.looseObject({ id: singleIri.optional() })]);
const agents = z.union([agent, z.array(agent).min(1)]);

class Checker {
  readonly problems: string[] = [];

  private add(where: string, message: string): void {
    this.problems.push(where ? `its ${where} ${message}` : message);
  }

  /** Checks `obj[key]`, when present, against a schema; `message` says what it must be. */
  private optional(obj: Obj, key: string, where: string, schema: z.ZodType, message: string): void {
    if (!(key in obj)) return;
    if (!schema.safeParse(obj[key]).success) this.add(`“${where}${key}”`, `${message} (found ${show(obj[key])})`);
  }

  /** Keys every resource and the annotation itself may carry, with the values the model allows. */
  private commonKeys(obj: Obj, where: string): void {
    if (Array.isArray(obj.id) && obj.id.length > 1) this.add(`“${where}id”`, `must be one IRI, not ${obj.id.length}`);
    else this.optional(obj, 'id', where, singleIri, 'must be one IRI (a web address or a URN)');
    for (const key of ['created', 'modified', 'generated']) {
      if (Array.isArray(obj[key])) this.add(`“${where}${key}”`, 'must be one date and time, not several');
      else this.optional(obj, key, where, dateTime, 'must be a date and time such as 2024-01-15T10:00:00Z');
    }
    this.optional(obj, 'creator', where, agents, 'must be a person or software: an IRI or an object');
    this.optional(obj, 'generator', where, agents, 'must be a person or software: an IRI or an object');
    this.optional(obj, 'rights', where, iris, 'must be the IRI of a licence');
    this.optional(obj, 'canonical', where, singleIri, 'must be one IRI');
    this.optional(obj, 'via', where, iris, 'must be an IRI');
    this.optional(obj, 'format', where, texts, 'must be a media type such as text/plain');
    this.optional(obj, 'language', where, texts, 'must be a language code such as en');
    this.optional(obj, 'processingLanguage', where, text, 'must be one language code');
    this.optional(obj, 'textDirection', where, z.enum(['ltr', 'rtl', 'auto']), 'must be ltr, rtl or auto');
  }

  selector(value: unknown, where: string, depth = 0): void {
    if (depth > 10) return;
    for (const sel of toArray(value)) {
      if (!isObj(sel)) {
        if (!(typeof sel === 'string' && IRI.test(sel))) this.add(`“${where}”`, `must be a selector object (found ${show(sel)})`);
        continue;
      }
      const type = sel.type;
      const at = `${where}.`;
      if (typeof type !== 'string') {
        this.add(`“${where}”`, 'has a selector with no type');
        continue;
      }
      if (['FragmentSelector', 'CssSelector', 'XPathSelector', 'SvgSelector'].includes(type)) {
        if (!('value' in sel) && !(type === 'SvgSelector' && 'id' in sel)) this.add(`${type} (“${where}”)`, 'has no value');
        else this.optional(sel, 'value', at, text, `must be one piece of text for a ${type}`);
        this.optional(sel, 'conformsTo', at, iri, 'must be one IRI');
      } else if (type === 'TextQuoteSelector') {
        if (typeof sel.exact !== 'string') this.add(`TextQuoteSelector (“${where}”)`, 'has no quoted text (“exact”)');
        this.optional(sel, 'prefix', at, text, 'must be text');
        this.optional(sel, 'suffix', at, text, 'must be text');
      } else if (type === 'TextPositionSelector' || type === 'DataPositionSelector') {
        for (const key of ['start', 'end']) {
          if (!(key in sel)) this.add(`${type} (“${where}”)`, `has no “${key}”`);
          else this.optional(sel, key, at, z.number().int().min(0), 'must be a whole number, 0 or more');
        }
      } else if (type === 'RangeSelector') {
        if (!('startSelector' in sel) || !('endSelector' in sel)) this.add(`RangeSelector (“${where}”)`, 'needs both a startSelector and an endSelector');
        if ('startSelector' in sel) this.selector(sel.startSelector, `${at}startSelector`, depth + 1);
        if ('endSelector' in sel) this.selector(sel.endSelector, `${at}endSelector`, depth + 1);
      }
      if ('refinedBy' in sel) this.selector(sel.refinedBy, `${at}refinedBy`, depth + 1);
    }
  }

  private state(value: unknown, where: string): void {
    for (const st of toArray(value)) {
      if (typeof st === 'string' && IRI.test(st)) continue;
      if (isObj(st) && !('type' in st) && singleIri.safeParse(st.id).success) continue; // a state described elsewhere
      if (!isObj(st) || typeof st.type !== 'string') {
        this.add(`“${where}”`, `must be a state with a type (found ${show(st)})`);
        continue;
      }
      if (st.type === 'TimeState') {
        this.optional(st, 'sourceDate', `${where}.`, z.union([dateTime, z.array(dateTime)]), 'must be a date and time');
        this.optional(st, 'cached', `${where}.`, iris, 'must be an IRI');
      }
      if (st.type === 'HttpRequestState') this.optional(st, 'value', `${where}.`, text, 'must be one piece of text');
      if ('refinedBy' in st) this.state(st.refinedBy, `${where}.refinedBy`);
    }
  }

  /** A body or target: an IRI, or an object the model recognises. */
  resource(value: unknown, role: 'body' | 'target', where: string, depth = 0): void {
    if (depth > 10) return;
    if (typeof value === 'string') {
      if (!IRI.test(value)) this.add(`“${where}”`, `must be an IRI or a resource object (found ${show(value)})`);
      return;
    }
    if (!isObj(value)) {
      this.add(`“${where}”`, `must be an IRI or a resource object (found ${show(value)})`);
      return;
    }
    const at = `${where}.`;
    this.commonKeys(value, at);
    const types = toArray(value.type).filter((t): t is string => typeof t === 'string');
    const sets = types.filter((t) => SET_TYPES.includes(t));
    if (sets.length > 1) {
      this.add(`“${where}”`, `is a ${sets.join(' and a ')} at once; it can be only one kind of set`);
      return;
    }
    if (sets.length === 1) {
      const items = value.items;
      if (!Array.isArray(items) || items.length === 0) this.add(`${sets[0]} (“${where}”)`, 'has no items');
      else items.forEach((item, i) => this.resource(item, role, `${at}items[${i}]`, depth + 1));
      return;
    }
    if ('source' in value) {
      const source = value.source;
      const ok = typeof source === 'string' ? IRI.test(source) : isObj(source) && singleIri.safeParse(source.id).success;
      if (!ok) this.add(`“${at}source”`, 'must be the IRI of the resource, or an object with one');
      if ('selector' in value) this.selector(value.selector, `${at}selector`);
      if ('state' in value) this.state(value.state, `${at}state`);
      return;
    }
    if ('selector' in value || 'state' in value) {
      this.add(`specific resource (“${where}”)`, 'has a selector or state but no “source” saying what it selects from');
      if ('selector' in value) this.selector(value.selector, `${at}selector`);
      if ('state' in value) this.state(value.state, `${at}state`);
      return;
    }
    if (types.includes('SpecificResource')) {
      this.add(`specific resource (“${where}”)`, 'has no “source”');
      return;
    }
    if ('value' in value || types.includes('TextualBody')) {
      if (role === 'target') this.add(`“${where}”`, 'is a textual body, which cannot be a target');
      else if (!('value' in value)) this.add(`textual body (“${where}”)`, 'has no value');
      else if (typeof value.value !== 'string') this.add(`textual body (“${where}”)`, `must have one piece of text as its value (found ${show(value.value)})`);
      return;
    }
    if (!('id' in value)) this.add(`“${where}”`, 'is not a resource the model recognises: it has no id, value or source');
  }

  annotation(a: Obj): void {
    const context = toArray(a['@context']);
    if (!('@context' in a)) this.add('', 'it has no @context (it must name http://www.w3.org/ns/anno.jsonld)');
    else if (!context.some((c) => typeof c === 'string' && ANNO_CONTEXTS.includes(c))) {
      this.add('“@context”', `must include http://www.w3.org/ns/anno.jsonld (found ${show(a['@context'])})`);
    }
    if (!('id' in a)) this.add('', 'it has no id');
    const types = toArray(a.type);
    if (!('type' in a)) this.add('', 'it has no type (it must be “Annotation”)');
    else if (!types.includes('Annotation')) this.add('“type”', `must be Annotation (found ${show(a.type)})`);
    this.commonKeys(a, '');
    if (!('target' in a)) this.add('', 'it has no target (what it annotates)');
    else {
      const targets = toArray(a.target);
      if (targets.length === 0) this.add('“target”', 'is empty');
      targets.forEach((t, i) => this.resource(t, 'target', targets.length > 1 ? `target[${i}]` : 'target'));
    }
    if ('body' in a && 'bodyValue' in a) this.add('', 'it has both a body and a bodyValue; it may have only one');
    if ('body' in a) {
      const bodies = toArray(a.body);
      bodies.forEach((b, i) => this.resource(b, 'body', bodies.length > 1 ? `body[${i}]` : 'body'));
    }
    if ('bodyValue' in a && typeof a.bodyValue !== 'string') this.add('“bodyValue”', `must be one piece of text (found ${show(a.bodyValue)})`);
  }
}

/** The MUST-level problems of one annotation; empty when it is well formed. */
export function annotationProblems(annotation: unknown): string[] {
  if (!isObj(annotation)) return [`it is not a JSON object (found ${show(annotation)})`];
  const checker = new Checker();
  checker.annotation(annotation);
  return checker.problems;
}
