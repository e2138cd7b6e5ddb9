/** Which analysis the Analysis view shows: the last one opened, remembered for this window. */
const KEY = 'casebook.analysis.open';

export function openedAnalysis(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberAnalysis(id: string | null): void {
  try {
    if (id) sessionStorage.setItem(KEY, id);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the view opens on the list instead.
  }
}
