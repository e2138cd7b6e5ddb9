/** Brief checks on the command line (check-brief, brief dismiss/restore), and briefs in and out as Markdown (brief import/show). */
import { basename } from 'node:path';
import { BRIEF_RULES } from '../../contract/brief-checks';
import { briefToMarkdown } from '../../exporters/brief-markdown';
import { call } from '../call';
import { command, eachLine, needs, type Positionals, printJson, readFileArgument, reply, UsageError } from '../command';

const upTo = (max: number, what: string): Positionals => ({ min: 0, max, mistake: (name) => `${name} needs no more than ${what}.` });

export const checkBriefCommand = command('check-brief [BRIEF_ID] [--json]', upTo(1, 'one brief id'), 'Check a brief (default: the last edited) against ICD 203’s analytic standards: likelihood and confidence wording, hedges, percentages, and the claims it cites (evidence, sourcing, disputed or refuted). Findings are not errors: the exit code is 0.', async (args, ctx) => {
  const result = await call(ctx, 'briefs.check', { briefId: args[0] });
  const findings = result.findings.map(({ rule, message, excerpt, start, end, claimId, fingerprint }) => ({ rule, message, excerpt, start, end, claimId, fingerprint }));
  return reply(ctx, { briefId: result.briefId, findings, dismissed: result.dismissed }, () => {
    const head = `${findings.length} finding${findings.length === 1 ? '' : 's'} in ${result.briefId}${result.dismissed.length ? ` (${result.dismissed.length} dismissed)` : ''}.\n`;
    return head + eachLine(findings, (f) => `${f.start}–${f.end}  ${BRIEF_RULES[f.rule]}: “${f.excerpt.replace(/\s+/g, ' ')}”\n    ${f.message}\n    fingerprint ${f.fingerprint}\n`);
  });
});

export const briefDismissCommand = command('brief dismiss BRIEF_ID FINGERPRINT --note REASON [--json]', needs(2, 'a brief id and the finding’s fingerprint (check-brief prints it)'), 'Dismiss one finding of check-brief (by its fingerprint), with your reason; it stays dismissed while its sentence is unchanged.', async (args, ctx) => {
  if (!ctx.options.note?.trim()) throw new UsageError('brief dismiss needs --note REASON: say why the finding does not apply.');
  const { dismissed } = await call(ctx, 'briefs.dismissFinding', { briefId: args[0], fingerprint: args[1], reason: ctx.options.note });
  return reply(ctx, { dismissed }, () => `dismissed ${BRIEF_RULES[dismissed.rule]}: “${dismissed.excerpt}”\n`);
});

export const briefRestoreFindingCommand = command('brief restore-finding BRIEF_ID FINGERPRINT [--json]', needs(2, 'a brief id and the finding’s fingerprint'), 'Bring back a dismissed finding.', async (args, ctx) => {
  await call(ctx, 'briefs.restoreFinding', { briefId: args[0], fingerprint: args[1] });
  return reply(ctx, { restored: true, fingerprint: args[1] }, () => `restored ${args[1]}\n`);
});

export const briefImportCommand = command('brief import FILE.md [--brief ID] [--title TITLE] [--json]', needs(1, 'one Markdown file'), 'Write a brief from Markdown (headings, paragraphs, quotes, lists, emphasis, links; [[clm_…]] links a claim): a new brief, or with --brief the text of that brief replaced. The title defaults to the first # heading.', async (args, ctx) => {
  const bytes = await readFileArgument(args[0]);
  const markdown = bytes.toString('utf8');
  const title = ctx.options.title ?? (ctx.options.brief || /^\s{0,3}#\s/m.test(markdown) ? undefined : basename(args[0]).replace(/\.[^.]+$/, ''));
  const { brief, created } = await call(ctx, 'briefs.importMarkdown', { briefId: ctx.options.brief, title, markdown });
  return reply(ctx, { brief: { id: brief.id, title: brief.title, updatedAt: brief.updatedAt }, created }, () => `${created ? 'created' : 'replaced'} ${brief.id}  ${brief.title}\n`);
});

export const briefShowCommand = command('brief show [BRIEF_ID] [--format md] [--json]', upTo(1, 'one brief id'), 'Print a brief (default: the last edited) as Markdown, claim references as [[clm_…]] (brief import reads it back).', async (args, ctx) => {
  const format = ctx.options.format ?? 'md';
  if (format !== 'md') throw new UsageError(`brief show prints Markdown only: --format md (not “${format}”).`);
  const { brief } = await call(ctx, 'briefs.get', { id: args[0] });
  const markdown = briefToMarkdown(brief.doc);
  if (ctx.options.json) {
    printJson(ctx, { brief: { id: brief.id, title: brief.title, updatedAt: brief.updatedAt }, markdown });
    return 0;
  }
  ctx.io.out(markdown);
  return 0;
});
