import type { Api } from '../api/dispatch';

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
}

export const OPTION_SPEC = {
  notebook: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  quote: { type: 'string' },
  prefix: { type: 'string' },
  suffix: { type: 'string' },
  occurrence: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  statement: { type: 'string' },
  status: { type: 'string' },
  credibility: { type: 'string' },
  likelihood: { type: 'string' },
  'event-date': { type: 'string' },
  tag: { type: 'string', multiple: true },
  comment: { type: 'string' },
  source: { type: 'string' },
  relation: { type: 'string' },
  note: { type: 'string' },
  limit: { type: 'string' },
  force: { type: 'boolean' },
  password: { type: 'string' },
  origin: { type: 'string' },
  sort: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  style: { type: 'string' },
  claims: { type: 'string' },
  'no-evidence': { type: 'boolean' },
  title: { type: 'string' },
  brief: { type: 'string' },
  author: { type: 'string', multiple: true },
  publisher: { type: 'string' },
  published: { type: 'string' },
  language: { type: 'string' },
  notes: { type: 'string' },
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
  /** Positional arguments after the name. Returns the exit code. */
  run(args: string[], ctx: CommandContext): Promise<number>;
}

/** A usage mistake: exit code 2. */
export class UsageError extends Error {}

/** Parses a whole-number option, or throws a usage error naming it. */
export function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`--${name} must be a whole number, not “${value}”.`);
  return Number(value);
}
