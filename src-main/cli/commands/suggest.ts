import type { ClaimStatus } from '../../contract/domain';
import type { Suggestion } from '../../contract/methods-suggestions';
import { call } from '../call';
import { command, eachLine, intOption, needs, reply } from '../command';

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

export const suggestCommand = command('suggest SOURCE_ID [--limit N] [--json]', needs(1, 'one source id'), 'Passages of a source worth checking, best first, with why (dates, quantities, quotes…).', async (args, ctx) => {
  const { suggestions, total } = await call(ctx, 'suggestions.list', { sourceId: args[0], limit: intOption('limit', ctx.options.limit) });
  return reply(ctx, { suggestions: suggestions.map(printed) }, () =>
    eachLine(suggestions, line, 'No passages to suggest in this source.\n') + (total > suggestions.length ? `(${total - suggestions.length} more; use --limit)\n` : ''),
  );
});

export const suggestAcceptCommand = command('suggest accept SUGGESTION_ID [--statement S] [--status S] [--event-date D] [--tag T]... [--comment C] [--json]', needs(1, 'one suggestion id'), 'Make a suggested passage a claim (its event date filled in).', async (args, ctx) => {
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
});

export const suggestDismissCommand = command('suggest dismiss SUGGESTION_ID [--json]', needs(1, 'one suggestion id'), 'Hide a suggested passage for good (undo with suggest restore).', async (args, ctx) => {
  await call(ctx, 'suggestions.dismiss', { id: args[0] });
  return reply(ctx, { dismissed: true }, () => `dismissed ${args[0]}; undo with: casebook suggest restore ${args[0]}\n`);
});

export const suggestRestoreCommand = command('suggest restore SUGGESTION_ID [--json]', needs(1, 'one suggestion id'), 'Bring back a dismissed suggestion.', async (args, ctx) => {
  const { suggestion } = await call(ctx, 'suggestions.restore', { id: args[0] });
  return reply(ctx, { suggestion: printed(suggestion) }, () => line(suggestion));
});
