/** Tells the app when the bridge refuses this page's token (browser mode: Casebook was restarted, or no token). */
type Listener = () => void;
const listeners = new Set<Listener>();

export function reportUnauthorized(): void {
  for (const listener of [...listeners]) listener();
}

export function onUnauthorized(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
