/**
 * Autosave for the brief: a save ~600 ms after the last change, one request at a time, and a
 * last save when the window hides, closes or reloads. The state is shown to the analyst.
 */
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, messageOf } from '../../app/api';
import { registerFlush } from '../../app/flush';
import { onBeforeClose } from '../../platform';

export const AUTOSAVE_DELAY_MS = 600;

export type BriefSaveState = { kind: 'saved'; at: string } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'error'; message: string };

export function useBriefAutosave(briefId: string, title: string, updatedAt: string) {
  const [state, setState] = useState<BriefSaveState>({ kind: 'saved', at: updatedAt });
  const editorRef = useRef<LexicalEditor | null>(null);
  const dirty = useRef(false);
  const titleRef = useRef(title);
  titleRef.current = title;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef<Promise<void> | null>(null);

  /** Saves what is unsaved; true when the notebook then has everything (false: the save failed). */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (saving.current) await saving.current;
    const editor = editorRef.current;
    if (!dirty.current || !editor) return !dirty.current;
    dirty.current = false;
    setState({ kind: 'saving' });
    const doc = editor.getEditorState().toJSON();
    const run = call('briefs.save', { id: briefId, title: titleRef.current.trim() || 'Brief', doc }).then(
      (v) => {
        if (!dirty.current) setState({ kind: 'saved', at: v.brief.updatedAt });
      },
      (err: unknown) => {
        dirty.current = true;
        setState({ kind: 'error', message: messageOf(err) });
      },
    );
    saving.current = run;
    await run;
    saving.current = null;
    return !dirty.current;
  }, [briefId]);

  const changed = useCallback(
    (editor: LexicalEditor) => {
      editorRef.current = editor;
      dirty.current = true;
      setState((s) => (s.kind === 'dirty' ? s : { kind: 'dirty' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onUnload = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    const off = onBeforeClose(() => flush().then(() => undefined));
    const unregister = registerFlush(flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
      off();
      unregister();
      void flush();
    };
  }, [flush]);

  return { state, changed, flush, editorRef, markTitleChanged: () => editorRef.current && changed(editorRef.current) };
}
