/** A one-field form that adds what is typed (Enter or its button) and empties the field once it is added. */
import { useState } from 'react';

interface Props {
  className: string;
  /** The field's class: `field`, or `field field--inline` beside its button. */
  fieldClassName: string;
  label: string;
  button: string;
  /** Adds the text; true when it was added. */
  onAdd(text: string): Promise<boolean>;
}

export function AddTextForm({ className, fieldClassName, label, button, onAdd }: Props) {
  const [text, setText] = useState('');
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) void onAdd(text).then((ok) => ok && setText(''));
      }}
    >
      <label className={fieldClassName}>
        <span className="field__label">{label}</span>
        <input className="input" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" className="button">
        {button}
      </button>
    </form>
  );
}
