/** The interface the renderer talks to, whatever carries it (Electron IPC or the loopback HTTP bridge). */
import type { Result } from './errors';
import type { ChangeEvent, MethodInput, MethodName, MethodOutput } from './methods';

export interface CasebookClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}
