/**
 * Brief checks through the real API and command line on a real notebook: Markdown in (with claim
 * references), findings out with offsets into the brief's plain text, dismissals kept across edits
 * and reopening, Markdown back out.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefText } from '../../src-main/contract/brief-text';
import { openNotebook } from '../../src-main/store/db';
import { createApi } from '../../src-main/api/dispatch';
import { fixture } from '../helpers';
import { cliOnFreshNotebook } from './cli-runner';
import { fails, ok, openSeededNotebook } from './notebook-helpers';

/** A brief citing a claim with no evidence in a sentence that also mixes likelihood and confidence. */
async function seededBrief() {
  const nb = await openSeededNotebook();
  const { claim: bare } = await ok(nb.api, 'claims.create', { sourceId: nb.seedId, quote: 'Polonez-M missile systems', likelihood: 'very_likely' });
  const { claim: refuted } = await ok(nb.api, 'claims.create', { sourceId: nb.seedId, quote: 'Borchuk', occurrence: 1, status: 'refuted' });
  await ok(nb.api, 'evidence.link', { claimId: refuted.id, sourceId: nb.factSheetId, quote: 'Cuba', occurrence: 1, relation: 'supports' });
  const markdown = [
    '# Polonez in Cuba',
    '',
    `We assess with **high confidence** that it is *likely* that [[${bare.id}]].`,
    '',
    `- The envoy said [[${refuted.id}]].`,
    '- Delivery is probable (90%).',
  ].join('\n');
  const { brief, created } = await ok(nb.api, 'briefs.importMarkdown', { markdown });
  return { nb, bare, refuted, brief, created, markdown };
}

describe('briefs.importMarkdown and briefs.check', () => {
  it('writes a brief from Markdown whose findings point into its plain text, and every rule the text breaks is found', async () => {
    const { nb, bare, refuted, brief, created } = await seededBrief();
    expect(created).toBe(true);
    expect(brief.title).toBe('Polonez in Cuba');
    const text = briefText(brief.doc).text;
    expect(text).toContain(`that it is likely that ${bare.statement}.`);
    const { findings, dismissed } = await ok(nb.api, 'briefs.check', { briefId: brief.id });
    expect(dismissed).toEqual([]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    const rules = findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['likelihood-with-confidence', 'mixed-scales', 'percentage-range', 'likelihood-mismatch', 'claim-without-evidence', 'thin-sourcing', 'contested-claim']));
    expect(findings.find((f) => f.rule === 'contested-claim')?.claimId).toBe(refuted.id);
    nb.close();
  });

  it('refuses Markdown citing a claim the notebook does not have, naming it, and writes nothing', async () => {
    const nb = await openSeededNotebook();
    const before = (await ok(nb.api, 'briefs.list', {})).briefs.length;
    const error = await fails(nb.api, 'briefs.importMarkdown', { markdown: 'It is likely that [[clm_nosuchclaim]].' });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('[[clm_nosuchclaim]]');
    expect((await ok(nb.api, 'briefs.list', {})).briefs.length).toBe(before);
    nb.close();
  });

  it('keeps a dismissal (with its reason) through edits elsewhere and reopening, drops it from the findings, and restores it', async () => {
    const { nb, brief, markdown } = await seededBrief();
    const first = (await ok(nb.api, 'briefs.check', { briefId: brief.id })).findings;
    const target = first.find((f) => f.rule === 'percentage-range');
    if (!target) throw new Error('no percentage finding');
    await ok(nb.api, 'briefs.dismissFinding', { briefId: brief.id, fingerprint: target.fingerprint, reason: 'The 90% is the vendor’s figure, quoted.' });
    // An edit elsewhere: a new opening paragraph moves every offset.
    await ok(nb.api, 'briefs.importMarkdown', { briefId: brief.id, markdown: markdown.replace('# Polonez in Cuba', '# Polonez in Cuba\n\nA new opening paragraph.') });
    nb.api.notebook.close();
    const reopened = openNotebook(nb.path);
    const api = createApi(reopened);
    const after = await ok(api, 'briefs.check', { briefId: brief.id });
    expect(after.findings.map((f) => f.fingerprint)).not.toContain(target.fingerprint);
    expect(after.findings).toHaveLength(first.length - 1);
    expect(after.dismissed).toEqual([expect.objectContaining({ fingerprint: target.fingerprint, rule: 'percentage-range', excerpt: target.excerpt, reason: 'The 90% is the vendor’s figure, quoted.', present: true })]);
    await ok(api, 'briefs.restoreFinding', { briefId: brief.id, fingerprint: target.fingerprint });
    const restored = await ok(api, 'briefs.check', { briefId: brief.id });
    expect(restored.findings.map((f) => f.fingerprint)).toContain(target.fingerprint);
    expect(restored.dismissed).toEqual([]);
    reopened.close();
    nb.close();
  });

  it('refuses to dismiss a finding the brief no longer has, or without a reason', async () => {
    const { nb, brief } = await seededBrief();
    expect((await fails(nb.api, 'briefs.dismissFinding', { briefId: brief.id, fingerprint: 'hedge:0000', reason: 'x' })).code).toBe('NOT_FOUND');
    const [f] = (await ok(nb.api, 'briefs.check', { briefId: brief.id })).findings;
    expect((await fails(nb.api, 'briefs.dismissFinding', { briefId: brief.id, fingerprint: f.fingerprint, reason: '  ' })).message).toMatch(/reason/);
    nb.close();
  });
});

describe('the command line', () => {
  const { cli, notebookPath } = cliOnFreshNotebook();

  it('brief import, check-brief (exit 0 with findings) and brief show --format md, which imports back to the same brief', async () => {
    const seed = fixture('reports', '000_f21f05dd4cd8cb1c.txt');
    const sourceId = (await cli('import', seed, '--json')).json().sources[0].id as string;
    const claimId = (await cli('claim', 'add', sourceId, '--quote', 'Polonez-M missile systems', '--json')).json().claim.id as string;
    const md = join(notebookPath(), '..', 'draft.md');
    writeFileSync(md, `# Draft\n\nWe *judge* the launchers **may** be in Cuba: [[${claimId}]].\n\n1. First point\n   - nested point\n2. Second point\n`);
    const imported = await cli('brief', 'import', md, '--json');
    expect(imported.code).toBe(0);
    const briefId = imported.json().brief.id as string;
    expect(imported.json()).toMatchObject({ created: true, brief: { title: 'Draft' } });

    const checked = await cli('check-brief', briefId, '--json');
    expect(checked.code).toBe(0);
    const { findings } = checked.json() as { findings: { rule: string; excerpt: string; start: number; end: number; claimId: string | null; message: string }[] };
    expect(findings.map((f) => [f.rule, f.excerpt])).toEqual(
      expect.arrayContaining([
        ['hedge', 'may'],
        ['claim-without-evidence', expect.stringContaining('Polonez-M')],
      ]),
    );
    for (const f of findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'message', 'excerpt', 'start', 'end', 'claimId']));
    expect((await cli('check-brief', briefId)).stdout).toMatch(/findings? in brf_/);

    const shown = await cli('brief', 'show', briefId, '--format', 'md');
    expect(shown.stdout).toBe(`# Draft\n\nWe *judge* the launchers **may** be in Cuba: [[${claimId}]].\n\n1. First point\n   - nested point\n2. Second point\n`);
    writeFileSync(md, shown.stdout);
    await cli('brief', 'import', md, '--brief', briefId);
    expect((await cli('brief', 'show', briefId)).stdout).toBe(shown.stdout);

    const fingerprint = findings.find((f) => f.rule === 'hedge') as unknown as { fingerprint: string };
    expect((await cli('brief', 'dismiss', briefId, fingerprint.fingerprint)).code).toBe(2);
    expect((await cli('brief', 'dismiss', briefId, fingerprint.fingerprint, '--note', 'Quoting the minister')).code).toBe(0);
    expect((await cli('check-brief', briefId, '--json')).json().findings.map((f: { rule: string }) => f.rule)).not.toContain('hedge');
  });

  it('brief import refuses an unknown claim with exit code 1 and the id in the message', async () => {
    const md = join(notebookPath(), '..', 'bad.md');
    writeFileSync(md, 'See [[clm_missing123]].');
    const run = await cli('brief', 'import', md);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[[clm_missing123]]');
  });
});
