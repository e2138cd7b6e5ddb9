#!/usr/bin/env node
// The Casebook command line. Runs the TypeScript sources directly through tsx, so it works
// in a checkout right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src-main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
