import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CasebookError } from '../../contract/errors';
import { BRIEF_FORMATS, DATA_FORMATS, EXPORT_FORMAT_IDS, formatOfExtension, isBriefFormat, type ExportFormatId } from '../../contract/export-formats';
import { CITATION_STYLES, type CitationStyle } from '../../exporters/types';
import { call } from '../call';
import { command, eachLine, needs, readFileArgument, reply, takesNone, UsageError } from '../command';

function chooseFormat(format: string | undefined, out: string): ExportFormatId {
  if (format !== undefined) {
    if (!(EXPORT_FORMAT_IDS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMAT_IDS.join(', ')} (not “${format}”).`);
    return format as ExportFormatId;
  }
  // A double extension first: "matrix.ach.csv" is the analyses CSV, "claims.csv" the claims.
  const guessed = formatOfExtension(extname(basename(out, extname(out))) + extname(out)) ?? formatOfExtension(extname(out));
  if (!guessed) throw new UsageError(`say which format with --format (${EXPORT_FORMAT_IDS.join(', ')}); it cannot be told from “${basename(out)}”.`);
  return guessed;
}

/** Writes beside the target first, then renames: a failed export never leaves half a file. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

function refuseExisting(path: string, force: boolean | undefined): void {
  if (existsSync(path) && !force) throw new CasebookError('CONFLICT', `“${path}” already exists; add --force to replace it.`);
}

export const exportCommand = command(`export --out FILE [--format ${EXPORT_FORMAT_IDS.join('|')}] [--style apa|chicago] [--claims ID,…|--source ID] [--no-evidence] [--analyses] [--chronology] [--brief ID] [--title T] [--author A] [--force] [--json]`, takesNone('; give the file with --out'), `Export an annotated brief (${BRIEF_FORMATS.join(', ')}), claims and sources as data (${DATA_FORMATS.join(', ')}) or the whole notebook (bundle). --chronology adds the dated claims in time order to a brief. The format defaults from the file’s extension; an existing file is replaced only with --force.`, async (_args, ctx) => {
  const o = ctx.options;
  if (!o.out) throw new UsageError('export needs --out FILE.');
  const format = chooseFormat(o.format, o.out);
  if (o.style !== undefined && !(CITATION_STYLES as readonly string[]).includes(o.style)) throw new UsageError(`--style must be apa or chicago (not “${o.style}”).`);
  if (o.claims !== undefined && o.source !== undefined) throw new UsageError('give either --claims or --source, not both.');
  const claimIds = o.claims?.split(',').map((s) => s.trim()).filter(Boolean);
  if (o.claims !== undefined && !claimIds?.length) throw new UsageError('--claims needs one or more claim ids, separated by commas.');
  if (format === 'bundle' && (o.claims || o.source || o.style || o['no-evidence'])) {
    throw new UsageError('a bundle always holds the whole notebook; --claims, --source, --style and --no-evidence do not apply.');
  }
  if (o.brief !== undefined && !isBriefFormat(format)) {
    throw new UsageError(`--brief chooses which brief a document export lays out (${BRIEF_FORMATS.join(', ')}); it does not apply to ${format}.`);
  }
  if (o.chronology && !isBriefFormat(format)) {
    throw new UsageError(`--chronology adds the dated claims in time order to a brief (${BRIEF_FORMATS.join(', ')}); it does not apply to ${format}.`);
  }
  const path = resolve(o.out);
  refuseExisting(path, o.force);

  const value =
    format === 'bundle'
      ? await call(ctx, 'exports.bundle', {})
      : await call(ctx, 'exports.render', {
          format,
          scope: claimIds ? { claimIds } : o.source ? { sourceId: o.source } : undefined,
          style: o.style as CitationStyle | undefined,
          includeEvidence: o['no-evidence'] ? false : undefined,
          includeAnalyses: o.analyses ? true : undefined,
          title: o.title,
          briefId: o.brief,
          chronology: o.chronology || undefined,
          author: o.author?.join(', '),
        });
  const bytes = Buffer.from(value.data, 'base64');
  writeAtomically(path, bytes);
  return reply(ctx, { written: path, bytes: bytes.length }, () => `wrote ${path} (${bytes.length.toLocaleString('en-US')} bytes)\n`);
});

export const importAnnotationsCommand = command('import-annotations FILE [--json]', needs(1, 'one file'), 'Import W3C Web Annotations (Casebook’s own export, or Hypothesis JSON) as claims and evidence, re-anchored on the sources already archived. A malformed file imports nothing.', async (args, ctx) => {
  const bytes = await readFileArgument(args[0]);
  const result = await call(ctx, 'annotations.import', { fileName: basename(args[0]), data: bytes.toString('base64') });
  return reply(ctx, result, () =>
    [
      `imported ${result.created.length} claim(s) and ${result.links.length} evidence link(s)\n`,
      eachLine(result.created, (c) => `  ${c.id}  ${c.statement}\n`),
      eachLine(result.orphans, (o) => `  orphaned: ${o.annotation}: ${o.reason} — “${o.quote}”\n`),
      eachLine(result.errors, (e) => `  not imported: ${e.annotation}: ${e.reason}\n`),
    ].join(''),
  );
});

export const importBundleCommand = command('import-bundle FILE.casebook --out NOTEBOOK [--force] [--json]', needs(1, 'one bundle file'), 'Check a .casebook bundle (every archived original against its manifest) and write its notebook to --out; an existing file is replaced only with --force.', async (args, ctx) => {
  if (!ctx.options.out) throw new UsageError('import-bundle needs --out NOTEBOOK: where to write the notebook.');
  const dest = resolve(ctx.options.out);
  refuseExisting(dest, ctx.options.force);
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(args[0]));
  } catch {
    throw new CasebookError('NOT_FOUND', `cannot open “${args[0]}”: there is no such file, or it could not be read.`);
  }
  mkdirSync(dirname(dest), { recursive: true });
  const { importBundle } = await import('../../exporters/bundle');
  const result = importBundle(basename(args[0]), bytes, dest, { force: ctx.options.force });
  const c = result.counts;
  return reply(ctx, { written: result.path, counts: c, verify: result.verify }, () =>
    `wrote ${result.path}: ${c.sources} sources, ${c.claims} claims, ${c.evidence} evidence links, ${c.briefs} briefs; every archived original verified\n`,
  );
});
