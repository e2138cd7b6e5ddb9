import type { ClaimStatus } from '../../contract/domain';
import type { Suggestion } from '../../contract/methods-suggestions';
import { call } from '../call';
import { eachLine, intOption, needs, reply, type Command } from '../command';

/** The fields the command line prints: the passage, why, and its date (not the decision state). */
const printed = ({ id, sourceId, exact, start, end, prefix, suffix, kinds, score, eventDate, approximate }: Suggestion) => ({
  id,
  sourceId,
  exact,
  start,
  end,
  prefix,
  suffix,
  kinds,
  score,
  eventDate,
  approximate,
});

const line = (s: Suggestion) =>
  `${s.id}  ${s.score.toFixed(2)}  [${s.kinds.join(', ')}]${s.eventDate ? `  ${s.approximate ? '~' : ''}${s.eventDate}` : ''}\n    “${s.exact.replace(/\s+/g, ' ')}”\n`;

export const suggestCommand: Command = {
  name: ['suggest'],
  usage: 'suggest SOURCE_ID [--limit N] [--json]',
  summary: 'Passages of a source worth checking, best first, with why (dates, quantities, quotes…).',
  args: needs(1, 'one source id'),
  async run(args, ctx) {
    const { suggestions, total } = await call(ctx, 'suggestions.list', { sourceId: args[0], limit: intOption('limit', ctx.options.limit) });
    return reply(ctx, { suggestions: suggestions.map(printed) }, () =>
      eachLine(suggestions, line, 'No passages to suggest in this source.\n') + (total > suggestions.length ? `(${total - suggestions.length} more; use --limit)\n` : ''),
    );
  },
};

export const suggestAcceptCommand: Command = {
  name: ['suggest', 'accept'],
  usage: 'suggest accept SUGGESTION_ID [--statement S] [--status S] [--event-date D] [--tag T]... [--comment C] [--json]',
  summary: 'Make a suggested passage a claim (its event date filled in).',
  args: needs(1, 'one suggestion id'),
  async run(args, ctx) {
    const o = ctx.options;
    const { claim } = await call(ctx, 'suggestions.accept', {
      id: args[0],
      statement: o.statement,
      status: o.status as ClaimStatus | undefined,
      eventDate: o['event-date'],
      tags: o.tag,
      comment: o.comment,
    });
    return reply(ctx, { claim }, () => `${claim.id}  [${claim.status}]  ${claim.statement}\n`);
  },
};

export const suggestDismissCommand: Command = {
  name: ['suggest', 'dismiss'],
  usage: 'suggest dismiss SUGGESTION_ID [--json]',
  summary: 'Hide a suggested passage for good (undo with suggest restore).',
  args: needs(1, 'one suggestion id'),
  async run(args, ctx) {
    await call(ctx, 'suggestions.dismiss', { id: args[0] });
    return reply(ctx, { dismissed: true }, () => `dismissed ${args[0]}; undo with: casebook suggest restore ${args[0]}\n`);
  },
};

export const suggestRestoreCommand: Command = {
  name: ['suggest', 'restore'],
  usage: 'suggest restore SUGGESTION_ID [--json]',
  summary: 'Bring back a dismissed suggestion.',
  args: needs(1, 'one suggestion id'),
  async run(args, ctx) {
    const { suggestion } = await call(ctx, 'suggestions.restore', { id: args[0] });
    return reply(ctx, { suggestion: printed(suggestion) }, () => line(suggestion));
  },
};
