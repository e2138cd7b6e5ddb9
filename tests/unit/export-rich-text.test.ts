/** Reading citeproc's HTML bibliography entries into styled runs (exporters/rich-text.ts). */
import { describe, expect, it } from 'vitest';
import { runsFromHtml } from '../../src-main/exporters/rich-text';

describe('runsFromHtml', () => {
  it('reads an entry: italic titles, small caps, numeric entities, the wrapping div and its whitespace', () => {
    const html = '  <div class="csl-entry">Smith, J. (2020). <i>A title &#38; more</i>. <span style="font-variant:small-caps;">Press</span>. https://x.org/?a=1&#38;b=2</div>\n';
    expect(runsFromHtml(html)).toEqual([
      { text: 'Smith, J. (2020). ' },
      { text: 'A title & more', italic: true },
      { text: '. ' },
      { text: 'Press', smallCaps: true },
      { text: '. https://x.org/?a=1&b=2' },
    ]);
  });

  it('nests styles, ends them at their closing tag, and decodes escaped markup as text', () => {
    const html = '<div class="csl-left-margin">1. </div><div>Doe, <b>Bold <i>both</i></b> x<sup>2</sup> &#60;tag&#62; &amp; &quot;q&quot;\u00a0 end</div>\n  ';
    expect(runsFromHtml(html)).toEqual([
      { text: '1. Doe, ' },
      { text: 'Bold ', bold: true },
      { text: 'both', italic: true, bold: true },
      { text: ' x' },
      { text: '2', sup: true },
      { text: ' <tag> & "q" end' },
    ]);
  });

  it('lets a style attribute undo an inherited one, and keeps a link as its text', () => {
    const html = '<i>Title with <span style="font-style:normal;">upright</span> part</i> and <a href="https://a.b/c">https://a.b/c</a><br/>';
    expect(runsFromHtml(html)).toEqual([
      { text: 'Title with ', italic: true },
      { text: 'upright' },
      { text: ' part', italic: true },
      { text: ' and https://a.b/c' },
    ]);
  });

  it('keeps a stray < and an unknown entity as written', () => {
    expect(runsFromHtml('a < b &unknown; c &#x41;')).toEqual([{ text: 'a < b &unknown; c A' }]);
  });
});
