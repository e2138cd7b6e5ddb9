/** Markdown → a brief's Lexical JSON (what `brief import` writes), the brief's plain text (what findings point into), and back to Markdown. */
import { describe, expect, it } from 'vitest';
import { briefText } from '../../src-main/contract/brief-text';
import { markdownToBriefDoc, parseInline } from '../../src-main/core/brief-markdown';
import { briefToMarkdown } from '../../src-main/exporters/brief-markdown';

type N = { type: string; text?: string; format?: number; children?: N[]; tag?: string; listType?: string; url?: string; claimId?: string };
const blocks = (md: string) => (markdownToBriefDoc(md).root.children as N[]);
const runs = (md: string) => (parseInline(md) as N[]).map((n) => (n.type === 'text' ? [n.text, n.format] : n.type === 'link' ? ['link', n.url] : [n.type, n.claimId]));

describe('Markdown → brief document', () => {
  it('reads headings, paragraphs (lines flowing on), quotes and nested lists', () => {
    const doc = blocks('# Key judgements\n\nFirst line\nsame paragraph.\n\n> Quoted\n> on.\n\n- one\n  - nested\n- two\n\n3. three\n');
    expect(doc.map((b) => [b.type, b.listType ?? b.tag ?? ''])).toEqual([
      ['heading', 'h1'],
      ['paragraph', ''],
      ['quote', ''],
      ['list', 'bullet'],
      ['list', 'number'],
    ]);
    expect(doc[1].children?.[0].text).toBe('First line same paragraph.');
    const items = doc[3].children ?? [];
    expect(items.map((i) => i.children?.[0].type)).toEqual(['text', 'list', 'text']);
  });

  it('reads emphasis, code, safe links and claim references; unsafe links and snake_case stay text', () => {
    expect(runs('a **bold** and *it* or _it_ ~~gone~~ `x*y`')).toEqual([
      ['a ', 0], ['bold', 1], [' and ', 0], ['it', 2], [' or ', 0], ['it', 2], [' ', 0], ['gone', 4], [' ', 0], ['x*y', 16],
    ]);
    expect(runs('see [the report](https://example.org/r) and [[clm_ab12]].')).toEqual([['see ', 0], ['link', 'https://example.org/r'], [' and ', 0], ['claim-reference', 'clm_ab12'], ['.', 0]]);
    expect(runs('[x](javascript:void) snake_case_name 2 * 3')).toEqual([['x', 0], [' snake_case_name 2 * 3', 0]]);
    expect(runs('\\*not italic\\*')).toEqual([['*not italic*', 0]]);
  });

  it('gives an empty brief one empty paragraph', () => {
    expect(blocks('   \n')).toEqual([expect.objectContaining({ type: 'paragraph', children: [] })]);
  });
});

describe('the brief’s plain text', () => {
  it('joins blocks and list items by newlines, counts a claim as its statement and records where each piece is', () => {
    const doc = markdownToBriefDoc('# Title\n\nWe *judge* [[clm_a]].\n\n- one\n  - two');
    const ref = (doc.root.children as N[])[1].children?.find((n) => n.type === 'claim-reference') as unknown as { statement: string };
    ref.statement = 'Cuba got it';
    const text = briefText(doc);
    expect(text.text).toBe('Title\nWe judge Cuba got it.\none\ntwo');
    expect(text.blocks.map((b) => text.text.slice(b.start, b.end))).toEqual(['Title', 'We judge Cuba got it.', 'one', 'two']);
    const claim = text.segments.find((s) => s.kind === 'claim');
    expect(claim).toMatchObject({ claimId: 'clm_a', path: [1, 3] });
    expect(text.text.slice(claim?.start, claim?.end)).toBe('Cuba got it');
  });

  it('reads nothing from what is not a brief', () => {
    expect(briefText(null).text).toBe('');
    expect(briefText({ root: 'x' }).text).toBe('');
  });
});

describe('brief → Markdown', () => {
  it('writes what the import reads, escaping the analyst’s special characters', () => {
    const md = '## Gaps\n\nWe *judge* **this** [[clm_a]] costs 5 \\* 3.\n\n> A quote\n\n1. one\n2. two\n';
    expect(briefToMarkdown(markdownToBriefDoc(md))).toBe(md);
  });
});
