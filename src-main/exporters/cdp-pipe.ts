/**
 * A client of the DevTools protocol over the pipe of a Chromium started with
 * `--remote-debugging-pipe`: the browser reads JSON messages, each ended by a NUL byte, from its
 * file descriptor 3 and writes its answers and events to its descriptor 4. No WebSocket, and no
 * playwright-core (half a second of CPU to load) for a one-shot PDF export. Node built-ins only.
 */
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;

interface Message {
  id?: number;
  method?: string;
  params?: Params;
  sessionId?: string;
  result?: unknown;
  error?: { message?: string };
}

interface Call {
  method: string;
  sessionId: string | undefined;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Waiter {
  method: string;
  sessionId: string | undefined;
  match(params: Params): boolean;
  resolve(params: Params): void;
  reject(error: Error): void;
}

export class CdpPipe {
  private nextId = 1;
  private readonly calls = new Map<number, Call>();
  private readonly waiters = new Set<Waiter>();
  private pending: Buffer[] = [];
  private closedWith: Error | null = null;

  /** `input`: the browser's descriptor 3 (we write); `output`: its descriptor 4 (we read). */
  constructor(
    private readonly input: Writable,
    output: Readable,
  ) {
    output.on('data', (chunk: Buffer) => this.received(chunk));
    const lost = () => this.close(new Error('Chromium closed its DevTools pipe'));
    output.on('close', lost);
    output.on('error', lost);
    input.on('error', lost);
  }

  /** Calls `method` (in the page session `sessionId`, if given) and resolves to its result. */
  send<T = Params>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.calls.set(id, { method, sessionId, resolve: resolve as (result: unknown) => void, reject });
      this.input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /**
   * The parameters of the next event `method` of `sessionId` that `match` accepts (within
   * `timeoutMs`, if given). Call it before the command that causes the event: events are not kept.
   */
  waitFor<T = Params>(method: string, sessionId?: string, match: (params: T) => boolean = () => true, timeoutMs?: number): Promise<T> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    return new Promise<T>((resolve, reject) => {
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.waiters.delete(waiter);
              reject(new Error(`No ${method} from Chromium within ${timeoutMs / 1000} s`));
            }, timeoutMs);
      const waiter: Waiter = {
        method,
        sessionId,
        match: match as (params: Params) => boolean,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** Fails every call and wait still open; the pipe is not used again. */
  close(error = new Error('The DevTools pipe was closed')): void {
    if (this.closedWith) return;
    this.closedWith = error;
    for (const call of this.calls.values()) call.reject(error);
    for (const waiter of this.waiters) waiter.reject(error);
    this.calls.clear();
    this.waiters.clear();
    this.input.end();
  }

  get closed(): boolean {
    return this.closedWith !== null;
  }

  private received(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      this.pending.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.pending).toString('utf8');
      this.pending = [];
      start = end + 1;
      try {
        this.dispatch(JSON.parse(text) as Message);
      } catch (error) {
        this.close(error instanceof Error ? error : new Error(String(error)));
        return;
      }
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined) {
      const call = this.calls.get(message.id);
      if (!call) return;
      this.calls.delete(message.id);
      if (message.error) call.reject(new Error(`${call.method}: ${message.error.message ?? 'failed'}`));
      else call.resolve(message.result ?? {});
      return;
    }
    if (!message.method) return;
    // A page that crashed or closed answers no more: what was asked of it fails.
    if (message.method === 'Target.detachedFromTarget') this.detached(String(message.params?.sessionId));
    for (const waiter of this.waiters) {
      if (waiter.method !== message.method || waiter.sessionId !== message.sessionId || !waiter.match(message.params ?? {})) continue;
      this.waiters.delete(waiter);
      waiter.resolve(message.params ?? {});
    }
  }

  private detached(sessionId: string): void {
    const error = new Error('The page Chromium was printing in closed');
    for (const [id, call] of this.calls) {
      if (call.sessionId !== sessionId) continue;
      this.calls.delete(id);
      call.reject(error);
    }
    for (const waiter of this.waiters) {
      if (waiter.sessionId !== sessionId) continue;
      this.waiters.delete(waiter);
      waiter.reject(error);
    }
  }
}
