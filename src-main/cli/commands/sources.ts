import { basename } from 'node:path';
import type { Reliability } from '../../contract/domain';
import type { CasebookError } from '../../contract/errors';
import { checkImportSize } from '../../importers/index';
import { ApiFailure, call } from '../call';
import { eachLine, needs, needsAtLeast, printJson, readFileArgument, reply, takesNone, type Command } from '../command';

export const importCommand: Command = {
  name: ['import'],
  usage: 'import FILE... [--origin URL] [--password P] [--json]',
  summary: 'Archive files as sources (text, Markdown, HTML, PDF, DOCX).',
  args: needsAtLeast(1, 'at least one file'),
  async run(files, ctx) {
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
  },
};

export const sourcesCommand: Command = {
  name: ['sources'],
  usage: 'sources [--sort title|capturedAt|publishedAt|reliability|claimCount] [--json]',
  summary: 'List the archived sources.',
  args: takesNone(''),
  async run(_args, ctx) {
    const sort = ctx.options.sort as 'title' | undefined;
    const { sources } = await call(ctx, 'sources.list', { sort });
    return reply(ctx, { sources }, () =>
      eachLine(sources, (s) => `${s.id}  ${s.reliability}  ${String(s.claimCount).padStart(3)} claims  ${s.title}\n`, 'No sources yet. Archive one with: casebook import FILE\n'),
    );
  },
};

export const textCommand: Command = {
  name: ['text'],
  usage: 'text SOURCE_ID [--json]',
  summary: 'Print a source’s normalised text, exactly the string claim offsets index into.',
  args: needs(1, 'one source id'),
  async run(args, ctx) {
    const { text } = await call(ctx, 'sources.text', { id: args[0] });
    return reply(ctx, { text }, () => text);
  },
};

export const sourceShowCommand: Command = {
  name: ['source', 'show'],
  usage: 'source show SOURCE_ID [--json]',
  summary: 'Show a source’s metadata.',
  args: needs(1, 'one source id'),
  async run(args, ctx) {
    const { source } = await call(ctx, 'sources.get', { id: args[0] });
    return reply(ctx, { source }, () => eachLine(Object.entries(source), ([k, v]) => `${k.padEnd(12)} ${Array.isArray(v) ? v.join('; ') : v ?? ''}\n`));
  },
};

export const sourceGradeCommand: Command = {
  name: ['source', 'grade'],
  usage: 'source grade SOURCE_ID A|B|C|D|E|F [--json]',
  summary: 'Set a source’s reliability grade (Admiralty A–F).',
  args: needs(2, 'a source id and a grade A–F'),
  async run(args, ctx) {
    const { source } = await call(ctx, 'sources.update', { id: args[0], patch: { reliability: args[1].toUpperCase() as Reliability } });
    return reply(ctx, { source }, () => `${source.id} is now graded ${source.reliability}\n`);
  },
};

export const sourceDeleteCommand: Command = {
  name: ['source', 'delete'],
  usage: 'source delete SOURCE_ID [--force] [--json]',
  summary: 'Delete a source (with --force, also the claims and links that point at it).',
  args: needs(1, 'one source id'),
  async run(args, ctx) {
    const result = await call(ctx, 'sources.delete', { id: args[0], force: ctx.options.force });
    return reply(ctx, result, () => `deleted ${args[0]} (${result.claimsDeleted} claims, ${result.linksDeleted} links); undo with: casebook trash restore ${result.trashId}\n`);
  },
};
