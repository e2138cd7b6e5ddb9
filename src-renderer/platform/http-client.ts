/**
 * The client in browser mode: `POST /api/call/:method` on the loopback bridge that served the
 * page, and Server-Sent Events from `/api/events` for changes. Same results as the IPC client.
 */
import type { CasebookClient } from '../../src-main/contract/client';
import type { Result } from '../../src-main/contract/errors';
import { base64DecodedLength, UPLOAD_FILE_NAME_HEADER, UPLOAD_FILE_SIZE_HEADER } from '../../src-main/contract/import-formats';
import type { ChangeEvent, MethodName, MethodOutput } from '../../src-main/contract/methods';
import { reportUnauthorized } from './connection';
import { notAnswering } from './not-answering';

export interface HttpClientOptions {
  token: string;
  /** Where the bridge is; the page's own origin by default. */
  baseUrl?: string;
}

/** Browsers let a request outlive the page (keepalive) only when its body is under 64 KiB. */
const KEEPALIVE_MAX_BODY = 60_000;

/**
 * An import declares its file's name and size, so the bridge can refuse a file over its format's
 * limit before reading the body (the page checks first too; this guards the bridge's memory).
 */
function uploadHeaders(method: MethodName, input: unknown): Record<string, string> {
  const { fileName, data } = (input ?? {}) as { fileName?: unknown; data?: unknown };
  if (method !== 'sources.import' || typeof fileName !== 'string' || typeof data !== 'string') return {};
  return { [UPLOAD_FILE_NAME_HEADER]: encodeURIComponent(fileName), [UPLOAD_FILE_SIZE_HEADER]: String(base64DecodedLength(data)) };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function createHttpClient({ token, baseUrl = '' }: HttpClientOptions): CasebookClient {
  const listeners = new Set<(event: ChangeEvent) => void>();
  let events: EventSource | undefined;

  function openEvents(): void {
    events = new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`);
    events.addEventListener('change', (message) => {
      let event: ChangeEvent;
      try {
        event = JSON.parse((message as MessageEvent<string>).data) as ChangeEvent;
      } catch {
        return;
      }
      for (const listener of [...listeners]) listener(event);
    });
    // EventSource reconnects by itself after a dropped connection, but gives up for good when the
    // bridge refuses it (Casebook restarted with a new token): find out, and say so.
    events.addEventListener('error', () => {
      if (events?.readyState === EventSource.CLOSED) void checkToken();
    });
  }

  /** A refused token is reported by `call` itself. */
  async function checkToken(): Promise<void> {
    await call('notebook.info', {});
  }

  async function call<M extends MethodName>(method: M, input: unknown): Promise<Result<MethodOutput<M>>> {
    const body = JSON.stringify(input ?? {});
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/call/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...uploadHeaders(method, input) },
        body,
        cache: 'no-store',
        credentials: 'omit',
        // Lets a last save sent while the tab closes still arrive.
        keepalive: body.length < KEEPALIVE_MAX_BODY,
      });
    } catch {
      return notAnswering();
    }
    try {
      const parsed: unknown = await response.json();
      if (isResult(parsed)) {
        if (!parsed.ok && parsed.error.code === 'UNAUTHORIZED') reportUnauthorized();
        return parsed as Result<MethodOutput<M>>;
      }
    } catch {
      // fall through: not our bridge answering
    }
    return notAnswering();
  }

  return {
    call,
    onChange(listener) {
      listeners.add(listener);
      if (!events) openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && events) {
          events.close();
          events = undefined;
        }
      };
    },
  };
}
