import type { Claim, ClaimStatus, EvidenceRelation, Likelihood } from '../../contract/domain';
import type { MethodInput } from '../../contract/methods';
import { call } from '../call';
import { command, eachLine, intOption, needs, reply, takesNone, UsageError, type CliOptions, type CommandContext } from '../command';

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
/** An evidence passage after its source's title; nothing for a whole source. */
const quoted = (exact: string | null | undefined) => (exact ? ` — “${exact}”` : '');

export const claimAddCommand = command('claim add SOURCE_ID (--quote TEXT [--prefix P] [--suffix S] [--occurrence N] | --start N --end N) [--statement S] [--status S] [--credibility 1-6] [--likelihood L] [--event-date YYYY-MM-DD] [--tag T]... [--comment C] [--json]', needs(1, 'one source id'), 'Record a claim anchored to a passage of a source.', async (args, ctx) => {
  const input: MethodInput<'claims.create'> = { sourceId: args[0], ...passageOptions(ctx.options), ...claimFieldOptions(ctx.options) };
  const { claim } = await call(ctx, 'claims.create', input);
  return reply(ctx, { claim }, () => line(claim));
});

export const claimUpdateCommand = command('claim update CLAIM_ID [--statement S] [--status S] [--credibility 1-6] [--likelihood L] [--event-date D] [--tag T]... [--comment C] [--json]', needs(1, 'one claim id'), 'Change a claim’s statement, grades, tags or comment.', async (args, ctx) => {
  const patch = Object.fromEntries(Object.entries(claimFieldOptions(ctx.options)).filter(([, v]) => v !== undefined));
  if (!Object.keys(patch).length) throw new UsageError('claim update needs something to change (--status, --credibility, …).');
  const { claim } = await call(ctx, 'claims.update', { id: args[0], patch });
  return reply(ctx, { claim }, () => line(claim));
});

export const claimShowCommand = command('claim show CLAIM_ID [--json]', needs(1, 'one claim id'), 'Show a claim with its evidence.', async (args, ctx) => {
  const value = await call(ctx, 'claims.get', { id: args[0] });
  return reply(ctx, value, () => `${line(value.claim)}  “${value.claim.exact}”\n${eachLine(value.evidence, (e) => `  ${e.relation}: ${e.sourceTitle}${quoted(e.exact)}\n`)}`);
});

export const claimDeleteCommand = command('claim delete CLAIM_ID [--force] [--json]', needs(1, 'one claim id'), 'Delete a claim and its evidence links (a claim a brief cites only with --force).', async (args, ctx) => {
  const value = await call(ctx, 'claims.delete', { id: args[0], force: ctx.options.force });
  return reply(ctx, value, () => `deleted ${args[0]}; undo with: casebook trash restore ${value.trashId}\n`);
});

export const claimsCommand = command('claims [--source ID] [--status S] [--tag T] [--entity ID] [--json]', takesNone('; use --source ID'), 'List claims (with --entity, those whose passage mentions that entity).', async (_args, ctx) => {
  const listed = await call(ctx, 'claims.list', {
    sourceId: ctx.options.source,
    status: ctx.options.status as ClaimStatus | undefined,
    tag: ctx.options.tag?.[0],
  });
  const claims = ctx.options.entity ? await mentioning(ctx, ctx.options.entity, listed.claims) : listed.claims;
  return reply(ctx, { claims }, () => eachLine(claims, line, 'No claims yet. Record one with: casebook claim add SOURCE_ID --quote "…"\n'));
});

/** The claims among `claims` whose passage mentions the entity; an unknown entity is an error in words. */
async function mentioning(ctx: CommandContext, entityId: string, claims: Claim[]): Promise<Claim[]> {
  await call(ctx, 'entities.get', { id: entityId });
  const { ids } = await call(ctx, 'claims.query', { entityId, withIds: true, limit: 1 });
  const keep = new Set(ids);
  return claims.filter((c) => keep.has(c.id));
}

export const linkCommand = command('link CLAIM_ID SOURCE_ID [--quote TEXT | --start N --end N] --relation supports|contradicts|context [--note N] [--json]', needs(2, 'a claim id and a source id'), 'Link a claim to evidence: a passage of a source, or the whole source.', async (args, ctx) => {
  if (!ctx.options.relation) throw new UsageError('link needs --relation supports, contradicts or context.');
  const { link } = await call(ctx, 'evidence.link', {
    claimId: args[0],
    sourceId: args[1],
    ...passageOptions(ctx.options),
    relation: ctx.options.relation as EvidenceRelation,
    note: ctx.options.note,
  });
  return reply(ctx, { link }, () => `${link.id}  ${link.relation}  ${link.sourceTitle}${quoted(link.exact)}\n`);
});
