/** Vitest global setup for the e2e project: build the renderer once for every test file of the run. */
import { ensureRendererBuilt } from './harness';

export default async function setup(): Promise<void> {
  await ensureRendererBuilt();
}
