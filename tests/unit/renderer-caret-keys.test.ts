/** The reader's caret keys: which key press moves or extends the selection by how much, on Linux/Windows and on macOS. */
import { describe, expect, it } from 'vitest';
import { caretMove, type KeyLike } from '../../src-renderer/editor/reader/caret-keys';

const press = (combo: string): KeyLike => {
  const parts = combo.split('+');
  const key = parts.pop() as string;
  return { key, shiftKey: parts.includes('Shift'), ctrlKey: parts.includes('Ctrl'), altKey: parts.includes('Alt'), metaKey: parts.includes('Meta') };
};
const pc = (combo: string) => caretMove(press(combo), false);
const mac = (combo: string) => caretMove(press(combo), true);

describe('caret keys', () => {
  it('moves by character, word, line, paragraph, line edge and document edge', () => {
    expect(pc('ArrowRight')).toEqual({ alter: 'move', direction: 'forward', granularity: 'character' });
    expect(pc('ArrowLeft')).toEqual({ alter: 'move', direction: 'backward', granularity: 'character' });
    expect(pc('Ctrl+ArrowRight')).toEqual({ alter: 'move', direction: 'forward', granularity: 'word' });
    expect(pc('ArrowDown')).toEqual({ alter: 'move', direction: 'forward', granularity: 'line' });
    expect(pc('Ctrl+ArrowUp')).toEqual({ alter: 'move', direction: 'backward', granularity: 'paragraph' });
    expect(pc('End')).toEqual({ alter: 'move', direction: 'forward', granularity: 'lineboundary' });
    expect(pc('Ctrl+Home')).toEqual({ alter: 'move', direction: 'backward', granularity: 'documentboundary' });
  });

  it('extends with Shift: character, word, sentence, paragraph', () => {
    expect(pc('Shift+ArrowRight')).toEqual({ alter: 'extend', direction: 'forward', granularity: 'character' });
    expect(pc('Ctrl+Shift+ArrowLeft')).toEqual({ alter: 'extend', direction: 'backward', granularity: 'word' });
    expect(pc('Alt+Shift+ArrowRight')).toEqual({ alter: 'extend', direction: 'forward', granularity: 'sentence' });
    expect(pc('Ctrl+Shift+ArrowDown')).toEqual({ alter: 'extend', direction: 'forward', granularity: 'paragraph' });
    expect(pc('Shift+End')).toEqual({ alter: 'extend', direction: 'forward', granularity: 'lineboundary' });
  });

  it('leaves other keys alone, Alt+Left (the browser’s Back) included', () => {
    for (const combo of ['Alt+ArrowLeft', 'Alt+ArrowRight', 'Enter', 'a', 'Ctrl+Alt+ArrowRight', 'Meta+ArrowRight', 'Tab', 'Alt+ArrowDown']) expect(pc(combo)).toBeNull();
  });

  it('follows macOS conventions: Option by word, Ctrl+Option by sentence, Cmd to the edges', () => {
    expect(mac('Alt+Shift+ArrowRight')).toEqual({ alter: 'extend', direction: 'forward', granularity: 'word' });
    expect(mac('Ctrl+Alt+Shift+ArrowLeft')).toEqual({ alter: 'extend', direction: 'backward', granularity: 'sentence' });
    expect(mac('Alt+ArrowDown')).toEqual({ alter: 'move', direction: 'forward', granularity: 'paragraph' });
    expect(mac('Meta+ArrowLeft')).toEqual({ alter: 'move', direction: 'backward', granularity: 'lineboundary' });
    expect(mac('Meta+Shift+ArrowDown')).toEqual({ alter: 'extend', direction: 'forward', granularity: 'documentboundary' });
    expect(mac('Ctrl+ArrowRight')).toBeNull();
  });
});
