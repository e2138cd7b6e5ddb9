/**
 * The bridge's secret token arrives in the page address's fragment (`#token=…`), which browsers
 * never send to servers. It is kept for the tab's lifetime in sessionStorage (so a reload still
 * works) and removed from the address bar, leaving any other part of the fragment alone.
 */
const STORAGE_KEY = 'casebook.bridge-token';

export function takeBridgeToken(): string {
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
    return fromHash;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}
