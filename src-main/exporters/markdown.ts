/**
 * The annotated brief as CommonMark. Everything that comes from sources or the analyst is escaped
 * (no raw HTML, no links but http(s)/mailto autolinks); the claims table is a GFM pipe table and
 * claim references are GFM-style footnotes, both of which read as plain text where unsupported.
 */
import type { DocBlock, Inline, TextMarks } from './brief-document';
import type { BriefModel, ModelClaim, ModelFootnote, ModelSource } from './brief-model';
import type { ChronologyEntry } from './chronology';
import type { Run } from './rich-text';
import { analysesMarkdown } from './analysis-render';

/**
 * Characters that could start Markdown syntax inside a line. With [ and ] escaped no link or image
 * can form, so ( ) and ! need no escape; # and list markers matter only at the start of a line.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g;

/** Control characters other than tab and newline never belong in a text file. */
export function stripControls(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** Escapes text for one line of Markdown (line breaks become spaces). */
export function escapeMarkdown(text: string): string {
  const oneLine = stripControls(text).replace(/\s*[\r\n]+\s*/g, ' ');
  return oneLine
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=#])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function escapeCell(text: string): string {
  return escapeMarkdown(text) || ' ';
}

function autolink(url: string): string | null {
  return /^(https?:\/\/|mailto:)[^\s<>]+$/i.test(url) ? `<${url}>` : null;
}

/** Emphasis markers hug the words: spaces at either end stay outside them. */
function wrap(text: string, marks: TextMarks): string {
  const m = text.match(/^(\s*)([\s\S]*?)(\s*)$/);
  const [lead, core, trail] = m ? [m[1], m[2], m[3]] : ['', text, ''];
  if (!core) return text;
  let out = core;
  if (marks.bold) out = `**${out}**`;
  if (marks.italic) out = `*${out}*`;
  if (marks.strike) out = `~~${out}~~`;
  return `${lead}${out}${trail}`;
}

function inlines(content: Inline[], footnotes: ModelFootnote[]): string {
  return content
    .map((i) => {
      if (i.kind === 'text' && i.marks.code) return `\`\` ${stripControls(i.text).replace(/[\r\n]+/g, ' ').replace(/`/g, 'ˋ')} \`\``;
      if (i.kind === 'text') return wrap(escapeMarkdown(i.text), i.marks);
      if (i.kind === 'break') return '\\\n';
      if (i.kind === 'claim') return `${escapeMarkdown(footnotes[i.footnote - 1]?.statement ?? '')}[^${i.footnote}]`;
      const text = inlines(i.children, footnotes);
      return i.url && /^[^\s()<>]+$/.test(i.url) ? `[${text}](${i.url})` : text;
    })
    .join('');
}

function blocks(list: DocBlock[], footnotes: ModelFootnote[], indent = ''): string[] {
  const out: string[] = [];
  for (const b of list) {
    // The brief's headings sit under the document's title (#), beside its sections (##).
    if (b.kind === 'heading') out.push(`${indent}${'#'.repeat(Math.min(6, b.level + 1))} ${inlines(b.content, footnotes)}`);
    else if (b.kind === 'paragraph') out.push(`${indent}${inlines(b.content, footnotes)}`);
    else if (b.kind === 'quote') out.push(`${indent}> ${inlines(b.content, footnotes)}`);
    else if (b.kind === 'rule') out.push(`${indent}---`);
    else if (b.kind === 'code') out.push(stripControls(b.text).split('\n').map((l) => `${indent}    ${l}`).join('\n'));
    else {
      const items = b.items.map((item, n) => {
        const marker = b.ordered ? `${n + 1}. ` : '- ';
        const pad = `${indent}${' '.repeat(marker.length)}`;
        const nested = blocks(item.children, footnotes, pad);
        return [`${indent}${marker}${inlines(item.content, footnotes)}`, ...nested].join('\n\n');
      });
      out.push(items.join('\n'));
    }
  }
  return out;
}

function runs(list: Run[]): string {
  return list.map((r) => (r.italic ? wrap(escapeMarkdown(r.text), { italic: true }) : escapeMarkdown(r.text))).join('');
}

function quoteBlock(text: string): string {
  return stripControls(text)
    .split(/\n{2,}/)
    .map((p) => `> ${escapeMarkdown(p)}`)
    .join('\n>\n');
}

function footnoteText(f: ModelFootnote): string {
  if (f.missing) return `Claim: ${escapeMarkdown(f.statement)}`;
  const claim = f.claimLabel ? `Claim ${f.claimLabel}` : 'Claim';
  return `${claim} — “${escapeMarkdown(f.exact)}” — ${escapeMarkdown(f.sourceTitle)}`;
}

function claimsTable(claims: ModelClaim[]): string[] {
  const header = '| # | Statement | Status | Credibility | Likelihood | Event date | Tags |';
  const rule = '|---|---|---|---|---|---|---|';
  const rows = claims.map((c) =>
    `| ${c.label} | ${[c.statement, c.statusLabel, c.credibilityLabel, c.likelihoodLabel, c.eventDate, c.tags.join(', ')].map(escapeCell).join(' | ')} |`,
  );
  return [[header, rule, ...rows].join('\n')];
}

function chronologyTable(entries: ChronologyEntry[]): string {
  if (!entries.length) return '*No claim in scope has an event date.*';
  const rows = entries.map((e) => `| ${[e.date, e.label, e.statement, e.statusLabel, e.sourceTitle].map(escapeCell).join(' | ')} |`);
  return ['| Date | # | Statement | Status | Source |', '|---|---|---|---|---|', ...rows].join('\n');
}

function claimSection(c: ModelClaim, includeEvidence: boolean): string[] {
  const out = [`### ${c.label}. ${escapeMarkdown(c.statement)}`, quoteBlock(c.exact), `— ${escapeMarkdown(c.source.title)}`];
  if (c.comment.trim()) out.push(`*Analyst’s comment:* ${escapeMarkdown(c.comment)}`);
  if (!includeEvidence) return out;
  if (!c.evidence.length) out.push('*No evidence linked.*');
  for (const e of c.evidence) {
    out.push(`**${escapeMarkdown(e.relationLabel)}** — ${escapeMarkdown(e.source.title)}${e.exact ? '' : ' (the whole source)'}`);
    if (e.exact) out.push(quoteBlock(e.exact));
    if (e.note.trim()) out.push(`*Note:* ${escapeMarkdown(e.note)}`);
  }
  return out;
}

function sourceEntry(s: ModelSource): string {
  const origin = autolink(s.origin) ?? escapeMarkdown(s.origin);
  return [
    `- ${runs(s.entry)}`,
    `  Origin: ${origin}  `,
    `  Captured: ${escapeMarkdown(s.capturedAt)} · SHA-256: \`${s.sha256}\` · Reliability: ${escapeMarkdown(s.reliabilityLabel)}`,
  ].join('\n');
}

export function renderMarkdown(model: BriefModel): string {
  const parts: string[] = [
    `# ${escapeMarkdown(model.title)}`,
    [
      ...(model.author ? [`**Author:** ${escapeMarkdown(model.author)}  `] : []),
      `**Date:** ${escapeMarkdown(model.date)}  `,
      `**Notebook:** ${escapeMarkdown(model.notebookName)}  `,
      `**Scope:** ${escapeMarkdown(model.scopeLabel)}${model.includeEvidence ? '' : ' (evidence passages left out)'}`,
    ].join('\n'),
  ];
  if (model.document.length) parts.push(...blocks(model.document, model.footnotes));
  parts.push('## Claims');
  if (model.claims.length) parts.push(...claimsTable(model.claims));
  else parts.push('*No claims in scope.*');
  if (model.chronology) parts.push('## Chronology', chronologyTable(model.chronology));
  if (model.claims.length) {
    parts.push(model.includeEvidence ? '## Claims and evidence' : '## Claims and passages');
    for (const c of model.claims) parts.push(...claimSection(c, model.includeEvidence));
  }
  parts.push(...analysesMarkdown(model.analyses ?? [], escapeMarkdown));
  parts.push('## Sources', `*Bibliography style: ${escapeMarkdown(model.styleName)}.*`);
  if (model.sources.length) parts.push(model.sources.map(sourceEntry).join('\n'));
  else parts.push('*No sources cited.*');
  if (model.footnotes.length) parts.push(model.footnotes.map((f) => `[^${f.number}]: ${footnoteText(f)}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
