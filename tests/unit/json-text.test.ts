/**
 * A source and its blocks (`sources.get`) are read and written as JSON on the notebook's reader
 * thread (a very long source's is some 20 MB): the bridge puts that text into its answer as it is,
 * the desktop app's IPC passes it to the page, which parses it, and every other caller gets the
 * value parsed. Each way gives the same source as the store reads it.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src-main/api/dispatch';
import { startBridge, type Bridge } from '../../src-main/bridge/server';
import { isJsonText } from '../../src-main/contract/json-text';
import type { CasebookPreloadApi } from '../../src-main/contract/preload-api';
import { openNotebook, type Notebook } from '../../src-main/store/db';
import { getBlocks, getSource } from '../../src-main/store/sources';
import { createIpcClient } from '../../src-renderer/platform/ipc-client';
import { readFixture, tempDir } from '../helpers';
import { ok, SEED } from './notebook-helpers';

describe('a source written as JSON on the reader thread', () => {
  const { dir, cleanup } = tempDir();
  let notebook: Notebook;
  let bridge: Bridge;
  let id: string;
  const api = () => createApi(notebook);

  beforeAll(async () => {
    notebook = openNotebook(join(dir, 'json-text.sqlite'));
    id = (await ok(api(), 'sources.import', { fileName: SEED[1], data: readFixture(...SEED).toString('base64') })).source.id;
    bridge = await startBridge({ api: api(), rendererDir: dir });
  });
  afterAll(async () => {
    await bridge.close();
    notebook.close();
    cleanup();
  });

  const stored = () => ({ source: getSource(notebook.db, id), blocks: getBlocks(notebook.db, id) });

  it('reaches an in-process caller parsed', async () => {
    const value = await ok(api(), 'sources.get', { id });
    expect(value.blocks.length).toBeGreaterThan(20);
    expect(value).toEqual(stored());
  });

  it('goes into the bridge’s answer as the text the thread wrote', async () => {
    const asText = await api().dispatch('sources.get', { id }, { jsonText: true });
    expect(asText.ok && isJsonText(asText.value)).toBe(true);
    const response = await fetch(`http://127.0.0.1:${bridge.port}/api/call/sources.get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}` },
      body: JSON.stringify({ id }),
    });
    const body = await response.text();
    expect(body).toBe(`{"ok":true,"value":${asText.ok && isJsonText(asText.value) ? new TextDecoder().decode(asText.value.casebookJson) : ''}}`);
    expect(JSON.parse(body)).toEqual({ ok: true, value: stored() });
  });

  it('reaches the page through IPC as text, which the page parses', async () => {
    const preload = { 'sources.get': (input: unknown) => api().dispatch('sources.get', input, { jsonText: true }) } as unknown as CasebookPreloadApi;
    const result = await createIpcClient(preload).call('sources.get', { id });
    expect(result).toEqual({ ok: true, value: stored() });
  });

  it('is refused in words for a source that is not there', async () => {
    const result = await api().dispatch('sources.get', { id: 'src_missing' }, { jsonText: true });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no source with id “src_missing” in this notebook.' } });
  });
});
