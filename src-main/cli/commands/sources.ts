import { basename } from 'node:path';
import type { Reliability } from '../../contract/domain';
import type { CasebookError } from '../../contract/errors';
import { checkImportSize } from '../../importers/index';
import { ApiFailure, call } from '../call';
import { command, eachLine, needs, needsAtLeast, printJson, readFileArgument, reply, takesNone } from '../command';

export const importCommand = command('import FILE... [--origin URL] [--password P] [--json]', needsAtLeast(1, 'at least one file'), 'Archive files as sources (text, Markdown, HTML, PDF, DOCX).', async (files, ctx) => {
  const sources = [];
  let failed = 0;
  for (const file of files) {
    // One file that cannot be read or archived does not stop the others; one too large is not read at all.
    const bytes = await readFileArgument(file, checkImportSize).catch((err: CasebookError) => void ctx.io.err(`casebook: ${err.message}\n`));
    if (!bytes) {
      failed++;
      continue;
    }
    try {
      const { source, duplicate, warnings } = await call(ctx, 'sources.import', {
        fileName: basename(file),
        data: bytes.toString('base64'),
        origin: ctx.options.origin,
        password: ctx.options.password,
      });
      sources.push({ id: source.id, title: source.title, sha256: source.sha256, duplicate, warnings });
      if (!ctx.options.json) {
        ctx.io.out(`${duplicate ? 'already archived' : 'imported'}  ${source.id}  ${source.title}\n`);
        for (const w of warnings) ctx.io.out(`  note: ${w}\n`);
      }
    } catch (err) {
      if (!(err instanceof ApiFailure)) throw err;
      ctx.io.err(`casebook: ${err.message.replace(/\s*\n\s*/g, ' ')}\n`);
      failed++;
    }
  }
  if (ctx.options.json) printJson(ctx, { sources });
  return failed ? 1 : 0;
});

export const sourcesCommand = command('sources [--sort title|capturedAt|publishedAt|reliability|claimCount] [--json]', takesNone(''), 'List the archived sources.', async (_args, ctx) => {
  const sort = ctx.options.sort as 'title' | undefined;
  const { sources } = await call(ctx, 'sources.list', { sort });
  return reply(ctx, { sources }, () =>
    eachLine(sources, (s) => `${s.id}  ${s.reliability}  ${String(s.claimCount).padStart(3)} claims  ${s.title}\n`, 'No sources yet. Archive one with: casebook import FILE\n'),
  );
});

export const textCommand = command('text SOURCE_ID [--json]', needs(1, 'one source id'), 'Print a source’s normalised text, exactly the string claim offsets index into.', async (args, ctx) => {
  const { text } = await call(ctx, 'sources.text', { id: args[0] });
  return reply(ctx, { text }, () => text);
});

export const sourceShowCommand = command('source show SOURCE_ID [--json]', needs(1, 'one source id'), 'Show a source’s metadata.', async (args, ctx) => {
  const { source } = await call(ctx, 'sources.get', { id: args[0] });
  return reply(ctx, { source }, () => eachLine(Object.entries(source), ([k, v]) => `${k.padEnd(12)} ${Array.isArray(v) ? v.join('; ') : v ?? ''}\n`));
});

export const sourceGradeCommand = command('source grade SOURCE_ID A|B|C|D|E|F [--json]', needs(2, 'a source id and a grade A–F'), 'Set a source’s reliability grade (Admiralty A–F).', async (args, ctx) => {
  const { source } = await call(ctx, 'sources.update', { id: args[0], patch: { reliability: args[1].toUpperCase() as Reliability } });
  return reply(ctx, { source }, () => `${source.id} is now graded ${source.reliability}\n`);
});

export const sourceDeleteCommand = command('source delete SOURCE_ID [--force] [--json]', needs(1, 'one source id'), 'Delete a source (with --force, also the claims and links that point at it).', async (args, ctx) => {
  const result = await call(ctx, 'sources.delete', { id: args[0], force: ctx.options.force });
  return reply(ctx, result, () => `deleted ${args[0]} (${result.claimsDeleted} claims, ${result.linksDeleted} links); undo with: casebook trash restore ${result.trashId}\n`);
});
