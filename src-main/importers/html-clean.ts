/**
 * Removes from a parsed page everything a reader never sees as text: scripts, styles, embedded
 * documents and plugins, and hidden elements. Done before Readability, which on linkedom cannot
 * compute styles and so would otherwise count hidden text as content.
 */
import { hiddenByStyleSheets } from './html-stylesheets';

/**
 * Elements whose content is never page text: code, separate documents, plugins, media with their
 * fallback text, drawings and form widgets. Removing the last few also spares Readability work
 * (about a fifth of its time on the Readability test pages, mostly for SVG icons).
 */
export const NON_TEXT_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'canvas', 'audio', 'video', 'select', 'datalist', 'button', 'input', 'textarea',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)/i;

/** True when the element hides itself from readers by attribute or inline style (or is a closed <dialog>). */
function hidesItself(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.localName.toLowerCase() === 'dialog' && !element.hasAttribute('open')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Shown, but hidden from screen readers: usually icons and decoration, left out like Readability does. */
const isAriaHidden = (element: Element) => element.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true';

const NOT_TEXT = 'script, style, noscript, template';

/** Characters other than white space (a loop: no copy of a page-sized string). */
function visibleChars(text: string | null): number {
  if (!text) return 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 160) count++;
  }
  return count;
}

/** How many characters, spaces aside, the element's text holds outside scripts and styles. */
function readableChars(element: Element): number {
  let chars = visibleChars(element.textContent);
  for (const code of element.querySelectorAll(NOT_TEXT)) chars -= visibleChars(code.textContent);
  return chars;
}

const isJsonLd = (script: Element) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';

export interface Cleaned {
  /** How deeply the remaining elements nest (the root counts as 1). */
  maxDepth: number;
  /** Removed elements with text that the page hid from its readers (attribute, inline style or style sheet). */
  hiddenPassages: number;
  /** True when the page's style sheet hid most of its text (until its scripts run), which was kept. */
  keptHiddenPage: boolean;
}

/**
 * Strips non-text and hidden elements (by attribute, inline style or the page's own style sheets)
 * from the document, in one pass over its elements.
 */
export function removeNonTextNodes(document: Document): Cleaned {
  const root = document.documentElement;
  if (!root) return { maxDepth: 0, hiddenPassages: 0, keptHiddenPage: false };
  const hiddenBySheets = hiddenByStyleSheets(document);
  const doomed: Element[] = [];
  let maxDepth = 1;
  let hiddenPassages = 0;
  // The page itself hidden by a style sheet: hidden until its scripts run, so kept, and noted.
  let keptHiddenPage = hiddenBySheets.has(root) || hiddenBySheets.has(document.body);
  let pageChars: number | undefined;
  // Iterative pre-order walk; a doomed element's subtree is not visited.
  let element: Element | null = root.firstElementChild;
  let depth = 2;
  while (element) {
    const name = element.localName.toLowerCase();
    // JSON-LD stays for Readability's metadata (headline, author, dates); it removes scripts itself
    // afterwards, and the text walk never reads a script.
    const keep = name === 'head' || name === 'body' || (name === 'script' && isJsonLd(element));
    const hidesByItself = !keep && !NON_TEXT_ELEMENTS.has(name) && hidesItself(element);
    let hiddenFromReaders = hidesByItself || (!keep && !NON_TEXT_ELEMENTS.has(name) && hiddenBySheets.has(element));
    if (hiddenFromReaders) {
      const chars = readableChars(element);
      // A style sheet hiding most of the page hides it until its scripts run (anti-flicker
      // snippets): kept. What hides itself by attribute or inline style goes however large, as
      // Readability would drop it too.
      if (!hidesByItself && chars * 2 > (pageChars ??= readableChars(document.body))) {
        hiddenFromReaders = false;
        keptHiddenPage = true;
      } else if (chars > 0) hiddenPassages++;
    }
    const remove = !keep && (NON_TEXT_ELEMENTS.has(name) || hiddenFromReaders || isAriaHidden(element));
    if (remove) doomed.push(element);
    else if (depth > maxDepth) maxDepth = depth;
    const child = remove ? null : element.firstElementChild;
    if (child) {
      element = child;
      depth++;
      continue;
    }
    // Next sibling, else the nearest ancestor's next sibling.
    let current: Element | null = element;
    element = null;
    while (current && current !== root) {
      if (current.nextElementSibling) {
        element = current.nextElementSibling;
        break;
      }
      current = current.parentElement;
      depth--;
    }
  }
  for (const node of doomed) node.remove();
  return { maxDepth, hiddenPassages, keptHiddenPage };
}
