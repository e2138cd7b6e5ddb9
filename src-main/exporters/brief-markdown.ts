/**
 * A brief on its own as Markdown (`casebook brief show --format md`): the analyst's text with each
 * claim reference written `[[clm_…]]`, so that `brief import` reads it back into the same brief.
 */
import type { DocBlock, Inline } from './brief-document';
import { readBriefDocument } from './brief-document';
import { escapeMarkdown, stripControls } from './markdown';

function wrap(text: string, bold?: boolean, italic?: boolean, strike?: boolean): string {
  const m = text.match(/^(\s*)([\s\S]*?)(\s*)$/);
  const [lead, core, trail] = m ? [m[1], m[2], m[3]] : ['', text, ''];
  if (!core) return text;
  let out = core;
  if (bold) out = `**${out}**`;
  if (italic) out = `*${out}*`;
  if (strike) out = `~~${out}~~`;
  return `${lead}${out}${trail}`;
}

function inlines(content: Inline[]): string {
  return content
    .map((i) => {
      if (i.kind === 'text' && i.marks.code) return `\`${stripControls(i.text).replace(/[\r\n]+/g, ' ').replace(/`/g, 'ˋ')}\``;
      // Escaped words keep their spaces, so a word that is only spaces is left as it is.
      if (i.kind === 'text') return wrap(i.text.trim() ? escapeMarkdown(i.text) : i.text, i.marks.bold, i.marks.italic, i.marks.strike);
      if (i.kind === 'break') return '\\\n';
      if (i.kind === 'claim') return `[[${i.claimId}]]`;
      const text = inlines(i.children);
      return i.url && /^[^\s()<>]+$/.test(i.url) ? `[${text}](${i.url})` : text;
    })
    .join('');
}

function blocks(list: DocBlock[], indent = ''): string[] {
  const out: string[] = [];
  for (const b of list) {
    if (b.kind === 'heading') out.push(`${indent}${'#'.repeat(b.level)} ${inlines(b.content)}`);
    else if (b.kind === 'paragraph') out.push(`${indent}${inlines(b.content)}`);
    else if (b.kind === 'quote') out.push(`${indent}> ${inlines(b.content)}`);
    else if (b.kind === 'rule') out.push(`${indent}---`);
    else if (b.kind === 'code') out.push(stripControls(b.text).split('\n').map((l) => `${indent}    ${l}`).join('\n'));
    else {
      const items = b.items.map((item, n) => {
        const marker = b.ordered ? `${n + 1}. ` : '- ';
        const nested = blocks(item.children, `${indent}${' '.repeat(marker.length)}`);
        return [`${indent}${marker}${inlines(item.content)}`, ...nested].join('\n');
      });
      out.push(items.join('\n'));
    }
  }
  return out;
}

/** The brief's document as Markdown (its title is not part of it). */
export function briefToMarkdown(doc: unknown): string {
  const body = blocks(readBriefDocument(doc).blocks);
  return body.length ? `${body.join('\n\n')}\n` : '';
}
