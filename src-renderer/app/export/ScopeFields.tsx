/** Which claims an export covers: the whole notebook, the open source's claims, or chosen ones. */
import type { Claim } from '../../../src-main/contract/domain';
import { plural } from '../labels';
import { ClaimChecklist } from './ClaimChecklist';

/** Long source titles would take three lines; the whole title is the label's tooltip. */
function shorten(title: string, max = 64): string {
  return title.length > max ? `${title.slice(0, max - 1).trimEnd()}…` : title;
}

export type ScopeKind = 'notebook' | 'source' | 'chosen';

interface Props {
  kind: ScopeKind;
  onKind(kind: ScopeKind): void;
  openSourceId: string | null;
  claims: Claim[] | undefined;
  sourceTitles: Map<string, string>;
  chosen: ReadonlySet<string>;
  onChosen(chosen: Set<string>): void;
}

export function ScopeFields({ kind, onKind, openSourceId, claims, sourceTitles, chosen, onChosen }: Props) {
  const count = (list: Claim[] | undefined) => (list ? ` · ${plural(list.length, 'claim')}` : '');
  const openSourceTitle = openSourceId ? sourceTitles.get(openSourceId) : undefined;
  const radio = (value: ScopeKind, disabled = false) => (
    <input type="radio" name="export-scope" value={value} checked={kind === value} disabled={disabled} onChange={() => onKind(value)} />
  );

  return (
    <fieldset className="dialog__group">
      <legend>Claims</legend>
      <label className="dialog__choice">
        {radio('notebook')}
        <span>
          Every claim in the notebook<span className="muted">{count(claims)}</span>
        </span>
      </label>
      <label className="dialog__choice">
        {radio('source', !openSourceId)}
        {openSourceId ? (
          <span className="dialog__choice-text" title={openSourceTitle}>
            The claims on “{shorten(openSourceTitle ?? 'the open source')}”
            <span className="muted">{count(claims?.filter((c) => c.sourceId === openSourceId))}</span>
          </span>
        ) : (
          <span className="muted">The open source’s claims (open a source first)</span>
        )}
      </label>
      <label className="dialog__choice">
        {radio('chosen', claims?.length === 0)}
        <span className={claims?.length === 0 ? 'muted' : undefined}>Claims I choose{claims?.length === 0 ? ' (the notebook has none yet)' : ''}</span>
      </label>
      {kind === 'chosen' &&
        (claims ? (
          <ClaimChecklist claims={claims} sourceTitles={sourceTitles} chosen={chosen} onChange={onChosen} />
        ) : (
          <p className="muted claim-checklist__loading">Loading the claims…</p>
        ))}
    </fieldset>
  );
}
