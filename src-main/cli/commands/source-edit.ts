import type { MethodInput } from '../../contract/methods';
import { call } from '../call';
import { command, needs, reply, UsageError } from '../command';

type SourcePatch = MethodInput<'sources.update'>['patch'];

/** An empty --publisher, --published or --language clears the field. */
const orNull = (value: string | undefined) => (value === undefined ? undefined : value.trim() || null);

export const sourceEditCommand = command('source edit SOURCE_ID [--title T] [--author A]... [--publisher P] [--published D] [--origin URL] [--language L] [--notes N] [--json]', needs(1, 'one source id'), 'Change a source’s details (the archived original and its text never change). --author replaces all authors.', async (args, ctx) => {
  const o = ctx.options;
  const patch: SourcePatch = {
    title: o.title,
    authors: o.author,
    publisher: orNull(o.publisher),
    publishedAt: orNull(o.published),
    origin: o.origin,
    language: orNull(o.language),
    notes: o.notes,
  };
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as SourcePatch;
  if (!Object.keys(given).length) throw new UsageError('source edit needs something to change (--title, --author, --publisher, --published, --origin, --language or --notes).');
  const { source } = await call(ctx, 'sources.update', { id: args[0], patch: given });
  return reply(ctx, { source }, () => `updated ${source.id}  ${source.title}\n`);
});
