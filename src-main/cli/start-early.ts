/**
 * Before the command line loads its modules: a PDF export starts its Chromium now, so the browser
 * is ready by the time the brief is (see exporters/early-chromium.ts), and the citation engine of
 * its bibliography on a thread of its own (exporters/early-bibliography.ts). Only a plain look at
 * the arguments: a guess that turns out wrong (a usage error) only costs the browser, killed at
 * exit, and the thread, which does not keep the process alive.
 */
import { parseArgs } from 'node:util';
import { startBibliographyEarly } from '../exporters/bibliography';
import { startChromiumEarly } from '../exporters/early-chromium';
import { CITATION_STYLES, type CitationStyle } from '../exporters/types';
import { OPTION_SPEC } from './command';

/** Whether these arguments ask `casebook export` for a PDF (by --format, or by the --out file's extension). */
export function isPdfExport(argv: string[]): boolean {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTION_SPEC, allowPositionals: true, strict: true });
  } catch {
    return false; // a usage error, reported by the command line itself
  }
  const { values, positionals } = parsed;
  if (positionals[0] !== 'export' || values.help) return false;
  if (values.format !== undefined) return values.format === 'pdf';
  return /\.pdf$/i.test(String(values.out ?? ''));
}

/** The citation style these export arguments ask for (APA unless --style says otherwise); null if not one of ours. */
export function requestedStyle(argv: string[]): CitationStyle | null {
  const { values } = parseArgs({ args: argv, options: OPTION_SPEC, allowPositionals: true, strict: false });
  const style = values.style ?? 'apa';
  return (CITATION_STYLES as readonly unknown[]).includes(style) ? (style as CitationStyle) : null;
}

/** A PDF export starts its browser, and the citation engine of its bibliography on a thread of its own. */
export function startEarlyForCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): void {
  if (!isPdfExport(argv)) return;
  startChromiumEarly(env);
  const style = requestedStyle(argv);
  if (style) startBibliographyEarly(style);
}
