/**
 * Export: the brief with its claims as a document, the claims and sources as data, or the whole
 * notebook as one bundle; the whole notebook's claims, the open source's, or chosen ones.
 * Unsaved edits are saved first; the file goes where the analyst says (a save dialog in the
 * desktop app, then "Show in folder"; a download in the browser).
 */
import { useRef, useState } from 'react';
import type { MethodInput } from '../../src-main/contract/methods';
import { isDesktopApp, saveFile } from '../platform';
import { ApiFailure, call, messageOf } from './api';
import { BriefFields } from './export/BriefFields';
import { ExportStatus, type ExportPhase } from './export/ExportStatus';
import { FORMAT_GROUPS, formatName, isBriefFormat, type CitationStyle, type ExportFormat } from './export/formats';
import { ScopeFields, type ScopeKind } from './export/ScopeFields';
import { useBriefExport } from './export/useBriefExport';
import { useDialogKeys } from './export/useDialogKeys';
import { useExportChoices } from './export/useExportChoices';
import { flushAll } from './flush';
import { useAppState } from './state';
import { useToasts } from './toasts';

type Scope = MethodInput<'exports.render'>['scope'];

export function ExportDialog({ onClose }: { onClose(): void }) {
  const { sourceId } = useAppState();
  const toasts = useToasts();
  const choices = useExportChoices();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [scopeKind, setScopeKind] = useState<ScopeKind>('notebook');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [style, setStyle] = useState<CitationStyle>('chicago');
  const [includeEvidence, setIncludeEvidence] = useState(true);
  const [includeAnalyses, setIncludeAnalyses] = useState(false);
  const [chronology, setChronology] = useState(false);
  const brief = useBriefExport(choices.briefs, choices.briefTitle ?? '');
  const [phase, setPhase] = useState<ExportPhase>({ state: 'idle' });
  const dialog = useRef<HTMLDivElement>(null);
  // A second Enter before the page re-renders must not start a second export.
  const running = useRef(false);

  const busy = phase.state === 'exporting';
  const isBrief = isBriefFormat(format);
  const chosenIds = (choices.claims ?? []).filter((c) => chosen.has(c.id)).map((c) => c.id);
  const blocker = format !== 'bundle' && scopeKind === 'chosen' && chosenIds.length === 0 ? 'Choose at least one claim to export.' : null;

  const scope = (): Scope => {
    if (scopeKind === 'source' && sourceId) return { sourceId };
    if (scopeKind === 'chosen') return { claimIds: chosenIds };
    return undefined;
  };

  const run = async () => {
    if (running.current || blocker) return;
    running.current = true;
    setPhase({ state: 'exporting', what: formatName(format) });
    // The controls are disabled while exporting; the dialog keeps the focus (and Escape does nothing).
    dialog.current?.focus();
    try {
      await flushAll();
      if (isBrief) await brief.remember();
      const file =
        format === 'bundle'
          ? await call('exports.bundle', {})
          : await call('exports.render', {
              format,
              scope: scope(),
              style: isBrief ? style : undefined,
              includeEvidence,
              includeAnalyses: isBrief ? includeAnalyses : undefined,
              title: isBrief ? brief.title.trim() || undefined : undefined,
              // Sent even when blank: a blank author stays blank.
              author: isBrief ? brief.author.trim() : undefined,
              briefId: isBrief ? (brief.briefId ?? undefined) : undefined,
              chronology: isBrief ? chronology : undefined,
            });
      const saved = await saveFile({ suggestedName: file.fileName, mediaType: file.mediaType, data: file.data, encoding: 'base64' });
      if (!saved.ok) throw new ApiFailure(saved.error);
      const { saved: done, fileName = file.fileName, path } = saved.value;
      if (!done) return setPhase({ state: 'idle' });
      if (path && isDesktopApp()) {
        toasts.info(`Exported to ${path}`);
        return setPhase({ state: 'saved', fileName, path });
      }
      toasts.info(`Exported “${fileName}” to your browser’s downloads.`);
      onClose();
    } catch (err) {
      setPhase({ state: 'failed', message: messageOf(err) });
    } finally {
      running.current = false;
    }
  };

  useDialogKeys(dialog, {
    onEscape: () => !busy && onClose(),
    onEnter: () => (phase.state === 'saved' ? onClose() : void run()),
    // The chosen format has the focus when the dialog opens.
    initialFocus: 'input[name=format]:checked',
  });

  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <div className="dialog dialog--export" role="dialog" aria-modal="true" aria-label="Export" aria-busy={busy} tabIndex={-1} ref={dialog}>
        <h2 className="dialog__title">Export</h2>
        <div className="dialog__body export-dialog__columns">
          <fieldset className="export-dialog__column" disabled={busy}>
            {FORMAT_GROUPS.map((group) => (
              <fieldset key={group.title} className="dialog__group">
                <legend>{group.title}</legend>
                {group.formats.map((f) => (
                  <label key={f.value} className="dialog__choice">
                    <input
                      type="radio"
                      name="format"
                      value={f.value}
                      checked={format === f.value}
                      onChange={() => setFormat(f.value)}
                    />
                    <span className="dialog__choice-text">
                      {f.label} <span className="muted">{f.hint}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
            ))}
          </fieldset>
          <fieldset className="export-dialog__column" disabled={busy}>
            {format === 'bundle' ? (
              <p className="export-dialog__note muted">
                One .casebook file with every source (originals included), claim, evidence link and the brief. Open it with Casebook to carry on
                where you left off.
              </p>
            ) : (
              <>
                <ScopeFields
                  kind={scopeKind}
                  onKind={setScopeKind}
                  openSourceId={sourceId}
                  claims={choices.claims}
                  sourceTitles={choices.sourceTitles}
                  chosen={chosen}
                  onChosen={setChosen}
                />
                {isBrief && (
                  <BriefFields
                    briefs={brief.briefs}
                    briefId={brief.briefId}
                    onBrief={brief.setBriefId}
                    title={brief.title}
                    onTitle={brief.setTitle}
                    author={brief.author}
                    onAuthor={brief.setAuthor}
                    style={style}
                    onStyle={setStyle}
                  />
                )}
                <label className="dialog__choice export-dialog__evidence">
                  <input type="checkbox" checked={includeEvidence} onChange={(e) => setIncludeEvidence(e.target.checked)} />
                  <span className="dialog__choice-text">
                    {isBrief ? 'Evidence passages under each claim' : 'Evidence links'}
                  </span>
                </label>
                {isBrief && (
                  <label className="dialog__choice export-dialog__evidence">
                    <input type="checkbox" checked={includeAnalyses} onChange={(e) => setIncludeAnalyses(e.target.checked)} />
                    <span className="dialog__choice-text">Analyses of competing hypotheses (each matrix with its scores)</span>
                  </label>
                )}
                {isBrief && (
                  <label className="dialog__choice">
                    <input type="checkbox" checked={chronology} onChange={(e) => setChronology(e.target.checked)} />
                    <span className="dialog__choice-text">Chronology: the dated claims in time order</span>
                  </label>
                )}
              </>
            )}
          </fieldset>
        </div>
        {choices.error && phase.state === 'idle' && (
          <div className="export-status export-status--failed" role="alert">
            <span className="export-status__text">{choices.error}</span>
          </div>
        )}
        <ExportStatus phase={blocker && phase.state === 'idle' ? { state: 'hint', message: blocker } : phase} />
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" disabled={busy} onClick={onClose}>
            {phase.state === 'saved' ? 'Close' : 'Cancel'}
          </button>
          <button type="button" className="button button--primary" disabled={busy || Boolean(blocker)} onClick={() => void run()}>
            {busy ? 'Exporting…' : 'Export…'}
          </button>
        </div>
      </div>
    </div>
  );
}
