/** `casebook ach …`: analyses of competing hypotheses from the command line. */
import { ACH_RATINGS, ACH_WEIGHTS, type AchRating, type AchWeight } from '../../contract/ach';
import type { AnalysisView } from '../../contract/methods-analyses';
import { call } from '../call';
import { command, type CommandContext, eachLine, needs, reply, takesNone, UsageError } from '../command';

/** The JSON an `ach` command prints: the analysis, its rows, scores and sensitive rows. */
export function analysisJson(view: AnalysisView) {
  const { id, question, hypotheses } = view.analysis;
  return {
    analysis: { id, question, hypotheses: hypotheses.map((h) => ({ id: h.id, label: h.label })) },
    rows: view.rows.map((r) => ({
      rowId: r.id,
      claimId: r.claimId,
      text: r.text,
      relevance: r.relevance,
      credibilityWeight: r.credibilityWeight,
      ratings: r.ratings,
      diagnostic: r.diagnostic,
    })),
    scores: view.scores,
    leaders: view.leaders,
    sensitive: view.sensitive,
  };
}

/** The matrix as text: one line per row, then the scores. */
export function analysisText(view: AnalysisView): string {
  const hyps = view.analysis.hypotheses;
  const head = `${view.analysis.id}  ${view.analysis.question}\n${hyps.map((h, i) => `  H${i + 1} ${h.id}  ${h.label}${view.leaders.includes(h.id) ? '  (leads)' : ''}\n`).join('')}`;
  const rows = eachLine(
    view.rows,
    (r) =>
      `${hyps.map((h) => (r.ratings[h.id] ?? '·').padEnd(3)).join('')} ${r.relevance}/${r.credibilityWeight}${r.diagnostic ? '' : ' (not diagnostic)'}${r.sensitive ? ' (sensitive)' : ''}  ${r.claimId ?? r.id}  ${r.text}\n`,
    'No rows yet: add claims with “ach add”.\n',
  );
  const scores = view.scores.map((s, i) => `H${i + 1} ${s.weighted.toFixed(3)} (${s.inconsistencies} inconsistent)`).join('   ');
  return `${head}\n${rows}\nWeighted inconsistency: ${scores}\n`;
}

const showView = (ctx: CommandContext, view: AnalysisView) => reply(ctx, analysisJson(view), () => analysisText(view));

function relevanceOption(value: string | undefined): AchWeight | undefined {
  if (value === undefined) return undefined;
  if (!(ACH_WEIGHTS as readonly string[]).includes(value)) throw new UsageError(`--relevance must be low, medium or high, not “${value}”.`);
  return value as AchWeight;
}

export const achListCommand = command('ach list [--json]', takesNone(), 'List the notebook’s analyses of competing hypotheses.', async (_args, ctx) => {
  const { analyses } = await call(ctx, 'analyses.list', {});
  return reply(ctx, { analyses }, () => eachLine(analyses, (a) => `${a.id}  ${a.hypotheses} hypotheses, ${a.rows} rows  ${a.question}\n`, 'No analyses yet.\n'));
});

export const achCreateCommand = command('ach create --question Q --hypothesis H1 --hypothesis H2 … [--json]', takesNone('; give the question with --question and each hypothesis with --hypothesis'), 'Start an analysis of competing hypotheses (two hypotheses or more).', async (_args, ctx) => {
  if (ctx.options.question === undefined) throw new UsageError('ach create needs --question Q.');
  const hypotheses = ctx.options.hypothesis ?? [];
  if (hypotheses.length < 2) throw new UsageError('ach create needs at least two --hypothesis options.');
  return showView(ctx, await call(ctx, 'analyses.create', { question: ctx.options.question, hypotheses }));
});

export const achAddCommand = command('ach add ANALYSIS_ID CLAIM_ID [--relevance low|medium|high] [--json]', needs(2, 'an analysis id and a claim id'), 'Add a claim to an analysis as a row.', async (args, ctx) => {
  const view = await call(ctx, 'analyses.addRow', { id: args[0], claimId: args[1], relevance: relevanceOption(ctx.options.relevance) });
  return showView(ctx, view);
});

export const achRateCommand = command('ach rate ANALYSIS_ID CLAIM_ID HYPOTHESIS_ID CC|C|N|I|II|NA [--note TEXT] [--json]', needs(4, 'an analysis id, a claim id, a hypothesis id and a rating (CC, C, N, I, II or NA)'), 'Rate how consistent a claim is with a hypothesis (CC very consistent … II very inconsistent, NA not applicable).', async (args, ctx) => {
  const rating = args[3].toUpperCase();
  if (!(ACH_RATINGS as readonly string[]).includes(rating)) throw new UsageError(`The rating must be CC, C, N, I, II or NA, not “${args[3]}”.`);
  const view = await call(ctx, 'analyses.rate', { id: args[0], row: args[1], hypothesisId: args[2], rating: rating as AchRating, note: ctx.options.note });
  return showView(ctx, view);
});

export const achShowCommand = command('ach show ANALYSIS_ID [--json]', needs(1, 'one analysis id'), 'Show an analysis: its matrix, scores and the rows the leading hypothesis hangs on.', async (args, ctx) => {
  return showView(ctx, await call(ctx, 'analyses.get', { id: args[0] }));
});
