/** Editing a source's details: title, authors, publisher, date, origin, language, reliability, notes. Escape cancels. */
import { useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { RELIABILITY_GRADES, type Reliability, type Source } from '../../../src-main/contract/domain';
import { call, messageOf } from '../../app/api';
import { useDialogKeys } from '../../app/export/useDialogKeys';
import { useToasts } from '../../app/toasts';
import { checkDetails, patchOf, valuesOf, type DetailsErrors, type DetailsValues } from './source-details';

export function SourceDetailsDialog({ source, onClose }: { source: Source; onClose(): void }) {
  const toasts = useToasts();
  const dialog = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<DetailsValues>(() => valuesOf(source));
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof DetailsValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  const save = async () => {
    if (busy) return;
    const found = checkDetails(values);
    setErrors(found);
    const firstWrong = Object.keys(found)[0];
    if (firstWrong) {
      dialog.current?.querySelector<HTMLElement>(`[name="${firstWrong}"]`)?.focus();
      return;
    }
    const patch = patchOf(source, values);
    if (!Object.keys(patch).length) return onClose();
    setBusy(true);
    try {
      await call('sources.update', { id: source.id, patch });
      toasts.info('Source details saved.');
      onClose();
    } catch (err) {
      setFailure(messageOf(err));
      setBusy(false);
    }
  };

  useDialogKeys(dialog, { onEscape: () => !busy && onClose(), onEnter: () => void save(), initialFocus: 'input[name=title]' });

  const field = (key: keyof DetailsValues, label: string, control: ReactNode, hint?: string, wide = false) => (
    <label className={`field${wide ? ' source-details__wide' : ''}`}>
      <span className="field__label">{label}</span>
      {control}
      {hint && !errors[key] && <span className="source-details__hint">{hint}</span>}
      {errors[key] && (
        <span className="field__error" id={`source-details-${key}-error`}>
          {errors[key]}
        </span>
      )}
    </label>
  );
  const input = (key: Exclude<keyof DetailsValues, 'reliability'>, extra: { placeholder?: string; maxLength?: number } = {}) => (
    <input
      className={`input${errors[key] ? ' input--invalid' : ''}`}
      name={key}
      value={values[key]}
      aria-invalid={errors[key] ? true : undefined}
      aria-describedby={errors[key] ? `source-details-${key}-error` : undefined}
      onChange={set(key)}
      {...extra}
    />
  );

  // On the body, so no pane's layout can clip or shift the modal.
  return createPortal(
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <div className="dialog dialog--source-details" role="dialog" aria-modal="true" aria-label="Source details" tabIndex={-1} ref={dialog}>
        <h2 className="dialog__title">Source details</h2>
        <form
          className="dialog__body"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <fieldset className="source-details__grid" disabled={busy}>
            {field('title', 'Title', input('title', { maxLength: 1000 }), undefined, true)}
            {field(
              'authors',
              'Authors',
              <textarea className="input textarea" name="authors" rows={2} value={values.authors} onChange={set('authors')} />,
              'One per line.',
            )}
            {field('publisher', 'Publisher', input('publisher', { maxLength: 500 }))}
            {field('publishedAt', 'Published', input('publishedAt', { placeholder: '2024-01-15' }), '2024, 2024-01 or 2024-01-15.')}
            {field('language', 'Language', input('language', { placeholder: 'en', maxLength: 35 }), 'A code such as en, fr or pt-BR.')}
            {field('origin', 'Origin', input('origin', { placeholder: 'https://… or a file name', maxLength: 4000 }), 'Where you got it: a web address or a file name.', true)}
            {field(
              'reliability',
              'Reliability',
              <select className="select" name="reliability" value={values.reliability} onChange={set('reliability')}>
                {(Object.keys(RELIABILITY_GRADES) as Reliability[]).map((g) => (
                  <option key={g} value={g}>
                    {g} — {RELIABILITY_GRADES[g]}
                  </option>
                ))}
              </select>,
              undefined,
              true,
            )}
            {field('notes', 'Notes', <textarea className="input textarea" name="notes" rows={3} value={values.notes} onChange={set('notes')} />, undefined, true)}
          </fieldset>
          {failure && (
            <p className="field__error" role="alert">
              Not saved: {failure}
            </p>
          )}
        </form>
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" disabled={busy} onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void save()}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
