/**
 * What the matrix's keys do to the notebook: each write answers with the analysis and its new
 * scores, shown at once (`fresh`) until the cached read catches up.
 */
import { useState, type ReactNode } from 'react';
import type { AnalysisRow, AnalysisView } from '../../../src-main/contract/methods-analyses';
import { call } from '../../app/api';
import { useToasts } from '../../app/toasts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { MatrixEdit } from './AchMatrix';
import { NoteEditor } from './NoteEditor';

export function useAnalysisEdits(view: AnalysisView | undefined, setFresh: (v: AnalysisView) => void, refocus: () => void) {
  const toasts = useToasts();
  const [note, setNote] = useState<{ row: AnalysisRow; hypothesisId: string | null } | null>(null);
  const [removing, setRemoving] = useState<AnalysisRow | null>(null);
  const id = view?.analysis.id ?? '';

  const write = async (p: Promise<AnalysisView>) => {
    try {
      setFresh(await p);
    } catch (err) {
      toasts.failure(err);
    }
  };
  const removeRow = (row: AnalysisRow) => write(call('analyses.removeRow', { id, row: row.id })).then(refocus);

  const edit = (e: MatrixEdit) => {
    switch (e.kind) {
      case 'rate':
        return void write(call('analyses.rate', { id, row: e.row.id, hypothesisId: e.hypothesisId, rating: e.rating }));
      case 'relevance':
        return void write(call('analyses.setRow', { id, row: e.row.id, patch: { relevance: e.value } }));
      case 'credibility':
        return void write(call('analyses.setRow', { id, row: e.row.id, patch: { credibilityOverride: e.value } }));
      case 'note':
        if (e.hypothesisId && !e.row.ratings[e.hypothesisId]) return toasts.error('Rate the cell first, then give it a note.');
        return setNote({ row: e.row, hypothesisId: e.hypothesisId });
      case 'remove':
        // A row with ratings asks first; an empty one goes at once.
        return Object.keys(e.row.ratings).length ? setRemoving(e.row) : void removeRow(e.row);
    }
  };

  const hypLabel = (hid: string) => view?.analysis.hypotheses.find((h) => h.id === hid)?.label ?? '';
  const closeNote = () => {
    setNote(null);
    refocus();
  };
  const saveNote = (text: string) => {
    if (!note) return;
    const { row, hypothesisId } = note;
    const done = hypothesisId
      ? call('analyses.rate', { id, row: row.id, hypothesisId, rating: row.ratings[hypothesisId], note: text })
      : call('analyses.setRow', { id, row: row.id, patch: { note: text } });
    void write(done).then(closeNote);
  };

  const ui: ReactNode = (
    <>
      {note && (
        <NoteEditor
          key={`${note.row.id}:${note.hypothesisId}`}
          label={note.hypothesisId ? `Note on “${note.row.text}” for “${hypLabel(note.hypothesisId)}”` : `Note on the row “${note.row.text}”`}
          initial={note.hypothesisId ? (note.row.cellNotes[note.hypothesisId] ?? '') : note.row.note}
          onSave={saveNote}
          onClose={closeNote}
        />
      )}
      {removing && (
        <ConfirmDialog
          title="Remove this row?"
          message={`“${removing.text}” and its ratings leave the matrix (the claim stays in the notebook; the audit log keeps the ratings).`}
          keepLabel="Keep the row"
          confirmLabel="Remove row"
          onKeep={() => {
            setRemoving(null);
            refocus();
          }}
          onConfirm={() => {
            const row = removing;
            setRemoving(null);
            void removeRow(row);
          }}
        />
      )}
    </>
  );
  return { edit, ui };
}
