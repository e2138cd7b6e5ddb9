/**
 * Short runs of styled text (italic titles of a bibliography entry…), so that every renderer
 * formats them its own way and escapes them itself. citeproc's HTML output is read into runs;
 * nothing of its markup is passed through.
 */
import { parseHTML } from 'linkedom';

export interface Run {
  text: string;
  italic?: boolean;
  bold?: boolean;
  smallCaps?: boolean;
  sup?: boolean;
  sub?: boolean;
}

type Style = Omit<Run, 'text'>;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

function styleOf(node: DomNode, inherited: Style): Style {
  const style: Style = { ...inherited };
  const tag = node.nodeName.toLowerCase();
  if (tag === 'i' || tag === 'em') style.italic = true;
  if (tag === 'b' || tag === 'strong') style.bold = true;
  if (tag === 'sup') style.sup = true;
  if (tag === 'sub') style.sub = true;
  const css = (node.getAttribute?.('style') ?? '').replace(/\s+/g, '');
  if (css.includes('font-style:italic')) style.italic = true;
  if (css.includes('font-style:normal')) style.italic = false;
  if (css.includes('font-weight:bold')) style.bold = true;
  if (css.includes('font-weight:normal')) style.bold = false;
  if (css.includes('font-variant:small-caps')) style.smallCaps = true;
  return style;
}

function collect(node: DomNode, style: Style, out: Run[]): void {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    if (text) out.push({ text, ...style });
    return;
  }
  if (node.nodeType !== 1) return;
  const inner = styleOf(node, style);
  for (let i = 0; i < node.childNodes.length; i++) collect(node.childNodes[i], inner, out);
}

/** Adjacent runs with the same style become one; falsy style flags are dropped. */
export function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const clean: Run = { text: run.text };
    for (const key of ['italic', 'bold', 'smallCaps', 'sup', 'sub'] as const) if (run[key]) clean[key] = true;
    const last = merged[merged.length - 1];
    const same = last && (['italic', 'bold', 'smallCaps', 'sup', 'sub'] as const).every((k) => Boolean(last[k]) === Boolean(clean[k]));
    if (same) last.text += clean.text;
    else merged.push(clean);
  }
  return merged;
}

/** The text runs of an HTML fragment, with whitespace collapsed as a browser would. */
export function runsFromHtml(html: string): Run[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: Run[] = [];
  collect(document.body as unknown as DomNode, {}, out);
  const runs = mergeRuns(out.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') })));
  if (runs.length) {
    runs[0].text = runs[0].text.trimStart();
    runs[runs.length - 1].text = runs[runs.length - 1].text.trimEnd();
  }
  return runs.filter((r) => r.text.length > 0);
}

export const runsText = (runs: Run[]): string => runs.map((r) => r.text).join('');
