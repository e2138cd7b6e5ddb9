import { call, printJson } from '../call';
import { intOption, UsageError, type Command } from '../command';

export const searchCommand: Command = {
  name: ['search'],
  usage: 'search QUERY [--limit N] [--json]',
  summary: 'Search sources, claims and briefs ("quoted phrase", prefix*).',
  async run(args, ctx) {
    if (!args.length) throw new UsageError('search needs something to look for.');
    const { hits, total } = await call(ctx, 'search.query', { query: args.join(' '), limit: intOption('limit', ctx.options.limit) });
    if (ctx.options.json) return printJson(ctx, { hits, total }), 0;
    ctx.io.out(`${resultCount(hits.length, total)}\n`);
    for (const h of hits) {
      const where = h.start === null ? '' : ` at ${h.start}–${h.end}`;
      ctx.io.out(`${h.kind.padEnd(6)} ${h.id}  ${h.title}  (${plural(h.matches, 'match', 'matches')}${where})\n        ${h.snippet.replace(/\s+/g, ' ')}\n`);
    }
    return 0;
  },
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function resultCount(shown: number, total: number): string {
  if (total === 0) return 'No matches.';
  if (shown >= total) return `${plural(total, 'result', 'results')}.`;
  return `${plural(total, 'result', 'results')}; the best ${shown} shown (--limit N for more).`;
}

export const verifyCommand: Command = {
  name: ['verify'],
  usage: 'verify [--json]',
  summary: 'Re-hash every archived original and check the notebook’s integrity.',
  async run(args, ctx) {
    if (args.length) throw new UsageError('verify takes no arguments.');
    const report = await call(ctx, 'notebook.verify', {});
    if (ctx.options.json) printJson(ctx, report);
    else {
      ctx.io.out(report.ok ? `All good: ${report.checked} checks passed.\n` : `${report.problems.length} problem(s) found:\n`);
      for (const p of report.problems) ctx.io.out(`  - ${p}\n`);
    }
    return report.ok ? 0 : 1;
  },
};

export const infoCommand: Command = {
  name: ['info'],
  usage: 'info [--json]',
  summary: 'Show which notebook is in use and what it holds.',
  async run(args, ctx) {
    if (args.length) throw new UsageError('info takes no arguments.');
    const info = await call(ctx, 'notebook.info', {});
    if (ctx.options.json) printJson(ctx, info);
    else ctx.io.out(`${info.path}\n  ${info.counts.sources} sources, ${info.counts.claims} claims, ${info.counts.evidence} evidence links, ${info.counts.briefs} briefs\n`);
    return 0;
  },
};
