/** Listeners by event type, each typed by its event: `{ keydown: (e: KeyboardEvent) => … }`. */
export type Listeners<M> = { [K in keyof M]?: (event: M[K]) => void };

/**
 * Adds each of `listeners` to `target` and returns what removes them all again: the add/remove
 * pair an effect would otherwise write out once per event type.
 */
export function listenAll(target: Window, listeners: Listeners<WindowEventMap>, options?: AddEventListenerOptions): () => void;
export function listenAll(target: Document, listeners: Listeners<DocumentEventMap>, options?: AddEventListenerOptions): () => void;
export function listenAll(target: HTMLElement, listeners: Listeners<HTMLElementEventMap>, options?: AddEventListenerOptions): () => void;
export function listenAll(target: EventTarget, listeners: Record<string, ((event: never) => void) | undefined>, options?: AddEventListenerOptions): () => void {
  const added = Object.entries(listeners).filter((entry): entry is [string, EventListener] => entry[1] !== undefined);
  for (const [type, listener] of added) target.addEventListener(type, listener, options);
  return () => {
    for (const [type, listener] of added) target.removeEventListener(type, listener, options);
  };
}
