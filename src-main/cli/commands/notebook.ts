import type { SearchHit } from '../../contract/domain';
import { call } from '../call';
import { command, eachLine, intOption, needsAtLeast, reply, takesNone } from '../command';

export const searchCommand = command('search QUERY [--limit N] [--json]', needsAtLeast(1, 'something to look for'), 'Search sources, claims and briefs ("quoted phrase", prefix*).', async (args, ctx) => {
  const { hits, total } = await call(ctx, 'search.query', { query: args.join(' '), limit: intOption('limit', ctx.options.limit) });
  return reply(ctx, { hits, total }, () => `${resultCount(hits.length, total)}\n${eachLine(hits, hitLines)}`);
});

function hitLines(h: SearchHit): string {
  const where = h.start === null ? '' : ` at ${h.start}–${h.end}`;
  return `${h.kind.padEnd(6)} ${h.id}  ${h.title}  (${plural(h.matches, 'match', 'matches')}${where})\n        ${h.snippet.replace(/\s+/g, ' ')}\n`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function resultCount(shown: number, total: number): string {
  if (total === 0) return 'No matches.';
  if (shown >= total) return `${plural(total, 'result', 'results')}.`;
  return `${plural(total, 'result', 'results')}; the best ${shown} shown (--limit N for more).`;
}

export const verifyCommand = command('verify [--json]', takesNone(), 'Re-hash every archived original and check the notebook’s integrity.', async (_args, ctx) => {
  const report = await call(ctx, 'notebook.verify', {});
  const verdict = report.ok ? `All good: ${report.checked} checks passed.\n` : `${report.problems.length} problem(s) found:\n`;
  reply(ctx, report, () => verdict + eachLine(report.problems, (p) => `  - ${p}\n`));
  return report.ok ? 0 : 1;
});

export const infoCommand = command('info [--json]', takesNone(), 'Show which notebook is in use and what it holds.', async (_args, ctx) => {
  const info = await call(ctx, 'notebook.info', {});
  const { sources, claims, evidence, briefs } = info.counts;
  return reply(ctx, info, () => `${info.path}\n  ${sources} sources, ${claims} claims, ${evidence} evidence links, ${briefs} briefs\n`);
});
