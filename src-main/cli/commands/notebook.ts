import { call, printJson } from '../call';
import { intOption, UsageError, type Command } from '../command';

export const searchCommand: Command = {
  name: ['search'],
  usage: 'search QUERY [--limit N] [--json]',
  summary: 'Search sources, claims and briefs ("quoted phrase", prefix*).',
  async run(args, ctx) {
    if (!args.length) throw new UsageError('search needs something to look for.');
    const { hits } = await call(ctx, 'search.query', { query: args.join(' '), limit: intOption('limit', ctx.options.limit) });
    if (ctx.options.json) return printJson(ctx, { hits }), 0;
    if (!hits.length) ctx.io.out('No matches.\n');
    for (const h of hits) ctx.io.out(`${h.kind.padEnd(6)} ${h.id}  ${h.title}\n        ${h.snippet.replace(/\s+/g, ' ')}\n`);
    return 0;
  },
};

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
