/**
 * The bridge's secret token arrives in the page address's fragment (`#token=…`), which browsers
 * never send to servers. It is kept for the tab's lifetime in sessionStorage (so a reload still
 * works) and removed from the address bar, leaving any other part of the fragment alone.
 */
const STORAGE_KEY = 'casebook.bridge-token';

/** This page's token once taken (also when storage is disabled and it lives only in memory). */
let taken: string | undefined;

export function takeBridgeToken(): string {
  if (taken !== undefined) return taken;
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (fromHash) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, fromHash);
    } catch {
      // storage disabled: the token then lives only in memory for this page
    }
    params.delete('token');
    const rest = params.toString();
    const url = window.location.pathname + window.location.search + (rest ? `#${rest}` : '');
    window.history.replaceState(window.history.state, '', url);
    taken = fromHash;
    return fromHash;
  }
  try {
    taken = window.sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    taken = '';
  }
  return taken;
}

/** Forgets a token the bridge refused (Casebook was restarted), so a reload does not offer it again. */
export function forgetBridgeToken(): void {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
}
