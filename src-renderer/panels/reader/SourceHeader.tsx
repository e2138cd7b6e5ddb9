/** Above the reader: the source's title, where it came from, its fingerprint, and its reliability grade (editable). */
import { useState } from 'react';
import { RELIABILITY_GRADES, type EvidenceCitation, type Reliability, type Source } from '../../../src-main/contract/domain';
import { call } from '../../app/api';
import { formatDate, kindLabel, plural } from '../../app/labels';
import { useToasts } from '../../app/toasts';
import { ReliabilityBadge } from '../../ui/badges';
import { openExternal } from '../../platform';
import { CitedBy } from './CitedBy';
import { SourceActions } from './SourceActions';

const isWebUrl = (value: string) => /^https?:\/\//i.test(value);

export function SourceHeader({ source, citations = [] }: { source: Source; citations?: EvidenceCitation[] }) {
  const toasts = useToasts();
  const [copied, setCopied] = useState(false);

  const setGrade = async (grade: Reliability) => {
    try {
      await call('sources.update', { id: source.id, patch: { reliability: grade } });
      toasts.info(`Reliability set to ${grade}: ${RELIABILITY_GRADES[grade]}.`);
    } catch (err) {
      toasts.failure(err);
    }
  };

  const copySha = async () => {
    try {
      await navigator.clipboard.writeText(source.sha256);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      toasts.error('Could not copy to the clipboard. Select the fingerprint and copy it by hand.');
    }
  };

  return (
    <header className="source-header">
      <h1 className="source-header__title" title={source.title}>
        {source.title}
      </h1>
      <div className="source-header__row">
        <label className="grade-picker" title="How reliable is this source? Admiralty scale, A (completely reliable) to F (cannot be judged)">
          <span className="grade-picker__label">Reliability</span>
          <span className="grade-picker__value">
            <ReliabilityBadge grade={source.reliability} />
            <span className="grade-picker__meaning">{RELIABILITY_GRADES[source.reliability]}</span>
            <span className="grade-picker__caret" aria-hidden>
              ▾
            </span>
            <select aria-label="Source reliability" className="grade-picker__select" value={source.reliability} onChange={(e) => void setGrade(e.target.value as Reliability)}>
              {(Object.keys(RELIABILITY_GRADES) as Reliability[]).map((g) => (
                <option key={g} value={g}>
                  {g} — {RELIABILITY_GRADES[g]}
                </option>
              ))}
            </select>
          </span>
        </label>
        <dl className="source-header__meta">
          <div>
            <dt>Kind</dt>
            <dd>{kindLabel(source.mediaType)}</dd>
          </div>
          {source.publishedAt && (
            <div>
              <dt>Published</dt>
              <dd>{formatDate(source.publishedAt)}</dd>
            </div>
          )}
          <div>
            <dt>Captured</dt>
            <dd title={formatDate(source.capturedAt, true)}>{formatDate(source.capturedAt)}</dd>
          </div>
          {source.publisher && (
            <div>
              <dt>Publisher</dt>
              <dd>{source.publisher}</dd>
            </div>
          )}
          {source.authors.length > 0 && (
            <div>
              <dt>By</dt>
              <dd>{source.authors.join(', ')}</dd>
            </div>
          )}
          <div className="source-header__origin">
            <dt>Origin</dt>
            <dd title={source.origin}>
              {isWebUrl(source.origin) ? (
                <a
                  href={source.origin}
                  onClick={(e) => {
                    e.preventDefault();
                    void openExternal(source.origin);
                  }}
                >
                  {source.origin}
                </a>
              ) : (
                source.origin
              )}
            </dd>
          </div>
          <div>
            <dt>SHA-256</dt>
            <dd>
              <button type="button" className="link-button mono" title={`${source.sha256} (click to copy)`} onClick={() => void copySha()}>
                {copied ? 'Copied' : `${source.sha256.slice(0, 12)}…`}
              </button>
            </dd>
          </div>
        </dl>
      </div>
      <SourceActions source={source} />
      {source.warnings.length > 0 && (
        <details className="source-header__warnings">
          <summary>{plural(source.warnings.length, 'note')} from the import</summary>
          <ul>
            {source.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      <CitedBy citations={citations} />
    </header>
  );
}
