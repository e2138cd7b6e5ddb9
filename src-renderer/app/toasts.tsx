/** Short messages in the corner: errors (they stay until read) and confirmations (they fade). */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { messageOf } from './api';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
  /** A button in the toast (Undo); pressing it also dismisses the toast. */
  action?: ToastAction;
}

export interface ToastAction {
  label: string;
  run(): void;
}

interface ToastApi {
  error(message: string): void;
  info(message: string, action?: ToastAction): void;
  /** Shows the readable message of anything thrown. */
  failure(err: unknown): void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts outside ToastProvider');
  return api;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (kind: Toast['kind'], message: string, action?: ToastAction) => {
      const id = nextId.current++;
      setToasts((list) => [...list.filter((t) => t.message !== message).slice(-3), { id, kind, message, action }]);
      // A toast with a button stays long enough to reach it by keyboard.
      setTimeout(() => dismiss(id), kind === 'error' ? 12_000 : action ? 12_000 : 4_000);
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(
    () => ({ error: (m) => push('error', m), info: (m, action) => push('info', m, action), failure: (err) => push('error', messageOf(err)) }),
    [push],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast--${t.kind}`} role={t.kind === 'error' ? 'alert' : undefined}>
            <span className="toast__message">{t.message}</span>
            {t.action && (
              <button
                type="button"
                className="button button--small toast__action"
                onClick={() => {
                  dismiss(t.id);
                  t.action?.run();
                }}
              >
                {t.action.label}
              </button>
            )}
            <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
