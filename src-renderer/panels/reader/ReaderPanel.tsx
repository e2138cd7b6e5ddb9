/**
 * The centre pane's reader: the selected source's header (with the claims citing it), its text
 * with claim highlights and cited passages, the floating "New claim" toolbar, hover tooltips,
 * and the add-evidence banner when linking.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Claim, EvidenceCitation } from '../../../src-main/contract/domain';
import { call } from '../../app/api';
import { useSourceCitations, useSourceDoc, useSourceMarks } from '../../app/queries';
import { focusStatementWhenShown } from '../../app/claim-focus';
import { useOpenSourceClaims } from '../../app/source-claims';
import { isModKey, MOD_LABEL } from '../../app/labels';
import { useAppState, useDispatch } from '../../app/state';
import { useToasts } from '../../app/toasts';
import { ReaderEditor, type ReaderHandle, type ReaderSelection } from '../../editor/reader/ReaderEditor';
import { warmUpReaderWhenIdle } from '../../editor/reader/warm-up';
import type { MarkHover } from '../../editor/reader/useMarkEvents';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { FindBar } from './FindBar';
import { EntityMarks } from '../entities/EntityMarks';
import { LinkingBanner } from './LinkingBanner';
import { MarkTooltip } from './MarkTooltip';
import { SelectionToolbar } from './SelectionToolbar';
import { SourceHeader } from './SourceHeader';
import { SuggestionToggle } from './SuggestionToggle';
import { useLinkingReturn } from './useLinkingReturn';

const NO_CITATIONS: EvidenceCitation[] = [];

export function ReaderPanel() {
  const { sourceId, claimId, passage, linking, view } = useAppState();
  const dispatch = useDispatch();
  const toasts = useToasts();
  const doc = useSourceDoc(sourceId);
  // The text waits for the marks only; the full claims (for the tooltips) load beside them.
  const { marks, error: marksError } = useSourceMarks(sourceId);
  const { claims } = useOpenSourceClaims();
  const reader = useRef<ReaderHandle>(null);
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const [kept, setKept] = useState<ReaderSelection | null>(null);
  const [hover, setHover] = useState<MarkHover | null>(null);
  const creating = useRef(false);
  const scrollFrame = useRef(0);
  const citationsData = useSourceCitations(sourceId).data;
  // None stays the same empty list: the reader re-cuts its marks when its evidence prop changes.
  const citations = useMemo(() => {
    const here = citationsData?.filter((c) => c.sourceId === sourceId);
    return here?.length ? here : NO_CITATIONS;
  }, [citationsData, sourceId]);
  const { onBuilt } = useLinkingReturn(reader, linking, sourceId);

  // Keep the floating toolbar on its selection while the text scrolls; drop a stale tooltip.
  const onScroll = useCallback(() => {
    setHover(null);
    cancelAnimationFrame(scrollFrame.current);
    scrollFrame.current = requestAnimationFrame(() => setSelection((s) => (s ? reader.current?.currentSelection() ?? null : s)));
  }, []);

  // The first source opened finds the reader's code compiled (warm-up.tsx). Only while none is
  // open: an open source builds the real reader, which compiles the same code.
  const sourceOpen = sourceId != null;
  useEffect(() => (sourceOpen ? undefined : warmUpReaderWhenIdle()), [sourceOpen]);

  useEffect(() => {
    setSelection(null);
    setKept(null);
    setHover(null);
  }, [sourceId]);

  useEffect(() => {
    if (doc.notFound && sourceId) dispatch({ type: 'forget', sourceId });
  }, [doc.notFound, sourceId, dispatch]);

  const onSelection = useCallback((s: ReaderSelection | null) => {
    setSelection(s);
    if (s) setKept(s);
  }, []);

  const createClaim = useCallback(async () => {
    if (creating.current) return;
    if (!sourceId) {
      toasts.info('Open a source first, then select a passage in its text to make a claim.');
      return;
    }
    const current = reader.current?.currentSelection() ?? null;
    if (!current) {
      toasts.info(`Select a passage in the text first: press F7 to put a caret in it, Shift+arrow keys to select (Ctrl+Shift for whole words), then ${MOD_LABEL}Shift+C.`);
      return;
    }
    creating.current = true;
    try {
      const { claim } = await call('claims.create', { sourceId, start: current.start, end: current.end });
      window.getSelection()?.removeAllRanges();
      setSelection(null);
      focusStatementWhenShown(claim.id);
      dispatch({ type: 'openClaim', claimId: claim.id, sourceId });
    } catch (err) {
      toasts.failure(err);
    } finally {
      creating.current = false;
    }
  }, [sourceId, dispatch, toasts]);

  // Ctrl/Cmd+Shift+C: make the selection a claim (or say what to do first).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isModKey(e) && e.shiftKey && !e.altKey && (e.key === 'C' || e.key === 'c' || e.code === 'KeyC')) {
        if (view !== 'reader') return;
        e.preventDefault();
        if (linking) toasts.info('You are adding evidence: select its passage, then choose Link passage in the bar above the text.');
        else void createClaim();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [createClaim, linking, view, toasts]);

  const openCitingClaim = useCallback(
    (evidenceIds: string[]) => {
      const citation = citations.find((c) => evidenceIds.includes(c.id));
      if (citation) dispatch({ type: 'openClaim', claimId: citation.claimId });
    },
    [citations, dispatch],
  );

  const claimsById = useMemo(() => new Map((claims ?? []).map((c) => [c.id, c])), [claims]);
  const hovered = useMemo(() => (hover ? hover.claimIds.map((id) => claimsById.get(id)).filter((c): c is Claim => !!c) : []), [hover, claimsById]);
  const hoveredCitations = useMemo(() => (hover ? citations.filter((c) => hover.evidenceIds.includes(c.id)) : NO_CITATIONS), [hover, citations]);
  const passageHere = passage && passage.sourceId === sourceId ? passage : null;

  const banner = linking ? <LinkingBanner linking={linking} sourceId={sourceId} selection={kept} /> : null;

  if (!sourceId) {
    return (
      <div className="reader">
        {banner}
        <EmptyState title="No source open">
          <p>Choose a source in the library on the left, or import a report: drop files anywhere in this window or click Import.</p>
        </EmptyState>
      </div>
    );
  }
  if (doc.error && !doc.data) {
    return (
      <div className="reader">
        {banner}
        <EmptyState title="This source could not be opened">
          <p>{doc.error}</p>
        </EmptyState>
      </div>
    );
  }
  if (!doc.data || doc.data.source.id !== sourceId || !marks) {
    return (
      <div className="reader">
        {banner}
        {marksError ? <EmptyState title="The claims of this source could not be loaded">{marksError}</EmptyState> : <Loading label="Opening the source…" />}
      </div>
    );
  }

  return (
    <div className="reader">
      <SourceHeader source={doc.data.source} citations={citations} />
      {banner}
      {doc.data.blocks.length > 0 && <FindBar key={sourceId} reader={reader} blocks={doc.data.blocks} sourceId={sourceId} />}
      {doc.data.blocks.length > 0 && <EntityMarks reader={reader} sourceId={sourceId} />}
      {doc.data.blocks.length > 0 && <SuggestionToggle key={`${sourceId}:suggestions`} reader={reader} sourceId={sourceId} hasClaims={(marks?.length ?? 0) > 0} />}
      <div className="reader__scroll" onScroll={onScroll}>
        {doc.data.blocks.length === 0 ? (
          <EmptyState title="This source has no text">
            <p>Casebook kept the original file, but found no text in it to read or quote (a scanned PDF, for example).</p>
          </EmptyState>
        ) : (
          <ReaderEditor
            key={sourceId}
            ref={reader}
            blocks={doc.data.blocks}
            marks={marks}
            evidence={citations}
            selectedClaimId={claimId}
            passage={passageHere}
            onSelection={onSelection}
            onMarkClick={(ids) => dispatch({ type: 'openClaim', claimId: ids[0], sourceId })}
            onEvidenceClick={openCitingClaim}
            onMarkHover={setHover}
            onBuilt={onBuilt}
          />
        )}
      </div>
      {selection && (
        <SelectionToolbar rect={selection.rect}>
          {linking ? (
            <span className="selection-toolbar__hint">Passage chosen: link it in the bar above</span>
          ) : (
            <button type="button" className="button button--primary button--small" onClick={() => void createClaim()}>
              New claim <kbd>{MOD_LABEL}Shift+C</kbd>
            </button>
          )}
        </SelectionToolbar>
      )}
      {hover && !selection && <MarkTooltip claims={hovered} citations={hoveredCitations} rect={hover.rect} />}
    </div>
  );
}
