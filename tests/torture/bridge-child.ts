/** Browser mode's bridge in a process of its own, for the kill -9 trials: prints its port and token as one JSON line. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startBridge } from '../../src-main/bridge/server';

const [notebookPath, workDir] = process.argv.slice(2);
const rendererDir = join(workDir, 'renderer');
mkdirSync(rendererDir, { recursive: true });
const bridge = await startBridge({ notebookPath, rendererDir, host: '127.0.0.1', port: 0 });
process.stdout.write(`${JSON.stringify({ port: bridge.port, token: bridge.token })}\n`);
