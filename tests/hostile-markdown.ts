/**
 * Markdown files built to stall or crash a parser (issue 13), at any size: the shapes the tests
 * import (small) and `npm run bench -- markdown-shapes` times (1 MB each).
 */
const fill = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));

export const HOSTILE_MARKDOWN: Record<string, (bytes: number) => string> = {
  'front matter': (bytes) => `---\n${Array.from({ length: Math.floor(bytes / 16) }, (_, i) => `key${i}: value ${i}`).join('\n')}\n---\n\nThe body.\n`,
  'unclosed front matter': (bytes) => `---\n${fill('title: a line of words\n', bytes)}`,
  'nested emphasis': (bytes) => `${fill('*_', bytes / 2)}word${fill('_*', bytes / 2)}\n`,
  'open emphasis': (bytes) => `${fill('*_', bytes)}\n`,
  'open html blocks': (bytes) => `<div>\n${fill('<div><span>Some words in an unclosed block\n', bytes)}`,
  'html blocks': (bytes) => fill('<div class="a">\n<p>Some <b>words</b> in a block</p>\n</div>\n\n', bytes),
  'entities': (bytes) => fill('&amp;&#x41;&eacute;&#8217;', bytes),
  'spaced entities': (bytes) => fill('&amp; ', bytes),
  'deep quotes': (bytes) => `${fill('> ', bytes)}deep\n`,
  'deep divs': (bytes) => `${fill('<div>', bytes)}deep\n`,
  'deep list': (bytes) => {
    const depth = Math.min(2_000, Math.floor(Math.sqrt(bytes)));
    const lines = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}`);
    return `${lines.join('\n')}\n${fill('Paragraph text. ', Math.max(0, bytes - lines.join('\n').length))}\n`;
  },
  'long line': (bytes) => `${fill('word ', bytes)}\n`,
  'many links': (bytes) => fill('[a](http://example.com/x "t") ', bytes),
  'open brackets': (bytes) => fill('[', bytes),
  'backticks': (bytes) => fill('`a``', bytes),
};
