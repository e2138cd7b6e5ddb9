/**
 * The analyst's brief (a Lexical editor state, stored as JSON) turned into a few plain blocks every
 * renderer understands. The JSON comes from the notebook and may be old, partial or odd: unknown
 * nodes keep their text, nothing here throws, and nesting is capped.
 */

export interface TextMarks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  sub?: boolean;
  sup?: boolean;
}

export type Inline =
  | { kind: 'text'; text: string; marks: TextMarks }
  /** A reference to a claim: rendered as the claim's statement followed by footnote `footnote`. */
  | { kind: 'claim'; claimId: string; footnote: number }
  /** `url` is null when the link was not http(s) or mailto: its text is kept, the link dropped. */
  | { kind: 'link'; url: string | null; children: Inline[] }
  | { kind: 'break' };

export interface ListItem {
  content: Inline[];
  children: DocBlock[];
}

export type DocBlock =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'quote'; content: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'rule' };

export interface ClaimRef {
  claimId: string;
  /** The statement as the editor last saw it, for a claim deleted since. */
  savedStatement: string | null;
}

export interface BriefDocument {
  blocks: DocBlock[];
  /** Claim references in footnote order: footnote n is claimRefs[n - 1]. */
  claimRefs: ClaimRef[];
}

type Node = Record<string, unknown>;

const MAX_DEPTH = 40;
// Lexical's text format bit flags.
const FORMAT = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16, sub: 32, sup: 64 } as const;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const childrenOf = (n: Node): unknown[] => (Array.isArray(n.children) ? n.children : []);

/** Only links a reader can follow safely survive; javascript:, data: and the like do not. */
export function safeLinkUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function marksOf(n: Node): TextMarks {
  const format = typeof n.format === 'number' ? n.format : 0;
  const marks: TextMarks = {};
  for (const [name, bit] of Object.entries(FORMAT)) if (format & bit) marks[name as keyof TextMarks] = true;
  return marks;
}

class Walker {
  readonly claimRefs: ClaimRef[] = [];

  inlines(nodes: unknown[], depth: number): Inline[] {
    const out: Inline[] = [];
    if (depth > MAX_DEPTH) return out;
    for (const raw of nodes) {
      if (!isNode(raw)) continue;
      const type = raw.type;
      if (type === 'claim-reference') {
        if (typeof raw.claimId === 'string' && raw.claimId) {
          this.claimRefs.push({ claimId: raw.claimId, savedStatement: typeof raw.statement === 'string' ? raw.statement : null });
          out.push({ kind: 'claim', claimId: raw.claimId, footnote: this.claimRefs.length });
        }
      } else if (type === 'linebreak') {
        out.push({ kind: 'break' });
      } else if (type === 'tab') {
        out.push({ kind: 'text', text: '\t', marks: {} });
      } else if (typeof raw.text === 'string') {
        if (raw.text) out.push({ kind: 'text', text: raw.text, marks: marksOf(raw) });
      } else if (type === 'link' || type === 'autolink') {
        out.push({ kind: 'link', url: safeLinkUrl(raw.url), children: this.inlines(childrenOf(raw), depth + 1) });
      } else {
        // Marks (claim highlights), hashtags and unknown inline wrappers: keep what they hold.
        out.push(...this.inlines(childrenOf(raw), depth + 1));
      }
    }
    return out;
  }

  blocks(nodes: unknown[], depth: number): DocBlock[] {
    const out: DocBlock[] = [];
    if (depth > MAX_DEPTH) return out;
    let loose: unknown[] = [];
    const flushLoose = () => {
      if (loose.length) out.push({ kind: 'paragraph', content: this.inlines(loose, depth + 1) });
      loose = [];
    };
    for (const raw of nodes) {
      if (!isNode(raw)) continue;
      const block = this.block(raw, depth);
      if (block === 'inline') {
        loose.push(raw);
        continue;
      }
      flushLoose();
      out.push(...block);
    }
    flushLoose();
    return out.filter((b) => b.kind !== 'paragraph' || b.content.length > 0);
  }

  private block(n: Node, depth: number): DocBlock[] | 'inline' {
    const kids = childrenOf(n);
    switch (n.type) {
      case 'heading': {
        const level = Number(String(n.tag ?? 'h2').replace(/\D/g, '')) || 2;
        return [{ kind: 'heading', level: Math.min(6, Math.max(1, level)), content: this.inlines(kids, depth + 1) }];
      }
      case 'paragraph':
        return [{ kind: 'paragraph', content: this.inlines(kids, depth + 1) }];
      case 'quote':
        return [{ kind: 'quote', content: this.inlines(kids, depth + 1) }];
      case 'code':
        return [{ kind: 'code', text: plainText(this.inlines(kids, depth + 1)) }];
      case 'horizontalrule':
        return [{ kind: 'rule' }];
      case 'list':
        return [{ kind: 'list', ordered: n.listType === 'number' || n.tag === 'ol', items: this.items(kids, depth + 1) }];
      case 'root':
        return this.blocks(kids, depth + 1);
      default:
        if (typeof n.text === 'string' || n.type === 'claim-reference' || n.type === 'linebreak' || n.type === 'link') return 'inline';
        // An unknown element node (a table, a layout…): its children, as blocks.
        return this.blocks(kids, depth + 1);
    }
  }

  private items(nodes: unknown[], depth: number): ListItem[] {
    const items: ListItem[] = [];
    for (const raw of nodes) {
      if (!isNode(raw)) continue;
      const kids = childrenOf(raw);
      const nested = kids.filter((k) => isNode(k) && k.type === 'list');
      const inline = kids.filter((k) => !(isNode(k) && k.type === 'list'));
      const children = this.blocks(nested, depth + 1);
      // Lexical nests a list inside an item of its own; fold it into the previous item.
      if (inline.length === 0 && children.length && items.length) items[items.length - 1].children.push(...children);
      else items.push({ content: this.inlines(inline, depth + 1), children });
    }
    return items;
  }
}

export function plainText(inlines: Inline[]): string {
  return inlines
    .map((i) => (i.kind === 'text' ? i.text : i.kind === 'link' ? plainText(i.children) : i.kind === 'break' ? '\n' : ''))
    .join('');
}

/** Reads a stored brief document; anything that is not a Lexical state gives an empty brief. */
export function readBriefDocument(doc: unknown): BriefDocument {
  const walker = new Walker();
  const root = isNode(doc) && isNode(doc.root) ? doc.root : isNode(doc) && doc.type === 'root' ? doc : null;
  const blocks = root ? walker.blocks(childrenOf(root), 0) : [];
  return { blocks, claimRefs: walker.claimRefs };
}
