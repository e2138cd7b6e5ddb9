/**
 * The brief checks' findings beside the brief: each one focusable (Enter puts the caret on its
 * words), with "Dismiss…" asking for a reason, and the dismissed ones apart, each restorable.
 */
import type { LexicalEditor } from 'lexical';
import { useRef, useState, type RefObject } from 'react';
import type { BriefFinding } from '../../../src-main/contract/brief-checks';
import { BRIEF_RULES } from '../../../src-main/contract/brief-checks';
import type { DismissedBriefFinding } from '../../../src-main/contract/methods-brief-checks';
import { call } from '../../app/api';
import { useToasts } from '../../app/toasts';
import { locateFindings, moveCaretTo } from '../../editor/brief/finding-ranges';
import '../../styles/brief-checks.css';

interface Props {
  briefId: string;
  findings: BriefFinding[] | undefined;
  dismissed: DismissedBriefFinding[];
  error: string | null;
  editorRef: RefObject<LexicalEditor | null>;
}

const OPEN_KEY = 'casebook.briefChecksOpen';

/** Whether the Checks panel is shown (remembered on this machine); the marks in the text stay either way. */
export function useChecksOpen(): [boolean, () => void] {
  const [open, setOpen] = useState(() => window.localStorage.getItem(OPEN_KEY) !== 'no');
  const toggle = () =>
    setOpen((was) => {
      window.localStorage.setItem(OPEN_KEY, was ? 'no' : 'yes');
      return !was;
    });
  return [open, toggle];
}

export function ChecksToggle({ open, count, onToggle }: { open: boolean; count: number | undefined; onToggle(): void }) {
  return (
    <button type="button" className="button button--small brief-checks-toggle" aria-expanded={open} aria-controls="brief-checks" onClick={onToggle}>
      Checks{count !== undefined && <span className="brief-checks__count">{count}</span>}
    </button>
  );
}

const short = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 90 ? `${t.slice(0, 89)}…` : t;
};

export function BriefFindingsPanel({ briefId, findings, dismissed, error, editorRef }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const goTo = (finding: BriefFinding) => {
    const editor = editorRef.current;
    const [located] = editor ? locateFindings(editor, [finding]) : [];
    if (editor && located) moveCaretTo(editor, located);
  };
  const count = findings?.length ?? 0;
  return (
    <aside id="brief-checks" className="brief-checks" aria-labelledby="brief-checks-title">
      <h2 id="brief-checks-title" className="brief-checks__title" tabIndex={-1}>
        Checks
      </h2>
      <p className="brief-checks__hint">ICD 203 analytic standards. F8 / Shift+F8: next or previous finding in the text.</p>
      {error && (
        <p className="brief-checks__error" role="alert">
          The brief could not be checked: {error}
        </p>
      )}
      {findings && count === 0 && <p className="brief-checks__empty">No findings in the saved brief.</p>}
      <ol ref={list} className="brief-checks__list" aria-label="Findings">
        {findings?.map((f, i) => (
          <FindingItem key={`${f.fingerprint}@${f.start}`} briefId={briefId} finding={f} onGo={() => goTo(f)} onDismissed={() => focusAfter(list.current, i)} />
        ))}
      </ol>
      {dismissed.length > 0 && <DismissedList briefId={briefId} dismissed={dismissed} />}
    </aside>
  );
}

/** After a dismissal, focus the finding that took its place (or the one before, or the list). */
function focusAfter(list: HTMLOListElement | null, index: number): void {
  requestAnimationFrame(() => {
    const items = list?.querySelectorAll<HTMLElement>('.finding__go');
    const next = items?.[Math.min(index, items.length - 1)];
    (next ?? list?.closest('aside')?.querySelector<HTMLElement>('h2'))?.focus();
  });
}

function FindingItem({ briefId, finding, onGo, onDismissed }: { briefId: string; finding: BriefFinding; onGo(): void; onDismissed(): void }) {
  const toasts = useToasts();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const dismissButton = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => dismissButton.current?.focus());
  };
  const dismiss = async () => {
    if (!reason.trim()) return;
    setBusy(true);
    try {
      await call('briefs.dismissFinding', { briefId, fingerprint: finding.fingerprint, reason });
      onDismissed();
      toasts.info('Finding dismissed.', { label: 'Undo', run: () => void call('briefs.restoreFinding', { briefId, fingerprint: finding.fingerprint }).catch(toasts.failure) });
    } catch (err) {
      toasts.failure(err);
      setBusy(false);
    }
  };
  return (
    <li className="finding" data-rule={finding.rule}>
      <button type="button" className="finding__go" onClick={onGo} title="Put the caret on these words (Enter)">
        <span className="finding__rule">{BRIEF_RULES[finding.rule]}</span>
        <span className="finding__excerpt">“{short(finding.excerpt)}”</span>
      </button>
      <p className="finding__message">{finding.message}</p>
      {asking ? (
        <form
          className="finding__dismiss"
          onSubmit={(e) => {
            e.preventDefault();
            void dismiss();
          }}
          onKeyDown={(e) => e.key === 'Escape' && cancel()}
        >
          <input
            className="input input--small"
            aria-label="Why this finding does not apply"
            placeholder="Why it does not apply…"
            value={reason}
            autoFocus
            maxLength={2000}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" className="button button--small button--primary" disabled={busy || !reason.trim()}>
            Dismiss
          </button>
          <button type="button" className="button button--small button--quiet" onClick={cancel}>
            Cancel
          </button>
        </form>
      ) : (
        <button ref={dismissButton} type="button" className="button button--small button--quiet finding__dismiss-open" onClick={() => setAsking(true)}>
          Dismiss…
        </button>
      )}
    </li>
  );
}

function DismissedList({ briefId, dismissed }: { briefId: string; dismissed: DismissedBriefFinding[] }) {
  const toasts = useToasts();
  const restore = async (fingerprint: string) => {
    try {
      await call('briefs.restoreFinding', { briefId, fingerprint });
    } catch (err) {
      toasts.failure(err);
    }
  };
  return (
    <details className="brief-checks__dismissed">
      <summary>Dismissed ({dismissed.length})</summary>
      <ul>
        {dismissed.map((d) => (
          <li key={d.fingerprint} className={`finding finding--dismissed${d.present ? '' : ' finding--gone'}`}>
            <span className="finding__rule">{BRIEF_RULES[d.rule]}</span>
            <span className="finding__excerpt">“{short(d.excerpt)}”</span>
            <p className="finding__message">
              Reason: {d.reason}
              {!d.present && ' (no longer in the brief)'}
            </p>
            <button type="button" className="button button--small button--quiet" aria-label={`Restore the finding “${short(d.excerpt)}”`} onClick={() => void restore(d.fingerprint)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
