/**
 * `npm run web [-- --notebook FILE --port N]`: serves the built renderer and the notebook's API on
 * 127.0.0.1 and prints one line with the address to open. Ctrl+C closes it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CasebookError } from '../contract/errors';
import { userDataDir } from '../store/default-location';
import { startBridge } from './server';

export interface WebCliOptions {
  argv: string[];
  /** The built renderer (out/renderer). */
  rendererDir: string;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

export async function runWebCli({ argv, rendererDir }: WebCliOptions): Promise<number> {
  let values: { notebook?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { notebook: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\nUsage: npm run web -- [--notebook FILE] [--port N]`);
  }
  if (values.help) {
    console.log('Usage: npm run web -- [--notebook FILE] [--port N]\nServes Casebook to your browser on this computer only (127.0.0.1).');
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(`“${values.port}” is not a port number (use 1024–65535, or leave it out for any free port).`);

  let bridge: Awaited<ReturnType<typeof startBridge>>;
  try {
    bridge = await startBridge({
      rendererDir,
      port,
      host: '127.0.0.1',
      notebookPath: values.notebook ? resolve(values.notebook) : undefined,
      // The recent-notebooks list lives beside the default notebook, as the desktop app keeps it.
      stateDir: userDataDir(),
      keepChromiumWarm: true,
    });
  } catch (error) {
    if (error instanceof CasebookError) return fail(error.message);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') return fail(`Port ${port} is already in use. Pick another with --port, or leave it out.`);
    throw error;
  }
  console.log(`Casebook is running at ${bridge.url}`);

  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void bridge.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
