#!/usr/bin/env node
// The Casebook command line. Runs the TypeScript sources directly through tsx, so it works
// in a checkout right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const argv = process.argv.slice(2);
// A PDF export starts its browser first, to start up while the rest loads.
(await import('../src-main/cli/start-early.ts')).startEarlyForCommand(argv);
const { main } = await import('../src-main/cli/main.ts');
process.exitCode = await main(argv);
