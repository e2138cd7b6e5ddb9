/**
 * The annotated brief as ONE self-contained HTML file: inline CSS for screen and print, no script
 * at all, a Content-Security-Policy that forbids loading anything, and every piece of text escaped.
 * The PDF exporter prints the same HTML, hidden on screen (PRINT_ONLY_CSS); its page footer (title,
 * page n / N) comes from @page margin boxes, so a browser printing the HTML file shows it too.
 */
import type { DocBlock, Inline } from './brief-document';
import type { BriefModel, ModelClaim, ModelFootnote, ModelSource } from './brief-model';
import type { ChronologyEntry } from './chronology';
import { BRIEF_CSS, pageFooterCss, PRINT_ONLY_CSS } from './html-style';
import { ACH_CSS, analysesHtml } from './analysis-render';
import { isWebUrl } from './csl-items';
import type { Run } from './rich-text';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** Escapes text for HTML content and attribute values, dropping control characters. */
export function escapeHtml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const esc = escapeHtml;

function link(url: string, text: string): string {
  return `<a href="${esc(url)}" rel="noopener noreferrer">${text}</a>`;
}

function inlines(content: Inline[], footnotes: ModelFootnote[]): string {
  return content
    .map((i) => {
      if (i.kind === 'break') return '<br>';
      if (i.kind === 'claim') {
        const statement = footnotes[i.footnote - 1]?.statement ?? '';
        return `<span class="claim-ref">${esc(statement)}</span><sup class="fn" id="fnref-${i.footnote}"><a href="#fn-${i.footnote}">${i.footnote}</a></sup>`;
      }
      if (i.kind === 'link') {
        const text = inlines(i.children, footnotes);
        return i.url ? link(i.url, text) : text;
      }
      let out = esc(i.text);
      const m = i.marks;
      if (m.code) out = `<code>${out}</code>`;
      if (m.bold) out = `<strong>${out}</strong>`;
      if (m.italic) out = `<em>${out}</em>`;
      if (m.underline) out = `<u>${out}</u>`;
      if (m.strike) out = `<s>${out}</s>`;
      if (m.sub) out = `<sub>${out}</sub>`;
      if (m.sup) out = `<sup>${out}</sup>`;
      return out;
    })
    .join('');
}

function blocks(list: DocBlock[], footnotes: ModelFootnote[]): string {
  return list
    .map((b) => {
      switch (b.kind) {
        case 'heading': {
          // The brief's headings sit under the document's title (h1), beside its sections (h2).
          const level = Math.min(6, b.level + 1);
          return `<h${level}>${inlines(b.content, footnotes)}</h${level}>`;
        }
        case 'paragraph':
          return `<p>${inlines(b.content, footnotes)}</p>`;
        case 'quote':
          return `<blockquote>${inlines(b.content, footnotes)}</blockquote>`;
        case 'code':
          return `<pre><code>${esc(b.text)}</code></pre>`;
        case 'rule':
          return '<hr>';
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul';
          const items = b.items.map((item) => `<li>${inlines(item.content, footnotes)}${blocks(item.children, footnotes)}</li>`).join('');
          return `<${tag}>${items}</${tag}>`;
        }
      }
    })
    .join('\n');
}

function runs(list: Run[]): string {
  return list
    .map((r) => {
      let out = esc(r.text);
      if (r.italic) out = `<i>${out}</i>`;
      if (r.bold) out = `<b>${out}</b>`;
      if (r.smallCaps) out = `<span class="smallcaps">${out}</span>`;
      if (r.sup) out = `<sup>${out}</sup>`;
      if (r.sub) out = `<sub>${out}</sub>`;
      return out;
    })
    .join('');
}

/** A quoted passage: paragraphs of the source stay paragraphs; the source is named below unless already named above. */
function passage(text: string, cite: string | null): string {
  // dir="auto": a passage from a right-to-left source reads right to left.
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p dir="auto">${esc(p).replace(/\n/g, '<br>')}</p>`).join('');
  const footer = cite === null ? '' : `<footer>— <cite>${esc(cite)}</cite></footer>`;
  return `<blockquote class="passage">${paragraphs}${footer}</blockquote>`;
}

function footnoteItem(f: ModelFootnote): string {
  const back = `<a href="#fnref-${f.number}" aria-label="Back to the text">↩</a>`;
  if (f.missing) return `<li id="fn-${f.number}">${esc(f.statement)} ${back}</li>`;
  const claim = f.claimLabel ? `<a href="#claim-${f.claimLabel}">Claim ${f.claimLabel}</a>` : 'Claim';
  return `<li id="fn-${f.number}">${claim} — “${esc(f.exact)}” — <cite>${esc(f.sourceTitle)}</cite> ${back}</li>`;
}

function briefSection(model: BriefModel): string {
  if (!model.document.length) return '';
  const notes = model.footnotes.length ? `<ol class="footnotes">${model.footnotes.map(footnoteItem).join('\n')}</ol>` : '';
  return `<section class="brief" id="brief">\n${blocks(model.document, model.footnotes)}\n${notes}</section>`;
}

function pill(c: ModelClaim): string {
  return `<span class="pill ${esc(c.status)}">${esc(c.statusLabel)}</span>`;
}

function claimsTable(model: BriefModel): string {
  if (!model.claims.length) return '<section id="claims"><h2>Claims</h2><p class="empty">No claims in scope.</p></section>';
  const rows = model.claims
    .map(
      (c) =>
        `<tr><td><a href="#claim-${c.label}">${c.label}</a></td><td class="statement">${esc(c.statement)}</td><td>${pill(c)}</td><td>${esc(c.credibilityLabel)}</td><td>${esc(c.likelihoodLabel)}</td><td class="date">${esc(c.eventDate)}</td><td class="tags">${esc(c.tags.join(', '))}</td></tr>`,
    )
    .join('\n');
  return `<section id="claims"><h2>Claims</h2>
<table class="claims"><thead><tr><th>#</th><th>Statement</th><th>Status</th><th>Credibility</th><th>Likelihood</th><th>Event date</th><th>Tags</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}

function chronologySection(entries: ChronologyEntry[] | null): string {
  if (!entries) return '';
  if (!entries.length) return '<section id="chronology"><h2>Chronology</h2><p class="empty">No claim in scope has an event date.</p></section>';
  const rows = entries
    .map((e) => `<tr><td class="date">${esc(e.date)}</td><td><a href="#claim-${e.label}">${e.label}</a></td><td>${esc(e.statement)}</td><td>${esc(e.statusLabel)}</td><td><cite>${esc(e.sourceTitle)}</cite></td></tr>`)
    .join('\n');
  return `<section id="chronology"><h2>Chronology</h2>
<table class="chronology"><thead><tr><th>Date</th><th>#</th><th>Statement</th><th>Status</th><th>Source</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}

function claimArticle(c: ModelClaim, includeEvidence: boolean): string {
  const grades = [
    pill(c),
    c.credibilityLabel && `<span>Credibility ${esc(c.credibilityLabel)}</span>`,
    c.likelihoodLabel && `<span>${esc(c.likelihoodLabel)}</span>`,
    c.eventDate && `<span>Event date ${esc(c.eventDate)}</span>`,
    c.tags.length ? `<span>Tags: ${esc(c.tags.join(', '))}</span>` : '',
  ].filter(Boolean);
  const parts = [
    `<h3><span class="label">${c.label}</span>${esc(c.statement)}</h3>`,
    `<div class="grades">${grades.join('')}</div>`,
    passage(c.exact, c.source.title),
  ];
  if (c.comment.trim()) parts.push(`<p class="comment"><strong>Analyst’s comment:</strong> ${esc(c.comment)}</p>`);
  if (includeEvidence) {
    if (!c.evidence.length) parts.push('<p class="empty">No evidence linked.</p>');
    else {
      const items = c.evidence.map((e) => {
        const whole = e.exact ? '' : ' (the whole source)';
        const head = `<p class="ev-head"><span class="rel ${esc(e.relation)}">${esc(e.relationLabel)}</span><cite>${esc(e.source.title)}</cite>${whole}</p>`;
        const body = e.exact ? passage(e.exact, null) : '';
        const note = e.note.trim() ? `<p class="note"><strong>Note:</strong> ${esc(e.note)}</p>` : '';
        return `<li>${head}${body}${note}</li>`;
      });
      parts.push(`<ul class="evidence">${items.join('\n')}</ul>`);
    }
  }
  return `<article class="claim" id="claim-${c.label}">${parts.join('\n')}</article>`;
}

function sourceItem(s: ModelSource): string {
  const origin = isWebUrl(s.origin) ? link(s.origin, esc(s.origin)) : esc(s.origin);
  return `<li id="source-${esc(s.id)}"><p class="entry">${runs(s.entry)}</p>
<dl class="provenance"><dt>Origin</dt><dd>${origin}</dd><dt>Captured</dt><dd>${esc(s.capturedAt)}</dd><dt>SHA-256</dt><dd><code>${esc(s.sha256)}</code></dd><dt>Reliability</dt><dd>${esc(s.reliabilityLabel)}</dd></dl></li>`;
}

export interface HtmlOptions {
  /** The HTML is only printed (PDF export), never shown: see PRINT_ONLY_CSS. */
  printOnly?: boolean;
}

export function renderHtml(model: BriefModel, { printOnly = false }: HtmlOptions = {}): string {
  const meta = [
    ...(model.author ? [['Author', model.author]] : []),
    ['Date', model.date],
    ['Notebook', model.notebookName],
    ['Scope', `${model.scopeLabel}${model.includeEvidence ? '' : ' (evidence passages left out)'}`],
  ]
    .map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`)
    .join('');
  const evidenceTitle = model.includeEvidence ? 'Claims and evidence' : 'Claims and passages';
  const details = model.claims.length
    ? `<section id="evidence"><h2>${evidenceTitle}</h2>\n${model.claims.map((c) => claimArticle(c, model.includeEvidence)).join('\n')}</section>`
    : '';
  const sources = model.sources.length
    ? `<ol class="bibliography">\n${model.sources.map(sourceItem).join('\n')}\n</ol>`
    : '<p class="empty">No sources cited.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Casebook">
<title>${esc(model.title)}</title>
<style>${BRIEF_CSS}${model.analyses?.length ? ACH_CSS : ''}${pageFooterCss(model.title)}${printOnly ? `\n${PRINT_ONLY_CSS}` : ''}</style>
</head>
<body>
<main>
<header><h1>${esc(model.title)}</h1><dl class="meta">${meta}</dl></header>
${briefSection(model)}
${claimsTable(model)}
${chronologySection(model.chronology)}
${details}
${analysesHtml(model.analyses ?? [], esc)}
<section id="sources"><h2>Sources</h2><p class="style-note">Bibliography style: ${esc(model.styleName)}. Each entry is followed by where the source came from, when it was captured, the SHA-256 of the archived original and its reliability grade (Admiralty scale).</p>
${sources}</section>
</main>
</body>
</html>
`;
}
