/**
 * Focus is visible: the focus colour of theme.css stands out at least 3:1 (WCAG 1.4.11) against
 * every background a focused control sits on, in the light and in the dark theme; and the shared
 * CSS draws it on every kind of control.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const STYLES = join(ROOT, 'src-renderer', 'styles');
const theme = readFileSync(join(STYLES, 'theme.css'), 'utf8');

/** The custom properties of a CSS block: the light :root first, the dark one inside its media query. */
function variables(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

const lightBlock = theme.slice(theme.indexOf(':root'), theme.indexOf('@media (prefers-color-scheme: dark)'));
const darkBlock = theme.slice(theme.indexOf('@media (prefers-color-scheme: dark)'), theme.indexOf('@media (min-width'));
const light = variables(lightBlock);
const dark = new Map([...light, ...variables(darkBlock)]);

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a six-digit colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Backgrounds a focused control can sit on: panes, cards, header rows, selected rows and tabs. */
const BACKGROUNDS = ['bg', 'surface', 'surface-2', 'surface-3', 'accent-weak'];

describe('focus contrast', () => {
  it('computes contrast as WCAG does (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [name, vars] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`the ${name} theme's focus colour is at least 3:1 against every background`, () => {
      const focus = vars.get('focus') as string;
      for (const bg of BACKGROUNDS) {
        const ratio = contrast(focus, vars.get(bg) as string);
        expect(ratio, `--focus ${focus} on --${bg} ${vars.get(bg)} (${name})`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('draws focus on every kind of control: an outline for buttons, links and rows, a ring for fields', () => {
    const base = readFileSync(join(STYLES, 'base.css'), 'utf8');
    expect(base).toMatch(/:focus-visible\s*{\s*outline:\s*2px solid var\(--focus\)/);
    expect(base).toMatch(/\.input:focus,\s*\.select:focus,\s*\.textarea:focus,\s*\.tags:focus-within\s*{\s*box-shadow:\s*0 0 0 1px var\(--focus\)/);
    const table = readFileSync(join(STYLES, 'table.css'), 'utf8');
    expect(table).toMatch(/\.ct-grid:focus \.ct-row\.is-active\s*{\s*outline:\s*2px solid var\(--focus\)/);
  });
});
