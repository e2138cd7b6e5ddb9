import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Reliability } from '../../contract/domain';
import { ApiFailure, call, printJson } from '../call';
import { UsageError, type Command } from '../command';

export const importCommand: Command = {
  name: ['import'],
  usage: 'import FILE... [--origin URL] [--password P] [--json]',
  summary: 'Archive files as sources (text, Markdown, HTML, PDF, DOCX).',
  async run(files, ctx) {
    if (files.length === 0) throw new UsageError('import needs at least one file.');
    const sources = [];
    let failed = 0;
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = await readFile(resolve(file));
      } catch (err) {
        const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : 'it could not be read';
        ctx.io.err(`casebook: cannot import “${file}”: ${reason}.\n`);
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
  async run(args, ctx) {
    if (args.length) throw new UsageError(`sources takes no arguments (got “${args[0]}”).`);
    const sort = ctx.options.sort as 'title' | undefined;
    const { sources } = await call(ctx, 'sources.list', { sort });
    if (ctx.options.json) return printJson(ctx, { sources }), 0;
    if (!sources.length) ctx.io.out('No sources yet. Archive one with: casebook import FILE\n');
    for (const s of sources) ctx.io.out(`${s.id}  ${s.reliability}  ${String(s.claimCount).padStart(3)} claims  ${s.title}\n`);
    return 0;
  },
};

export const textCommand: Command = {
  name: ['text'],
  usage: 'text SOURCE_ID [--json]',
  summary: 'Print a source’s normalised text, exactly the string claim offsets index into.',
  async run(args, ctx) {
    if (args.length !== 1) throw new UsageError('text needs one source id.');
    const { text } = await call(ctx, 'sources.text', { id: args[0] });
    if (ctx.options.json) printJson(ctx, { text });
    else ctx.io.out(text);
    return 0;
  },
};

export const sourceShowCommand: Command = {
  name: ['source', 'show'],
  usage: 'source show SOURCE_ID [--json]',
  summary: 'Show a source’s metadata.',
  async run(args, ctx) {
    if (args.length !== 1) throw new UsageError('source show needs one source id.');
    const { source } = await call(ctx, 'sources.get', { id: args[0] });
    if (ctx.options.json) return printJson(ctx, { source }), 0;
    for (const [k, v] of Object.entries(source)) ctx.io.out(`${k.padEnd(12)} ${Array.isArray(v) ? v.join('; ') : v ?? ''}\n`);
    return 0;
  },
};

export const sourceGradeCommand: Command = {
  name: ['source', 'grade'],
  usage: 'source grade SOURCE_ID A|B|C|D|E|F [--json]',
  summary: 'Set a source’s reliability grade (Admiralty A–F).',
  async run(args, ctx) {
    if (args.length !== 2) throw new UsageError('source grade needs a source id and a grade A–F.');
    const { source } = await call(ctx, 'sources.update', { id: args[0], patch: { reliability: args[1].toUpperCase() as Reliability } });
    if (ctx.options.json) printJson(ctx, { source });
    else ctx.io.out(`${source.id} is now graded ${source.reliability}\n`);
    return 0;
  },
};

export const sourceDeleteCommand: Command = {
  name: ['source', 'delete'],
  usage: 'source delete SOURCE_ID [--force] [--json]',
  summary: 'Delete a source (with --force, also the claims and links that point at it).',
  async run(args, ctx) {
    if (args.length !== 1) throw new UsageError('source delete needs one source id.');
    const result = await call(ctx, 'sources.delete', { id: args[0], force: ctx.options.force });
    if (ctx.options.json) printJson(ctx, result);
    else ctx.io.out(`deleted ${args[0]} (${result.claimsDeleted} claims, ${result.linksDeleted} links); undo with: casebook trash restore ${result.trashId}\n`);
    return 0;
  },
};
