/** The reader's caret keys: which key press moves or extends the selection by how much, on Linux/Windows and on macOS. */
import { describe, expect, it } from 'vitest';
import { caretMove, type CaretMove, type KeyLike } from '../../src-renderer/editor/reader/caret-keys';

const press = (combo: string): KeyLike => {
  const parts = combo.split('+');
  const key = parts.pop() as string;
  return { key, shiftKey: parts.includes('Shift'), ctrlKey: parts.includes('Ctrl'), altKey: parts.includes('Alt'), metaKey: parts.includes('Meta') };
};

/** Key presses and what each should do, written "alter direction granularity"; null: nothing. */
type Expected = Record<string, string | null>;

const move = (spelled: string | null): CaretMove | null => {
  if (spelled === null) return null;
  const [alter, direction, granularity] = spelled.split(' ');
  return { alter, direction, granularity } as CaretMove;
};

/** Every press of `expected` through caretMove, compared with the whole move it should make. */
function expectMoves(expected: Expected, mac: boolean): void {
  const combos = Object.keys(expected);
  expect(Object.fromEntries(combos.map((combo) => [combo, caretMove(press(combo), mac)]))).toEqual(
    Object.fromEntries(combos.map((combo) => [combo, move(expected[combo])])),
  );
}

describe('caret keys', () => {
  it('moves by character, word, line, paragraph, line edge and document edge', () => {
    expectMoves(
      {
        ArrowRight: 'move forward character',
        ArrowLeft: 'move backward character',
        'Ctrl+ArrowRight': 'move forward word',
        ArrowDown: 'move forward line',
        'Ctrl+ArrowUp': 'move backward paragraph',
        End: 'move forward lineboundary',
        'Ctrl+Home': 'move backward documentboundary',
      },
      false,
    );
  });

  it('extends with Shift: character, word, sentence, paragraph', () => {
    expectMoves(
      {
        'Shift+ArrowRight': 'extend forward character',
        'Ctrl+Shift+ArrowLeft': 'extend backward word',
        'Alt+Shift+ArrowRight': 'extend forward sentence',
        'Ctrl+Shift+ArrowDown': 'extend forward paragraph',
        'Shift+End': 'extend forward lineboundary',
      },
      false,
    );
  });

  it('leaves other keys alone, Alt+Left (the browser’s Back) included', () => {
    const combos = ['Alt+ArrowLeft', 'Alt+ArrowRight', 'Enter', 'a', 'Ctrl+Alt+ArrowRight', 'Meta+ArrowRight', 'Tab', 'Alt+ArrowDown'];
    expectMoves(Object.fromEntries(combos.map((combo) => [combo, null])), false);
  });

  it('follows macOS conventions: Option by word, Ctrl+Option by sentence, Cmd to the edges', () => {
    expectMoves(
      {
        'Alt+Shift+ArrowRight': 'extend forward word',
        'Ctrl+Alt+Shift+ArrowLeft': 'extend backward sentence',
        'Alt+ArrowDown': 'move forward paragraph',
        'Meta+ArrowLeft': 'move backward lineboundary',
        'Meta+Shift+ArrowDown': 'extend forward documentboundary',
        'Ctrl+ArrowRight': null,
      },
      true,
    );
  });
});
