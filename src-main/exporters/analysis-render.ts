/** The analyses section of a brief in Markdown and HTML: a heading, the matrix table, its summary. */
import type { ModelAnalysis } from './analysis-model';

export function analysesMarkdown(analyses: ModelAnalysis[], escapeMarkdown: (t: string) => string): string[] {
  if (!analyses.length) return [];
  const cell = (t: string) => escapeMarkdown(t) || ' ';
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const out = ['## Analyses of competing hypotheses'];
  for (const a of analyses) {
    out.push(`### ${escapeMarkdown(a.question)}`);
    out.push(a.hypotheses.map((h) => `- **${h.code}** ${escapeMarkdown(h.label)}${h.leads ? ' *(leads)*' : ''}`).join('\n'));
    out.push([line(a.header), `|${a.header.map(() => '---').join('|')}|`, ...a.rows.map(line), ...a.scoreRows.map(line)].join('\n'));
    out.push(escapeMarkdown(a.summary), `*${escapeMarkdown(a.legend)}*`);
  }
  return out;
}

export const ACH_CSS = `
table.ach { border-collapse: collapse; font-size: .86rem; margin: .6rem 0; }
table.ach th, table.ach td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
table.ach th { background: var(--tint); font-weight: 600; }
table.ach td.rating { text-align: center; font-weight: 600; }
table.ach tr.score td { font-weight: 600; border-top: 2px solid var(--rule); }
table.ach th.leads, table.ach td.leads { background: var(--tint); }
section.analysis { break-inside: avoid; }
`;

export function analysesHtml(analyses: ModelAnalysis[], esc: (t: string) => string): string {
  if (!analyses.length) return '';
  const sections = analyses.map((a) => {
    const leadsAt = (i: number) => i >= 4 && a.hypotheses[i - 4]?.leads;
    const cls = (i: number, base = '') => {
      const c = [base, leadsAt(i) ? 'leads' : ''].filter(Boolean).join(' ');
      return c ? ` class="${c}"` : '';
    };
    const head = `<tr>${a.header.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join('')}</tr>`;
    const body = a.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i, i >= 4 ? 'rating' : '')}>${esc(c)}</td>`).join('')}</tr>`).join('\n');
    const scores = a.scoreRows.map((r) => `<tr class="score">${r.map((c, i) => `<td${cls(i, i >= 4 ? 'rating' : '')}>${esc(c)}</td>`).join('')}</tr>`).join('\n');
    const hyps = a.hypotheses.map((h) => `<li><strong>${esc(h.code)}</strong> ${esc(h.label)}${h.leads ? ' <em>(leads)</em>' : ''}</li>`).join('');
    return `<section class="analysis"><h3>${esc(a.question)}</h3><ul>${hyps}</ul>
<table class="ach"><thead>${head}</thead><tbody>
${body}
${scores}
</tbody></table><p>${esc(a.summary)}</p><p class="style-note">${esc(a.legend)}</p></section>`;
  });
  return `<section id="analyses"><h2>Analyses of competing hypotheses</h2>\n${sections.join('\n')}</section>`;
}
