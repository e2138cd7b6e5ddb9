/**
 * Export: the brief with its claims as a document, the claims and sources as data, or the whole
 * notebook as one bundle. Unsaved edits are saved first; the file goes where the analyst says
 * (a save dialog in the desktop app, a download in the browser).
 */
import { useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../src-main/contract/methods';
import { saveFile } from '../platform';
import { call } from './api';
import { flushAll } from './flush';
import { useAppState } from './state';
import { useToasts } from './toasts';

type Format = MethodInput<'exports.render'>['format'] | 'bundle';

const GROUPS: { title: string; formats: { value: Format; label: string; hint: string }[] }[] = [
  {
    title: 'The brief, with its claims cited',
    formats: [
      { value: 'docx', label: 'Word', hint: '.docx' },
      { value: 'pdf', label: 'PDF', hint: '.pdf' },
      { value: 'html', label: 'Web page', hint: '.html' },
      { value: 'md', label: 'Markdown', hint: '.md' },
    ],
  },
  {
    title: 'Claims and sources as data',
    formats: [
      { value: 'w3c', label: 'W3C Web Annotations', hint: '.jsonld' },
      { value: 'csv', label: 'Spreadsheet', hint: '.csv' },
      { value: 'csl', label: 'CSL JSON (Zotero)', hint: '.json' },
      { value: 'bibtex', label: 'BibTeX', hint: '.bib' },
      { value: 'ris', label: 'RIS', hint: '.ris' },
    ],
  },
  {
    title: 'Everything',
    formats: [{ value: 'bundle', label: 'The whole notebook, originals included', hint: '.casebook' }],
  },
];

const BRIEF_FORMATS: Format[] = ['docx', 'pdf', 'html', 'md'];

export function ExportDialog({ onClose }: { onClose(): void }) {
  const { sourceId } = useAppState();
  const toasts = useToasts();
  const [format, setFormat] = useState<Format>('docx');
  const [onlySource, setOnlySource] = useState(false);
  const [style, setStyle] = useState<'apa' | 'chicago'>('chicago');
  const [includeEvidence, setIncludeEvidence] = useState(true);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.querySelector<HTMLInputElement>('input[type=radio]:checked')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const run = async () => {
    setBusy(true);
    try {
      await flushAll();
      const file =
        format === 'bundle'
          ? await call('exports.bundle', {})
          : await call('exports.render', {
              format,
              style: BRIEF_FORMATS.includes(format) ? style : undefined,
              includeEvidence,
              scope: onlySource && sourceId ? { sourceId } : undefined,
            });
      const saved = await saveFile({ suggestedName: file.fileName, mediaType: file.mediaType, data: file.data, encoding: 'base64' });
      if (!saved.ok) throw new Error(saved.error.message);
      if (saved.value.saved) toasts.info(`Exported ${saved.value.fileName ?? file.fileName}.`);
      onClose();
    } catch (err) {
      toasts.failure(err);
    } finally {
      setBusy(false);
    }
  };

  const isBrief = BRIEF_FORMATS.includes(format);
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-label="Export" ref={dialog}>
        <h2 className="dialog__title">Export</h2>
        <div className="dialog__body">
          {GROUPS.map((group) => (
            <fieldset key={group.title} className="dialog__group">
              <legend>{group.title}</legend>
              {group.formats.map((f) => (
                <label key={f.value} className="dialog__choice">
                  <input type="radio" name="format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
                  {f.label} <span className="muted">{f.hint}</span>
                </label>
              ))}
            </fieldset>
          ))}
          {format !== 'bundle' && (
            <fieldset className="dialog__group">
              <legend>Options</legend>
              {isBrief && (
                <label className="dialog__choice">
                  Citation style
                  <select className="select select--small" value={style} onChange={(e) => setStyle(e.target.value as 'apa' | 'chicago')}>
                    <option value="chicago">Chicago</option>
                    <option value="apa">APA</option>
                  </select>
                </label>
              )}
              <label className="dialog__choice">
                <input type="checkbox" checked={includeEvidence} onChange={(e) => setIncludeEvidence(e.target.checked)} /> Include evidence links
              </label>
              {!isBrief && sourceId && (
                <label className="dialog__choice">
                  <input type="checkbox" checked={onlySource} onChange={(e) => setOnlySource(e.target.checked)} /> Only the claims of the open source
                </label>
              )}
            </fieldset>
          )}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void run()}>
            {busy ? 'Exporting…' : 'Export…'}
          </button>
        </div>
      </div>
    </div>
  );
}
