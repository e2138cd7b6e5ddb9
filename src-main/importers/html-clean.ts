/**
 * Removes from a parsed page everything a reader never sees as text: scripts, styles, embedded
 * documents and plugins, and hidden elements. Done before Readability, which on linkedom cannot
 * compute styles and so would otherwise count hidden text as content.
 */

/** Elements whose content is never page text (or is a separate document). */
export const NON_TEXT_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)/i;

/** True when the element hides itself by attribute or inline style. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

const isJsonLd = (script: Element) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';

/** Strips non-text and hidden elements from the document, in one pass over its elements. */
export function removeNonTextNodes(document: Document): void {
  const root = document.documentElement;
  if (!root) return;
  const doomed: Element[] = [];
  // Iterative pre-order walk; a doomed element's subtree is not visited.
  let element: Element | null = root.firstElementChild;
  while (element) {
    const name = element.localName.toLowerCase();
    // <html>, <head> and <body> stay even when marked hidden: they hold the page itself.
    // JSON-LD stays for Readability's metadata (headline, author, dates); it removes scripts itself
    // afterwards, and the text walk never reads a script.
    const keep = name === 'head' || name === 'body' || (name === 'script' && isJsonLd(element));
    if (!keep && (NON_TEXT_ELEMENTS.has(name) || isHidden(element))) {
      doomed.push(element);
      element = nextOutside(element, root);
    } else {
      element = element.firstElementChild ?? nextOutside(element, root);
    }
  }
  for (const node of doomed) node.remove();
}

/** The next element after `element` in document order, skipping its subtree; null past `root`. */
function nextOutside(element: Element, root: Element): Element | null {
  let current: Element | null = element;
  while (current && current !== root) {
    if (current.nextElementSibling) return current.nextElementSibling;
    current = current.parentElement;
  }
  return null;
}
