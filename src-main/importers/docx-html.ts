/**
 * mammoth's HTML of a Word file as blocks. The body is walked like any web page
 * (html-blocks.ts); what mammoth appends after it — the footnotes and endnotes list and the
 * comments list — becomes blocks of their own, in section 'notes' and 'comments', so their text
 * never mixes with the body's. Footnote markers ("[1]") stay in the body text, as printed;
 * comment markers are taken out, since comments are not part of the printed text.
 */
import { parseHTML } from 'linkedom';
import type { DocBlock } from './types';
import { normaliseInline } from '../core/text-normalise';
import { blocksFromDom, inlineText } from './html-blocks';

const NOTE = 'li[id^="footnote-"], li[id^="endnote-"]';
const COMMENT = 'dt[id^="comment-"]';

/** The marker the body shows for a note ("[1]"), found through the note's back link. */
function noteMarker(document: Document, note: Element): string {
  const backLink = note.querySelector('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]');
  const refId = backLink?.getAttribute('href')?.slice(1);
  const reference = refId ? document.getElementById(refId) : null;
  return normaliseInline(reference?.textContent ?? '');
}

function removeAll(root: ParentNode, selector: string): void {
  for (const element of Array.from(root.querySelectorAll(selector))) element.remove();
}

function noteBlocks(document: Document): DocBlock[] {
  const blocks: DocBlock[] = [];
  const lists = new Set<Element>();
  for (const note of Array.from(document.querySelectorAll(NOTE))) {
    const marker = noteMarker(document, note);
    removeAll(note, 'a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]');
    const text = normaliseInline(inlineText(note));
    if (text) blocks.push({ kind: 'paragraph', section: 'notes', text: marker ? `${marker} ${text}` : text });
    if (note.parentElement) lists.add(note.parentElement);
  }
  for (const list of lists) list.remove();
  return blocks;
}

function commentBlocks(document: Document): DocBlock[] {
  const blocks: DocBlock[] = [];
  const lists = new Set<Element>();
  for (const term of Array.from(document.querySelectorAll(COMMENT))) {
    const label = normaliseInline(inlineText(term)); // "Comment [MW1]"
    const parts: string[] = [];
    for (let next = term.nextElementSibling; next && next.localName.toLowerCase() === 'dd'; next = next.nextElementSibling) {
      removeAll(next, 'a[href^="#comment-ref-"]');
      parts.push(inlineText(next));
    }
    const text = normaliseInline(parts.join(' '));
    if (text) blocks.push({ kind: 'paragraph', section: 'comments', text: label ? `${label}: ${text}` : text });
    if (term.parentElement) lists.add(term.parentElement);
  }
  for (const list of lists) list.remove();
  // The comment markers in the body: mammoth wraps each link in the <sup> of the style map.
  for (const link of Array.from(document.querySelectorAll('a[href^="#comment-"]'))) {
    const parent = link.parentElement;
    if (parent && parent.localName.toLowerCase() === 'sup' && parent.childNodes.length === 1) parent.remove();
    else link.remove();
  }
  return blocks;
}

/**
 * mammoth puts each table cell's text in paragraphs; a cell of plain paragraphs is flattened to
 * lines so the table reads as one table block (cells with lists or tables inside stay as they are).
 */
function flattenCellParagraphs(document: Document): void {
  for (const cell of Array.from(document.querySelectorAll('td, th'))) {
    if (cell.querySelector('table, ul, ol, h1, h2, h3, h4, h5, h6')) continue;
    const paragraphs = Array.from(cell.children).filter((c) => c.localName.toLowerCase() === 'p');
    if (paragraphs.length !== cell.children.length) continue;
    paragraphs.forEach((p, i) => {
      if (i > 0) p.before(document.createTextNode(' '));
      p.replaceWith(...Array.from(p.childNodes));
    });
  }
}

export function blocksFromMammothHtml(html: string): DocBlock[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const notes = noteBlocks(document);
  const comments = commentBlocks(document);
  flattenCellParagraphs(document);
  return [...blocksFromDom(document.body), ...notes, ...comments];
}
