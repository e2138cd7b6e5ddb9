/** Where the library's keys move the focused row. */
import { describe, expect, it } from 'vitest';
import { targetRow } from '../../src-renderer/panels/library/list-keys';

describe('library keys', () => {
  it('move one row with the arrows, a screenful with the Page keys, to the ends with Home and End, never past them', () => {
    expect(targetRow('ArrowDown', 4, 10_000, 12)).toBe(5);
    expect(targetRow('ArrowUp', 4, 10_000, 12)).toBe(3);
    expect(targetRow('ArrowUp', 0, 10_000, 12)).toBe(0);
    expect(targetRow('ArrowDown', 9_999, 10_000, 12)).toBe(9_999);
    expect(targetRow('PageDown', 4, 10_000, 12)).toBe(16);
    expect(targetRow('PageDown', 9_995, 10_000, 12)).toBe(9_999);
    expect(targetRow('PageUp', 20, 10_000, 12)).toBe(8);
    expect(targetRow('PageUp', 5, 10_000, 12)).toBe(0);
    expect(targetRow('Home', 500, 10_000, 12)).toBe(0);
    expect(targetRow('End', 5, 10_000, 12)).toBe(9_999);
  });

  it('move at least one row a page even in a tiny window, and leave other keys and empty lists alone', () => {
    expect(targetRow('PageDown', 3, 10, 0)).toBe(4);
    expect(targetRow('a', 3, 10, 5)).toBeNull();
    expect(targetRow('ArrowDown', 0, 0, 5)).toBeNull();
  });
});
