#!/usr/bin/env node
// `npm run web [-- --notebook FILE --port N]`: Casebook in your browser, served on 127.0.0.1 only.
// Builds the renderer when needed, then prints one line (on stdout) with the address to open.
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { needsBuild, ROOT, runBuild } from './lib/build.mjs';

if (needsBuild('renderer')) {
  console.error('Building the Casebook app for the browser (first run, or the sources changed)…');
  const code = await runBuild('renderer');
  if (code !== 0) {
    console.error('The Casebook app could not be built; the messages above say why.');
    process.exit(code);
  }
}

register();
const { runWebCli } = await import('../src-main/bridge/web-entry.ts');
const code = await runWebCli({ argv: process.argv.slice(2), rendererDir: join(ROOT, 'out', 'renderer') });
process.exit(code);
