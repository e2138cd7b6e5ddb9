import type { Claim, ClaimStatus, EvidenceRelation, Likelihood } from '../../contract/domain';
import type { MethodInput } from '../../contract/methods';
import { call, printJson } from '../call';
import { intOption, UsageError, type Command, type CliOptions } from '../command';

function passageOptions(o: CliOptions) {
  return {
    quote: o.quote,
    prefix: o.prefix,
    suffix: o.suffix,
    occurrence: intOption('occurrence', o.occurrence),
    start: intOption('start', o.start),
    end: intOption('end', o.end),
  };
}

function claimFieldOptions(o: CliOptions) {
  return {
    statement: o.statement,
    status: o.status as ClaimStatus | undefined,
    credibility: intOption('credibility', o.credibility),
    likelihood: o.likelihood as Likelihood | undefined,
    eventDate: o['event-date'],
    tags: o.tag,
    comment: o.comment,
  };
}

const line = (c: Claim) => `${c.id}  [${c.status}${c.credibility ? ` ${c.credibility}` : ''}]  ${c.statement}\n`;

export const claimAddCommand: Command = {
  name: ['claim', 'add'],
  usage: 'claim add SOURCE_ID (--quote TEXT [--prefix P] [--suffix S] [--occurrence N] | --start N --end N) [--statement S] [--status S] [--credibility 1-6] [--likelihood L] [--event-date YYYY-MM-DD] [--tag T]... [--comment C] [--json]',
  summary: 'Record a claim anchored to a passage of a source.',
  async run(args, ctx) {
    if (args.length !== 1) throw new UsageError('claim add needs one source id.');
    const input: MethodInput<'claims.create'> = { sourceId: args[0], ...passageOptions(ctx.options), ...claimFieldOptions(ctx.options) };
    const { claim } = await call(ctx, 'claims.create', input);
    if (ctx.options.json) printJson(ctx, { claim });
    else ctx.io.out(line(claim));
    return 0;
  },
};

export const claimUpdateCommand: Command = {
  name: ['claim', 'update'],
  usage: 'claim update CLAIM_ID [--statement S] [--status S] [--credibility 1-6] [--likelihood L] [--event-date D] [--tag T]... [--comment C] [--json]',
  summary: 'Change a claim’s statement, grades, tags or comment.',
  async run(args, ctx) {
    if (args.length !== 1) throw new UsageError('claim update needs one claim id.');
    const patch = Object.fromEntries(Object.entries(claimFieldOptions(ctx.options)).filter(([, v]) => v !== undefined));
    if (!Object.keys(patch).length) throw new UsageError('claim update needs something to change (--status, --credibility, …).');
    const { claim } = await call(ctx, 'claims.update', { id: args[0], patch });
    if (ctx.options.json) printJson(ctx, { claim });
    else ctx.io.out(line(claim));
    return 0;
  },
};

export const claimShowCommand: Command = {
  name: ['claim', 'show'],
  usage: 'claim show CLAIM_ID [--json]',
  summary: 'Show a claim with its evidence.',
  async run(args, ctx) {
    if (args.length !== 1) throw new UsageError('claim show needs one claim id.');
    const value = await call(ctx, 'claims.get', { id: args[0] });
    if (ctx.options.json) return printJson(ctx, value), 0;
    ctx.io.out(line(value.claim));
    ctx.io.out(`  “${value.claim.exact}”\n`);
    for (const e of value.evidence) ctx.io.out(`  ${e.relation}: ${e.sourceTitle}${e.exact ? ` — “${e.exact}”` : ''}\n`);
    return 0;
  },
};

export const claimDeleteCommand: Command = {
  name: ['claim', 'delete'],
  usage: 'claim delete CLAIM_ID [--force] [--json]',
  summary: 'Delete a claim and its evidence links (a claim a brief cites only with --force).',
  async run(args, ctx) {
    if (args.length !== 1) throw new UsageError('claim delete needs one claim id.');
    const value = await call(ctx, 'claims.delete', { id: args[0], force: ctx.options.force });
    if (ctx.options.json) printJson(ctx, value);
    else ctx.io.out(`deleted ${args[0]}; undo with: casebook trash restore ${value.trashId}\n`);
    return 0;
  },
};

export const claimsCommand: Command = {
  name: ['claims'],
  usage: 'claims [--source ID] [--status S] [--tag T] [--json]',
  summary: 'List claims.',
  async run(args, ctx) {
    if (args.length) throw new UsageError(`claims takes no arguments (got “${args[0]}”); use --source ID.`);
    const { claims } = await call(ctx, 'claims.list', {
      sourceId: ctx.options.source,
      status: ctx.options.status as ClaimStatus | undefined,
      tag: ctx.options.tag?.[0],
    });
    if (ctx.options.json) return printJson(ctx, { claims }), 0;
    if (!claims.length) ctx.io.out('No claims yet. Record one with: casebook claim add SOURCE_ID --quote "…"\n');
    for (const c of claims) ctx.io.out(line(c));
    return 0;
  },
};

export const linkCommand: Command = {
  name: ['link'],
  usage: 'link CLAIM_ID SOURCE_ID [--quote TEXT | --start N --end N] --relation supports|contradicts|context [--note N] [--json]',
  summary: 'Link a claim to evidence: a passage of a source, or the whole source.',
  async run(args, ctx) {
    if (args.length !== 2) throw new UsageError('link needs a claim id and a source id.');
    if (!ctx.options.relation) throw new UsageError('link needs --relation supports, contradicts or context.');
    const { link } = await call(ctx, 'evidence.link', {
      claimId: args[0],
      sourceId: args[1],
      ...passageOptions(ctx.options),
      relation: ctx.options.relation as EvidenceRelation,
      note: ctx.options.note,
    });
    if (ctx.options.json) printJson(ctx, { link });
    else ctx.io.out(`${link.id}  ${link.relation}  ${link.sourceTitle}${link.exact ? ` — “${link.exact}”` : ''}\n`);
    return 0;
  },
};
