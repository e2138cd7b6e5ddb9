/**
 * Before the command line loads its modules: a PDF export starts its Chromium now, so the browser
 * is ready by the time the brief is (see exporters/early-chromium.ts). Only a plain look at the
 * arguments: a guess that turns out wrong (a usage error) only costs the browser, killed at exit.
 */
import { parseArgs } from 'node:util';
import { startChromiumEarly } from '../exporters/early-chromium';
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

export function startEarlyForCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): void {
  if (isPdfExport(argv)) startChromiumEarly(env);
}
