import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Api } from '../api/dispatch';
import { CasebookError } from '../contract/errors';

/** Options the CLI understands, anywhere on the line. */
export interface CliOptions {
  notebook?: string;
  json?: boolean;
  help?: boolean;
  quote?: string;
  prefix?: string;
  suffix?: string;
  occurrence?: string;
  start?: string;
  end?: string;
  statement?: string;
  status?: string;
  credibility?: string;
  likelihood?: string;
  'event-date'?: string;
  tag?: string[];
  comment?: string;
  source?: string;
  relation?: string;
  note?: string;
  limit?: string;
  force?: boolean;
  password?: string;
  origin?: string;
  sort?: string;
  format?: string;
  out?: string;
  style?: string;
  claims?: string;
  'no-evidence'?: boolean;
  title?: string;
  brief?: string;
  /** Repeatable: `source edit` takes one per author; `export` joins them. */
  author?: string[];
  publisher?: string;
  published?: string;
  language?: string;
  notes?: string;
  question?: string;
  /** Repeatable: `ach create` takes one per hypothesis. */
  hypothesis?: string[];
  relevance?: string;
  /** `export`: add the analyses of competing hypotheses to a brief. */
  analyses?: boolean;
  /** `timeline`: also the suggested claims that carry a date. */
  suggestions?: boolean;
  /** `export`: add the chronology (dated claims in order) to a brief. */
  chronology?: boolean;
  /** `entities --type person|organization|place`. */
  type?: string;
  /** `timeline --entity ID`, `claims --entity ID`: only claims whose passage mentions it. */
  entity?: string;
}

/** The kinds of value an option takes, for `OPTION_SPEC` (node:util parseArgs). */
const TEXT = { type: 'string' } as const;
const REPEATED_TEXT = { type: 'string', multiple: true } as const;
const FLAG = { type: 'boolean' } as const;

export const OPTION_SPEC = {
  notebook: TEXT,
  json: FLAG,
  help: { type: 'boolean', short: 'h' },
  quote: TEXT,
  prefix: TEXT,
  suffix: TEXT,
  occurrence: TEXT,
  start: TEXT,
  end: TEXT,
  statement: TEXT,
  status: TEXT,
  credibility: TEXT,
  likelihood: TEXT,
  'event-date': TEXT,
  tag: REPEATED_TEXT,
  comment: TEXT,
  source: TEXT,
  relation: TEXT,
  note: TEXT,
  limit: TEXT,
  force: FLAG,
  password: TEXT,
  origin: TEXT,
  sort: TEXT,
  format: TEXT,
  out: TEXT,
  style: TEXT,
  claims: TEXT,
  'no-evidence': FLAG,
  title: TEXT,
  brief: TEXT,
  author: REPEATED_TEXT,
  publisher: TEXT,
  published: TEXT,
  language: TEXT,
  notes: TEXT,
  question: TEXT,
  hypothesis: REPEATED_TEXT,
  relevance: TEXT,
  analyses: FLAG,
  suggestions: FLAG,
  chronology: FLAG,
  type: TEXT,
  entity: TEXT,
} as const;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CommandContext {
  /** Opens the notebook on first use: a command that never calls the API never touches it. */
  api(): Api;
  options: CliOptions;
  io: CliIo;
}

export interface Command {
  /** Words that name it: ['claim', 'add']. */
  name: string[];
  usage: string;
  summary: string;
  /** How many positional arguments it takes (see `needs`, `takesNone`); checked before `run`. */
  args: Positionals;
  /** Positional arguments after the name. Returns the exit code. */
  run(args: string[], ctx: CommandContext): Promise<number>;
}

/**
 * A command from its usage line, what it takes, what it does and how it runs. Its name is the
 * usage's leading lower-case words: `claim add` of `claim add SOURCE_ID […]`.
 */
export function command(usage: string, args: Positionals, summary: string, run: Command['run']): Command {
  const words = usage.split(' ');
  const nameLength = words.findIndex((word) => !/^[a-z][a-z-]*$/.test(word));
  return { name: nameLength < 0 ? words : words.slice(0, nameLength), usage, summary, args, run };
}

/** A usage mistake: exit code 2. */
export class UsageError extends Error {}

export interface Positionals {
  min: number;
  max: number;
  /** The usage mistake for a wrong count, in words: `name` is the command's, `first` the first argument given. */
  mistake(name: string, first: string | undefined): string;
}

/** Exactly `count` positional arguments; otherwise “NAME needs WHAT.” */
export const needs = (count: number, what: string): Positionals => ({ min: count, max: count, mistake: (name) => `${name} needs ${what}.` });

/** `count` positional arguments or more; otherwise “NAME needs WHAT.” */
export const needsAtLeast = (count: number, what: string): Positionals => ({ min: count, max: Infinity, mistake: (name) => `${name} needs ${what}.` });

/**
 * No positional arguments; otherwise “NAME takes no arguments.”, or, given a hint (even an empty
 * one), “NAME takes no arguments (got “FIRST”)HINT.”
 */
export const takesNone = (hint?: string): Positionals => ({
  min: 0,
  max: 0,
  mistake: (name, first) => (hint === undefined ? `${name} takes no arguments.` : `${name} takes no arguments (got “${first}”)${hint}.`),
});

/** Throws the command's usage mistake when it was given too few or too many positional arguments. */
export function checkArgs(command: Command, args: string[]): void {
  const { min, max, mistake } = command.args;
  if (args.length < min || args.length > max) throw new UsageError(mistake(command.name.join(' '), args[0]));
}

/** Prints exactly one JSON document on stdout. */
export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** A command's answer: `json` as one JSON document with --json, else the text `text` makes. Exit code 0. */
export function reply(ctx: CommandContext, json: unknown, text: () => string): number {
  if (ctx.options.json) printJson(ctx, json);
  else ctx.io.out(text());
  return 0;
}

/** The text of a list: one line per item, or `none` when it is empty. */
export function eachLine<T>(items: readonly T[], line: (item: T) => string, none = ''): string {
  return items.length ? items.map(line).join('') : none;
}

/** The bytes of a file named on the command line, or an error saying why it cannot be imported. */
export async function readFileArgument(file: string, checkSize?: (fileName: string, size: number) => void): Promise<Buffer> {
  if (checkSize) {
    const size = await stat(resolve(file)).then((s) => s.size, () => undefined);
    if (size !== undefined) checkSize(basename(file), size);
  }
  try {
    return await readFile(resolve(file));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : 'it could not be read';
    throw new CasebookError('NOT_FOUND', `cannot import “${file}”: ${reason}.`);
  }
}

/** Parses a whole-number option, or throws a usage error naming it. */
export function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`--${name} must be a whole number, not “${value}”.`);
  return Number(value);
}
