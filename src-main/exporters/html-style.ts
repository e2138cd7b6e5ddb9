/** A CSS string literal for any text: everything but plain ASCII letters, digits and spaces is escaped (so no quote or `</style>` can end it). */
export function cssString(text: string): string {
  const escaped = [...text].map((ch) => (/[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)?.toString(16)} `)).join('');
  return `"${escaped}"`;
}

/** The printed page's footer, drawn by the browser in the page margin: the title left, "page / pages" right. */
export function pageFooterCss(title: string): string {
  const short = title.length > 90 ? `${title.slice(0, 89)}…` : title;
  const box = 'font: 8px Arial, "Liberation Sans", sans-serif; color: #5b6575;';
  return `@page {
  @bottom-left { content: ${cssString(short)}; ${box} }
  @bottom-right { content: counter(page) " / " counter(pages); ${box} }
}`;
}

/**
 * Added only to the HTML that is printed to PDF. Chromium lays the page out for the screen before,
 * between and after its two printing passes; skipping the brief's contents on screen makes those
 * layouts free. `content-visibility: hidden` rather than `display: none`: it keeps the layout tree
 * and the shaped text of the first printing pass for the second (a fifth off Chromium's time on a
 * 260-page brief), where `display: none` threw them away in between.
 */
export const PRINT_ONLY_CSS = '@media screen { main { content-visibility: hidden; } }';

/** The brief's stylesheet, inlined in the HTML file (the page allows no other resource). */
export const BRIEF_CSS = `
:root { --ink: #1d2430; --muted: #5b6575; --rule: #d9dee6; --paper: #ffffff; --tint: #f4f6f9; --accent: #24527a; }
* { box-sizing: border-box; }
html { background: var(--tint); }
body { margin: 0; color: var(--ink); font: 16px/1.55 Georgia, "Times New Roman", "DejaVu Serif", serif; }
main { max-width: 56rem; margin: 2rem auto; padding: 2.5rem 3rem; background: var(--paper); border: 1px solid var(--rule); border-radius: 6px; }
h1, h2, h3, h4, h5, h6, th, .meta, .pill, .rel, .label, .provenance, .footnotes, .style-note, .scope {
  font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .75rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
a { color: var(--accent); }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; font-size: .9rem; color: var(--muted); }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.brief p, .brief li { margin: .5rem 0; }
.brief blockquote { margin: .8rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
.claim-ref { background: #eef3f8; border-bottom: 1px solid #b9cbe0; }
sup.fn a { text-decoration: none; font-weight: 600; font-size: .75em; }
.footnotes { font-size: .85rem; color: var(--muted); border-top: 1px solid var(--rule); margin-top: 1.5rem; padding-top: .5rem; }
.footnotes li { margin: .25rem 0; }
table.claims { width: 100%; border-collapse: collapse; font-size: .86rem; }
table.claims th, table.claims td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--rule); }
table.claims th { background: var(--tint); font-weight: 600; }
table.claims td.statement { min-width: 16rem; }
table.claims thead { display: table-header-group; }
table.chronology { width: 100%; border-collapse: collapse; font-size: .86rem; }
table.chronology th, table.chronology td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--rule); }
table.chronology th { background: var(--tint); font-weight: 600; }
table.chronology td.date { white-space: nowrap; }
.pill { display: inline-block; padding: .05rem .45rem; border-radius: 999px; font-size: .78rem; font-weight: 600; background: #e7eaef; color: #394150; white-space: nowrap; }
.pill.supported { background: #dcf1e2; color: #1d6b35; }
.pill.partly_supported { background: #eef5d8; color: #5a6b13; }
.pill.disputed { background: #fdebd2; color: #8a4b00; }
.pill.refuted { background: #fadadd; color: #9b1c2c; }
.pill.unverifiable { background: #ece6f5; color: #553c86; }
.claim { margin: 1.2rem 0 1.8rem; }
.claim h3 .label { color: var(--accent); margin-right: .35rem; }
.grades { font-size: .85rem; color: var(--muted); margin: .2rem 0 .6rem; font-family: "Helvetica Neue", Arial, sans-serif; }
.grades span + span::before { content: " · "; }
blockquote.passage { margin: .5rem 0; padding: .5rem .9rem; background: var(--tint); border-left: 4px solid var(--accent); }
blockquote.passage p { margin: .3rem 0; }
blockquote.passage footer { font-size: .85rem; color: var(--muted); margin-top: .3rem; font-style: normal; }
.comment, .note { font-size: .92rem; margin: .4rem 0; }
ul.evidence { list-style: none; padding: 0; margin: .6rem 0 0 1.2rem; }
ul.evidence li { margin: .6rem 0; break-inside: avoid; }
.ev-head { margin: 0 0 .2rem; font-size: .9rem; }
.ev-head cite { color: var(--muted); }
ul.evidence blockquote.passage { border-left-color: #9aa6b6; }
.rel { display: inline-block; min-width: 6.5rem; margin-right: .4rem; font-size: .78rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.rel.supports { color: #1d6b35; }
.rel.contradicts { color: #9b1c2c; }
.rel.context { color: #55606f; }
.style-note, .scope { font-size: .85rem; color: var(--muted); }
ol.bibliography { list-style: none; padding-left: 0; }
ol.bibliography li { margin: .9rem 0; break-inside: avoid; }
ol.bibliography .entry { margin: 0; padding-left: 1.5rem; text-indent: -1.5rem; }
.provenance { display: grid; grid-template-columns: max-content 1fr; gap: .05rem .8rem; margin: .3rem 0 0 1.5rem; font-size: .8rem; color: var(--muted); }
.provenance dt { font-weight: 600; }
.provenance dd { margin: 0; overflow-wrap: anywhere; }
.provenance code, code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; word-break: break-all; }
.empty { color: var(--muted); font-style: italic; }
.smallcaps { font-variant: small-caps; }
@media print {
  @page { size: A4; margin: 16mm 15mm 18mm; }
  html, body { background: #fff; }
  body { font-size: 10pt; line-height: 1.45; }
  .claim { margin: .8rem 0 1.2rem; }
  ul.evidence li { margin: .4rem 0; }
  blockquote.passage { padding: .3rem .7rem; margin: .3rem 0; }
  main { max-width: none; margin: 0; padding: 0; border: 0; border-radius: 0; overflow-wrap: anywhere; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  table.claims tr { break-inside: avoid; }
  table.chronology tr { break-inside: avoid; }
  /* Nothing may be wider than the page: Chromium would shrink every page to fit it (and lay the
     whole brief out once more). Long words break when they must; the claims table has fixed
     column widths. */
  table.claims { table-layout: fixed; font-size: 8pt; }
  table.claims th, table.claims td { padding: .3rem .35rem; }
  table.claims th:nth-child(1) { width: 5%; }
  table.claims th:nth-child(2) { width: 32%; }
  table.claims th:nth-child(3) { width: 14%; }
  table.claims th:nth-child(4) { width: 13%; }
  table.claims th:nth-child(5) { width: 12%; }
  table.claims th:nth-child(6) { width: 10%; }
  table.claims th:nth-child(7) { width: 14%; }
  table.claims td.date { white-space: nowrap; }
  table.claims td.statement { min-width: 0; }
  table.claims .pill { font-size: .95em; padding: 0 .2rem; }
  a { color: inherit; text-decoration: none; }
  /* Square outlined labels: legible in black and white, and light to draw on a 200-page brief. */
  .pill { border: 1px solid currentColor; border-radius: 0; }
}
`;
