/**
 * Reading an annotations file: strict JSON (with the mistake explained in words when it is not),
 * then the annotations it holds, whatever the wrapping: one annotation, an array of them, an
 * AnnotationCollection with its first page embedded, an AnnotationPage, or Hypothesis's API shapes
 * (one annotation, an array, or a search result `{ rows: [...] }`).
 */
import { CasebookError } from '../../contract/errors';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** The first comma that is followed (after spaces) by } or ], outside strings. */
function findTrailingComma(text: string): number | null {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ',') {
      const next = text.slice(i + 1).match(/^\s*([}\]])/);
      if (next) return i;
    }
  }
  return null;
}

/** JSON.parse, with an analyst-readable message naming the file and the place of the mistake. */
export function parseJsonFile(fileName: string, text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (err) {
    const name = `“${fileName}”`;
    if (!body.trim()) throw new CasebookError('VALIDATION', `${name} is empty; there are no annotations in it. Nothing was imported.`);
    const comma = findTrailingComma(body);
    const reported = Number((err as Error).message.match(/position (\d+)/)?.[1] ?? NaN);
    if (comma !== null && (Number.isNaN(reported) || reported >= comma)) {
      const { line, column } = lineAndColumn(body, comma);
      throw new CasebookError(
        'VALIDATION',
        `${name} is not valid JSON: there is a comma before a closing bracket on line ${line}, column ${column}, which JSON does not allow. Remove that comma and try again. Nothing was imported.`,
      );
    }
    if (!/^\s*[[{]/.test(body)) {
      throw new CasebookError('VALIDATION', `${name} is not a JSON file (it does not start with { or [), so it cannot hold annotations. Nothing was imported.`);
    }
    const where = Number.isNaN(reported) ? '' : (({ line, column }) => ` near line ${line}, column ${column}`)(lineAndColumn(body, reported));
    throw new CasebookError('VALIDATION', `${name} is not valid JSON${where}: it may be cut short or damaged. Nothing was imported.`);
  }
}

export type AnnotationShape = 'w3c' | 'hypothesis';

export interface RawAnnotation {
  /** How messages name it: its id, or its place in the file. */
  ref: string;
  shape: AnnotationShape;
  value: unknown;
}

const typesOf = (v: Obj): unknown[] => (Array.isArray(v.type) ? v.type : [v.type]);

/** Hypothesis's own API format: a `uri` and `target: [{ source, selector }]`, no JSON-LD context. */
function isHypothesis(v: Obj): boolean {
  return !('@context' in v) && typeof v.uri === 'string' && Array.isArray(v.target);
}

function refOf(v: unknown, index: number): string {
  if (isObj(v) && typeof v.id === 'string' && v.id.length <= 200) return `annotation ${index + 1} (${v.id})`;
  return `annotation ${index + 1}`;
}

/** The annotations in a parsed file, in order; throws when the file holds none in a known wrapping. */
export function annotationsIn(fileName: string, json: unknown): RawAnnotation[] {
  let list: unknown[];
  if (Array.isArray(json)) list = json;
  else if (isObj(json) && typesOf(json).includes('AnnotationCollection')) {
    const first = json.first;
    if (!isObj(first) || !Array.isArray(first.items)) {
      throw new CasebookError(
        'VALIDATION',
        `“${fileName}” is an AnnotationCollection whose annotations are not in the file (its first page is only a link). Save the pages themselves and import those. Nothing was imported.`,
      );
    }
    list = first.items;
  } else if (isObj(json) && typesOf(json).includes('AnnotationPage')) {
    if (!Array.isArray(json.items)) throw new CasebookError('VALIDATION', `“${fileName}” is an AnnotationPage with no items. Nothing was imported.`);
    list = json.items;
  } else if (isObj(json) && Array.isArray(json.rows) && !('type' in json)) list = json.rows;
  else if (isObj(json) && Object.keys(json).length === 0) {
    throw new CasebookError('VALIDATION', `“${fileName}” holds an empty JSON object, not an annotation. Nothing was imported.`);
  } else list = [json];
  if (list.length === 0) throw new CasebookError('VALIDATION', `“${fileName}” holds no annotations. Nothing was imported.`);
  return list.map((value, i) => ({ ref: refOf(value, i), shape: isObj(value) && isHypothesis(value) ? 'hypothesis' : 'w3c', value }));
}
