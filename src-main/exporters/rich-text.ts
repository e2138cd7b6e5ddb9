/**
 * Short runs of styled text (italic titles of a bibliography entry…), so that every renderer
 * formats them its own way and escapes them itself. citeproc's HTML output is read into runs;
 * nothing of its markup is passed through. citeproc writes a small, fixed set of tags (i, b, em,
 * sup, sub, span with a style, div, a) and numeric entities, so a short tokenizer reads it: a
 * DOM library would cost the command line more than half a second of start-up.
 */

export interface Run {
  text: string;
  italic?: boolean;
  bold?: boolean;
  smallCaps?: boolean;
  sup?: boolean;
  sub?: boolean;
}

type Style = Omit<Run, 'text'>;

/** The style a tag gives the text inside it (its `style` attribute included). */
function styleOf(tag: string, attributes: string, inherited: Style): Style {
  const style: Style = { ...inherited };
  if (tag === 'i' || tag === 'em') style.italic = true;
  if (tag === 'b' || tag === 'strong') style.bold = true;
  if (tag === 'sup') style.sup = true;
  if (tag === 'sub') style.sub = true;
  const css = (/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attributes)?.slice(1).find((v) => v !== undefined) ?? '').replace(/\s+/g, '').toLowerCase();
  if (css.includes('font-style:italic')) style.italic = true;
  if (css.includes('font-style:normal')) style.italic = false;
  if (css.includes('font-weight:bold')) style.bold = true;
  if (css.includes('font-weight:normal')) style.bold = false;
  if (css.includes('font-variant:small-caps')) style.smallCaps = true;
  return style;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Numeric entities and the few named ones citeproc's input may carry; anything else stays as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const VOID_TAGS = new Set(['br', 'hr', 'img', 'wbr']);

/** The text of an HTML fragment as runs, each with the style of the tags around it. */
function collect(html: string): Run[] {
  const out: Run[] = [];
  const open: { tag: string; style: Style }[] = [];
  const current = () => open[open.length - 1]?.style ?? {};
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--[\s\S]*?-->|([^<]+|<)/g)) {
    const [, closing, name, attributes, text] = m;
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      if (decoded) out.push({ text: decoded, ...current() });
    } else if (name !== undefined) {
      const tag = name.toLowerCase();
      if (closing) {
        const at = open.map((o) => o.tag).lastIndexOf(tag);
        if (at >= 0) open.length = at;
      } else if (!VOID_TAGS.has(tag) && !attributes.trimEnd().endsWith('/')) {
        open.push({ tag, style: styleOf(tag, attributes, current()) });
      }
    }
  }
  return out;
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
  const out = collect(html);
  const runs = mergeRuns(out.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') })));
  if (runs.length) {
    runs[0].text = runs[0].text.trimStart();
    runs[runs.length - 1].text = runs[runs.length - 1].text.trimEnd();
  }
  return runs.filter((r) => r.text.length > 0);
}

export const runsText = (runs: Run[]): string => runs.map((r) => r.text).join('');
