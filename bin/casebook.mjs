#!/usr/bin/env node
// The Casebook command line. Runs the TypeScript sources, bundled into out/cli/ on first use and
// again whenever they change (cli-bundle.mjs), or directly through tsx when they cannot be
// bundled (or CASEBOOK_CLI_TSX=1): it works in a checkout right after `npm install`, with no
// build step.
import { cliBundle } from './cli-bundle.mjs';

const argv = process.argv.slice(2);
const bundle = process.env.CASEBOOK_CLI_TSX === '1' ? null : await cliBundle();
if (!bundle) (await import('tsx/esm/api')).register();
const load = (name) => import(bundle ? bundle[name] : `../src-main/cli/${name}.ts`);
// A PDF export starts its browser first, to start up while the rest loads.
(await load('start-early')).startEarlyForCommand(argv);
const { main } = await load('main');
process.exitCode = await main(argv);
