/** Edits the note of a cell or of a row, under the matrix: Enter saves, Shift+Enter breaks the line, Escape leaves it. */
import { useEffect, useRef, useState } from 'react';

interface Props {
  label: string;
  initial: string;
  onSave(note: string): void;
  onClose(): void;
}

export function NoteEditor({ label, initial, onSave, onClose }: Props) {
  const [note, setNote] = useState(initial);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  return (
    <div className="ach-note">
      <label className="field">
        <span className="field__label">{label}</span>
        <textarea
          ref={area}
          className="input"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              onClose();
            } else if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              onSave(note);
            }
          }}
        />
      </label>
      <span className="muted ach-note__hint">Enter saves · Shift+Enter new line · Esc leaves it</span>
    </div>
  );
}
