import type { ClaimStatus } from '../../contract/domain';
import type { TimelineEvent } from '../../contract/methods-timeline';
import { call } from '../call';
import { command, eachLine, reply, takesNone, UsageError } from '../command';

/** The fields `timeline --json` promises, in this order. */
const jsonEvent = (e: TimelineEvent) => ({
  date: e.date,
  approximate: e.approximate,
  label: e.label,
  sourceId: e.sourceId,
  claimId: e.claimId,
  suggestionId: e.suggestionId,
  exact: e.exact,
  start: e.start,
  end: e.end,
});

const line = (e: TimelineEvent) =>
  `${e.date.padEnd(10)}  ${e.claimId ? `[${e.status}]` : `[suggested${e.approximate ? ', approximate' : ''}]`}  ${e.label}  (${e.sourceTitle})\n`;

export const timelineCommand = command('timeline [--source ID] [--tag T] [--status S] [--entity ID] [--suggestions] [--json]', takesNone(), 'List the claims that have an event date (with --suggestions, the dated suggested claims too) in time order; a partial date such as 2024-01 stands for the whole month.', async (_args, ctx) => {
  const o = ctx.options;
  if (o.tag && o.tag.length > 1) throw new UsageError('timeline takes one --tag.');
  // Suggestions are found when a source is first read: read the sources not read yet.
  if (o.suggestions) while ((await call(ctx, 'suggestions.readAll', {})).remaining > 0);
  const { events } = await call(ctx, 'timeline.events', {
    sourceId: o.source,
    tag: o.tag?.[0],
    status: o.status as ClaimStatus | undefined,
    entityId: o.entity,
    suggestions: o.suggestions,
  });
  return reply(ctx, { events: events.map(jsonEvent) }, () => eachLine(events, line, 'no dated claims\n'));
});
