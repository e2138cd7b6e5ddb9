// The app code a worker runs is TypeScript: in a checkout (tests, the command line, browser mode)
// it is loaded from its source through tsx; in the Electron build, from its bundle beside this
// folder (electron.vite.config.ts builds one per worker that needs it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `source` and `built` are file: URLs, resolved against the worker's own `import.meta.url`. */
export async function loadAppModule(source, built) {
  if (existsSync(fileURLToPath(source))) {
    const { register } = await import('tsx/esm/api');
    register();
    return import(source.href);
  }
  return import(built.href);
}
