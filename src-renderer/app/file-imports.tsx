/**
 * Importing files: one queue for the Import button, drag-and-drop and the desktop menu. Files go
 * one at a time; each failure keeps its file so the analyst can retry (with a password for PDFs).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CasebookError } from '../../src-main/contract/errors';
import { checkImportSize } from '../../src-main/contract/import-formats';
import { onImportProgress, readFileAsBase64 } from '../platform';
import { ApiFailure, call, messageOf } from './api';
import { useDispatch } from './state';

export interface ImportFailure {
  id: number;
  fileName: string;
  message: string;
  /** Kept to retry with a password; absent for imports the desktop menu ran. */
  file?: File;
  needsPassword: boolean;
}

export interface ImportState {
  /** Files in the current batch, and how many are finished. */
  total: number;
  finished: number;
  current: string | null;
  failures: ImportFailure[];
  /** Notes about the last batch (duplicates, warnings). */
  notes: string[];
}

interface ImportApi {
  state: ImportState;
  importFiles(files: readonly File[]): Promise<void>;
  retry(failure: ImportFailure, password?: string): Promise<void>;
  dismissFailure(id: number): void;
  dismissNotes(): void;
}

const ImportContext = createContext<ImportApi | null>(null);

export function useImports(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImports outside ImportProvider');
  return api;
}

/** Annotation files (W3C Web Annotations, Hypothesis exports) add claims to sources already here. */
const ANNOTATION_FILE = /\.(json|jsonld)$/i;

/**
 * A file refused by its name and size alone, at once: too large for its format (the limits the
 * main side enforces, in the same words) or of a format Casebook cannot import. Nothing is read.
 */
function refusalOf(file: File): Omit<ImportFailure, 'id'> | null {
  if (ANNOTATION_FILE.test(file.name)) return null;
  try {
    checkImportSize(file.name, file.size);
    return null;
  } catch (err) {
    return { fileName: file.name, message: err instanceof CasebookError ? err.message : messageOf(err), needsPassword: false };
  }
}

const EMPTY: ImportState = { total: 0, finished: 0, current: null, failures: [], notes: [] };

export function ImportProvider({ children }: { children: ReactNode }) {
  const dispatch = useDispatch();
  const [state, setState] = useState<ImportState>(EMPTY);
  const nextId = useRef(1);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const importOne = useCallback(
    async (file: File, password?: string): Promise<string | null> => {
      setState((s) => ({ ...s, current: file.name }));
      try {
        const data = await readFileAsBase64(file);
        if (ANNOTATION_FILE.test(file.name)) {
          const result = await call('annotations.import', { fileName: file.name, data });
          const skipped = result.orphans.length + result.errors.length;
          const note = `${file.name}: ${result.created.length} claims and ${result.links.length} evidence links imported${skipped ? `; ${skipped} annotations could not be placed (their passage or source was not found)` : ''}.`;
          setState((s) => ({ ...s, notes: [...s.notes, note].slice(-20) }));
          return null;
        }
        const result = await call('sources.import', { fileName: file.name, data, password });
        const notes = [
          ...(result.duplicate ? [`${file.name}: already in this notebook as “${result.source.title}”.`] : []),
          ...result.warnings.map((w) => `${file.name}: ${w}`),
        ];
        if (notes.length) setState((s) => ({ ...s, notes: [...s.notes, ...notes].slice(-20) }));
        return result.source.id;
      } catch (err) {
        const failure: ImportFailure = {
          id: nextId.current++,
          fileName: file.name,
          message: messageOf(err),
          file,
          needsPassword: err instanceof ApiFailure && err.code === 'PASSWORD_REQUIRED',
        };
        setState((s) => ({ ...s, failures: [...s.failures, failure] }));
        return null;
      }
    },
    [],
  );

  const importFiles = useCallback(
    (files: readonly File[]) => {
      const refused = files.map(refusalOf);
      const accepted = files.filter((_file, i) => !refused[i]);
      const failures = refused.filter((failure) => failure !== null).map((failure) => ({ ...failure, id: nextId.current++ }));
      if (failures.length) setState((s) => ({ ...s, failures: [...s.failures, ...failures] }));
      if (accepted.length === 0) return Promise.resolve();
      setState((s) => ({ ...s, total: s.total - s.finished + accepted.length, finished: 0, notes: [] }));
      const run = async () => {
        let last: string | null = null;
        for (const file of accepted) {
          const id = await importOne(file);
          if (id) last = id;
          setState((s) => ({ ...s, finished: s.finished + 1 }));
        }
        setState((s) => (s.finished >= s.total ? { ...s, total: 0, finished: 0, current: null } : s));
        if (last) dispatch({ type: 'selectSource', sourceId: last });
      };
      queue.current = queue.current.then(run, run);
      return queue.current;
    },
    [importOne, dispatch],
  );

  const retry = useCallback(
    async (failure: ImportFailure, password?: string) => {
      if (!failure.file) return;
      setState((s) => ({ ...s, failures: s.failures.filter((f) => f.id !== failure.id) }));
      const id = await importOne(failure.file, password);
      setState((s) => ({ ...s, current: null }));
      if (id) dispatch({ type: 'selectSource', sourceId: id });
    },
    [importOne, dispatch],
  );

  // Imports the desktop menu runs in the main process report here too.
  useEffect(
    () =>
      onImportProgress((p) => {
        setState((s) => {
          if (p.state === 'importing') return { ...s, total: p.total, finished: p.index, current: p.fileName };
          const failures = p.state === 'failed' && p.error ? [...s.failures, { id: nextId.current++, fileName: p.fileName, message: p.error.message, needsPassword: false }] : s.failures;
          const done = p.index + 1 >= p.total;
          return { ...s, failures, total: done ? 0 : p.total, finished: done ? 0 : p.index + 1, current: done ? null : s.current };
        });
        if (p.state === 'done' && p.sourceId && p.index + 1 >= p.total) dispatch({ type: 'selectSource', sourceId: p.sourceId });
      }),
    [dispatch],
  );

  const api = useMemo<ImportApi>(
    () => ({
      state,
      importFiles,
      retry,
      dismissFailure: (id) => setState((s) => ({ ...s, failures: s.failures.filter((f) => f.id !== id) })),
      dismissNotes: () => setState((s) => ({ ...s, notes: [] })),
    }),
    [state, importFiles, retry],
  );
  return <ImportContext.Provider value={api}>{children}</ImportContext.Provider>;
}
