/**
 * Builds the three parts of the desktop app into out/: main (ESM, dependencies left external),
 * preload (CommonJS .cjs: a sandboxed preload cannot be ESM and may require only `electron`, so
 * the little it imports is bundled), renderer (React, the same build browser mode serves).
 *
 * CASEBOOK_BUILD_ONLY=renderer builds the renderer alone (what `npm run web` needs).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const importerWorkers = join(root, 'src-main', 'importers', 'workers');

/**
 * The importers run plain-JS worker modules from src-main/importers/workers/ by path; they are
 * not imported, so the bundler would never see them. Copy them to out/main/workers/, beside the
 * bundled main script, the folder main.ts gives the API (its `isolation.workerDirectory` option).
 */
function copyImporterWorkers(): Plugin {
  return {
    name: 'casebook:copy-importer-workers',
    apply: 'build',
    generateBundle() {
      if (!existsSync(importerWorkers)) return;
      for (const name of readdirSync(importerWorkers)) {
        if (!/\.(js|mjs|cjs)$/.test(name)) continue;
        const file = join(importerWorkers, name);
        this.addWatchFile(file);
        this.emitFile({ type: 'asset', fileName: `workers/${name}`, source: readFileSync(file) });
      }
    },
  };
}

const only = process.env.CASEBOOK_BUILD_ONLY;
const wanted = (part: 'main' | 'preload' | 'renderer') => !only || only === part;

export default defineConfig({
  main: wanted('main')
    ? {
        plugins: [copyImporterWorkers()],
        build: {
          outDir: resolve(root, 'out/main'),
          // Dependencies (better-sqlite3, pdfjs-dist, …) stay in node_modules.
          externalizeDeps: true,
          rolldownOptions: {
            // import-parse: the text, Markdown and HTML importers, loaded by workers/parse-document.mjs.
            input: {
              index: resolve(root, 'src-main/electron/main.ts'),
              'import-parse': resolve(root, 'src-main/importers/parse-in-worker.ts'),
              // notebook-thread: the notebook's writer and reader threads' tasks, loaded by workers/notebook-thread.mjs.
              'notebook-thread': resolve(root, 'src-main/store/thread-tasks.ts'),
            },
            output: { format: 'es', entryFileNames: '[name].js' },
          },
        },
      }
    : undefined,
  preload: wanted('preload')
    ? {
        build: {
          outDir: resolve(root, 'out/preload'),
          externalizeDeps: false,
          rolldownOptions: {
            input: { preload: resolve(root, 'src-main/electron/preload.ts') },
            external: ['electron'],
            output: { format: 'cjs', entryFileNames: '[name].cjs' },
          },
        },
      }
    : undefined,
  renderer: wanted('renderer')
    ? {
        root: resolve(root, 'src-renderer'),
        plugins: [react()],
        build: {
          outDir: resolve(root, 'out/renderer'),
          emptyOutDir: true,
          minify: true,
          rolldownOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
        },
      }
    : undefined,
});
