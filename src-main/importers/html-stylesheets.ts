/**
 * Elements a page hides through its own <style> sheets (display: none, visibility: hidden). linkedom
 * computes no styles, so without this a rule such as `.promo { display: none }` would let text into
 * the source that the reader of the page never saw.
 *
 * Cautious by design, since text wrongly dropped is worse than hidden text kept:
 * - only sheets that apply on a screen: a <style> outside <noscript> and <template>, with no media
 *   attribute or a screen/all one; its rules at the top level or in a plain `@media screen`/`all`;
 * - a rule hides only through selectors that match the saved page as it is: no pseudo-element
 *   (`::before` hides nothing) and no state (a hovered link or a focused field is not saved);
 * - no cascade is computed: an element stays when any rule, or its inline style, may show it by
 *   the same property, in any state (`.modal { display: none }` beside `.modal.open`,
 *   `.item:not(.collapsed)` or `.menu:hover .submenu { display: block }`);
 * - only html, body and the elements in the body; html-clean.ts never drops the page itself or an
 *   element holding most of its text for a style sheet's sake (anti-flicker snippets such as
 *   `body { visibility: hidden }` hide a page only until its scripts run).
 * Linked stylesheets are not read: nothing is fetched while importing. Matching costs a test of
 * every selector on every element: past MAX_SELECTOR_CHECKS (a page with thousands of such rules)
 * nothing is hidden this way, rather than holding the import for seconds.
 */
import type { AtRule, Rule } from 'postcss';
import safeParse from 'postcss-safe-parser';
import { MAX_PARSE_ELEMENTS } from './html-size-guard';

type Property = 'display' | 'visibility';
const PROPERTIES: Property[] = ['display', 'visibility'];

interface Selectors {
  hide: Set<string>;
  show: Set<string>;
}

/** Selectors × elements: real pages need from a few hundred to some tens of thousands. */
export const MAX_SELECTOR_CHECKS = 500_000;

const MAY_HIDE = /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)/i;
const SCREEN_MEDIUM = /^\s*(?:only\s+)?(?:screen|all)\s*$/i;

function appliesOnScreen(media: string | null | undefined): boolean {
  if (!media?.trim()) return true;
  return media.split(',').some((medium) => SCREEN_MEDIUM.test(medium));
}

function ruleAppliesOnScreen(rule: Rule): boolean {
  const parent = rule.parent;
  if (parent?.type === 'root') return true;
  if (parent?.type !== 'atrule' || parent.parent?.type !== 'root') return false;
  const at = parent as AtRule;
  return at.name.toLowerCase() === 'media' && appliesOnScreen(at.params);
}

function hides(property: Property, value: string): boolean {
  const v = value.trim().toLowerCase();
  return property === 'display' ? v === 'none' : v === 'hidden' || v === 'collapse';
}

const PSEUDO_ELEMENT = /::|:(?:before|after|first-line|first-letter)\b/i;
const PSEUDO_CLASS = /:([\w-]+)(\((?:[^()]|\([^()]*\))*\))?/g;
/** Pseudo-classes that depend on the document alone, not on what the reader does or a script sets. */
const STATIC_PSEUDO_CLASSES = new Set([
  'not', 'is', 'where', 'has', 'root', 'empty', 'lang', 'dir',
  'first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type', 'only-of-type',
  'nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type',
]);
const isStatic = (name: string) => STATIC_PSEUDO_CLASSES.has(name.toLowerCase());

/** True when the selector matches the saved page as it is: no pseudo-element, no state such as :hover. */
function matchesSavedPage(selector: string): boolean {
  return !PSEUDO_ELEMENT.test(selector) && [...selector.matchAll(PSEUDO_CLASS)].every((m) => isStatic(m[1]));
}

/**
 * The selector with its state pseudo-classes dropped, so that it matches every element it matches
 * in some state (`.menu:hover .submenu` → `.menu .submenu`, `:focus > a` → `* > a`); null for a
 * pseudo-element, which never shows the element itself.
 */
export function inAnyState(selector: string): string | null {
  if (PSEUDO_ELEMENT.test(selector)) return null;
  return selector
    .replace(PSEUDO_CLASS, (whole: string, name: string, _args: string | undefined, offset: number, all: string) => {
      if (isStatic(name)) return whole;
      return offset === 0 || /[\s>+~]/.test(all[offset - 1]) ? '*' : '';
    })
    .trim();
}

/** The selectors of the page's screen rules that hide or show elements, by property. */
function screenSelectors(document: Document): Record<Property, Selectors> {
  const found = { display: { hide: new Set<string>(), show: new Set<string>() }, visibility: { hide: new Set<string>(), show: new Set<string>() } };
  for (const style of document.getElementsByTagName('style')) {
    const css = style.textContent ?? '';
    if (!MAY_HIDE.test(css) || style.closest('noscript, template') || !appliesOnScreen(style.getAttribute('media'))) continue;
    safeParse(css).walkRules((rule) => {
      if (!ruleAppliesOnScreen(rule)) return;
      const selectors = rule.selectors.map((s) => s.trim()).filter(Boolean);
      for (const node of rule.nodes) {
        if (node.type !== 'decl') continue;
        const property = node.prop.toLowerCase();
        if (property !== 'display' && property !== 'visibility') continue;
        if (hides(property, node.value)) {
          for (const selector of selectors) if (matchesSavedPage(selector)) found[property].hide.add(selector);
        } else {
          for (const selector of selectors) {
            const anyState = inAnyState(selector);
            if (anyState) found[property].show.add(anyState);
          }
        }
      }
    });
  }
  return found;
}

/** Runs `query` with the selectors as one list, or one by one when linkedom cannot run some of them (those then match nothing). */
function tolerantly<T>(selectors: Set<string>, query: (selector: string) => T, merge: (results: T[]) => T): T {
  try {
    return query([...selectors].join(','));
  } catch {
    const results: T[] = [];
    for (const selector of selectors) {
      try {
        results.push(query(selector));
      } catch {
        // not a selector linkedom understands
      }
    }
    return merge(results);
  }
}

const elementsMatching = (document: Document, selectors: Set<string>): Element[] =>
  selectors.size === 0 ? [] : tolerantly(selectors, (list) => [...document.querySelectorAll(list)], (lists) => [...new Set(lists.flat())]);

const matchesAny = (element: Element, selectors: Set<string>): boolean =>
  selectors.size > 0 && tolerantly(selectors, (list) => element.matches(list), (results) => results.includes(true));

function inlineValue(element: Element, property: Property): string | null {
  const style = element.getAttribute('style');
  if (!style) return null;
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;!]*)`, 'i').exec(style);
  return match ? match[1] : null;
}

/** The elements of the page (html, body and what is in the body) that its screen style sheets hide. */
export function hiddenByStyleSheets(document: Document): Set<Element> {
  const hidden = new Set<Element>();
  const body = document.body;
  if (!body) return hidden;
  const selectors = screenSelectors(document);
  const selectorCount = PROPERTIES.reduce((n, p) => n + selectors[p].hide.size + selectors[p].show.size, 0);
  if (selectorCount === 0) return hidden;
  // Pages with more elements than MAX_PARSE_ELEMENTS never get here: few selectors need no count.
  if (selectorCount * MAX_PARSE_ELEMENTS > MAX_SELECTOR_CHECKS && selectorCount * body.querySelectorAll('*').length > MAX_SELECTOR_CHECKS) return hidden;
  for (const property of PROPERTIES) {
    for (const element of elementsMatching(document, selectors[property].hide)) {
      if (element !== document.documentElement && !body.contains(element)) continue;
      const inline = inlineValue(element, property);
      if ((inline !== null && !hides(property, inline)) || matchesAny(element, selectors[property].show)) continue;
      hidden.add(element);
    }
  }
  return hidden;
}
