/** Where a key moves the library's focused row: ↑ ↓ one row, PageUp/PageDown a screenful, Home/End the ends. */
export function targetRow(key: string, current: number, total: number, rowsPerScreen: number): number | null {
  if (total === 0) return null;
  const clamp = (n: number) => Math.max(0, Math.min(total - 1, n));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + Math.max(1, rowsPerScreen));
    case 'PageUp':
      return clamp(current - Math.max(1, rowsPerScreen));
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return null;
  }
}
