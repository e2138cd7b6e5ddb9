/** Tags as chips: type and press Enter (or comma) to add, × or Backspace to remove. */
import { useState } from 'react';

export function TagEditor({ tags, onChange }: { tags: string[]; onChange(tags: string[]): void }) {
  const [text, setText] = useState('');
  const add = (raw: string) => {
    const tag = raw.trim().replace(/,$/, '').trim();
    setText('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  return (
    <div className="tags">
      {tags.map((t) => (
        <span key={t} className="chip">
          {t}
          <button type="button" className="chip__remove" aria-label={`Remove tag ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))}>
            ×
          </button>
        </span>
      ))}
      <input
        className="tags__input"
        aria-label="Add a tag"
        placeholder={tags.length ? 'Add tag' : 'Add a tag and press Enter'}
        value={text}
        maxLength={80}
        onChange={(e) => (e.target.value.endsWith(',') ? add(e.target.value) : setText(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(text);
          } else if (e.key === 'Backspace' && !text && tags.length) onChange(tags.slice(0, -1));
        }}
        onBlur={() => text.trim() && add(text)}
      />
    </div>
  );
}
