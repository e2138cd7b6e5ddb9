/** The claims table's filters: words, status, credibility, tag, source, a range of event dates, the source's reliability and how the evidence holds. */
import { useEffect, useState } from 'react';
import { CLAIM_STATUSES, CREDIBILITY_GRADES, EVENT_DATE_PATTERN, RELIABILITY_GRADES, type ClaimStatus, type Reliability } from '../../../src-main/contract/domain';
import type { EvidenceSupportFilter } from '../../../src-main/contract/claim-table';
import { useSourceList } from '../../app/queries';
import type { ClaimTableQuery } from './useClaimTable';
import { EntityFilter } from '../entities/EntityFilter';

const DATE = EVENT_DATE_PATTERN;

export type Filters = Pick<ClaimTableQuery, 'text' | 'statuses' | 'credibilities' | 'tag' | 'sourceId' | 'dateFrom' | 'dateTo' | 'reliabilities' | 'evidence' | 'entityId'>;

interface Props {
  filters: Filters;
  tags: string[];
  onChange(filters: Filters): void;
}

/** A date field that applies its value only once it is a valid (partial) date, or empty. */
function DateField({ label, value, onChange }: { label: string; value: string | undefined; onChange(v: string | undefined): void }) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const invalid = text.trim() !== '' && !DATE.test(text.trim());
  return (
    <input
      className={`input input--small ct-filters__date${invalid ? ' input--invalid' : ''}`}
      aria-label={label}
      aria-invalid={invalid}
      title={invalid ? 'Write a date as 2024, 2024-01 or 2024-01-15' : label}
      placeholder={label === 'Event date from' ? 'Date from' : 'Date to'}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const v = e.target.value.trim();
        if (v === '' || DATE.test(v)) onChange(v || undefined);
      }}
    />
  );
}

export function ClaimFilters({ filters, tags, onChange }: Props) {
  const { data: sources } = useSourceList('title', '');
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const any = Object.values(filters).some((v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  return (
    <div className="ct-filters" role="search" aria-label="Filter claims">
      <input
        className="input input--small input--search ct-filters__text"
        type="search"
        placeholder="Filter claims"
        aria-label="Filter claims by words"
        value={filters.text ?? ''}
        onChange={(e) => set({ text: e.target.value || undefined })}
      />
      <select
        className="select select--small"
        aria-label="Status"
        value={filters.statuses?.[0] ?? ''}
        onChange={(e) => set({ statuses: e.target.value ? [e.target.value as ClaimStatus] : undefined })}
      >
        <option value="">Any status</option>
        {Object.entries(CLAIM_STATUSES).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <select
        className="select select--small ct-filters__credibility"
        aria-label="Credibility"
        value={filters.credibilities?.[0] ?? ''}
        onChange={(e) => set({ credibilities: e.target.value === '' ? undefined : [Number(e.target.value)] })}
      >
        <option value="">Any credibility</option>
        {Object.entries(CREDIBILITY_GRADES).map(([value, label]) => (
          <option key={value} value={value}>
            Credibility {value}: {label}
          </option>
        ))}
        <option value="0">Not graded</option>
      </select>
      <select className="select select--small" aria-label="Tag" value={filters.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
        <option value="">Any tag</option>
        {tags.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <select className="select select--small ct-filters__source" aria-label="Source" value={filters.sourceId ?? ''} onChange={(e) => set({ sourceId: e.target.value || undefined })}>
        <option value="">Any source</option>
        {(sources ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <EntityFilter value={filters.entityId} onChange={(entityId) => set({ entityId })} />
      <DateField label="Event date from" value={filters.dateFrom} onChange={(dateFrom) => set({ dateFrom })} />
      <DateField label="Event date to" value={filters.dateTo} onChange={(dateTo) => set({ dateTo })} />
      <select
        className="select select--small"
        aria-label="Source reliability"
        value={filters.reliabilities?.[0] ?? ''}
        onChange={(e) => set({ reliabilities: e.target.value ? [e.target.value as Reliability] : undefined })}
      >
        <option value="">Any reliability</option>
        {Object.entries(RELIABILITY_GRADES).map(([value, label]) => (
          <option key={value} value={value}>
            Sources graded {value}: {label}
          </option>
        ))}
      </select>
      <select
        className="select select--small"
        aria-label="Evidence support"
        value={filters.evidence ?? ''}
        onChange={(e) => set({ evidence: (e.target.value || undefined) as EvidenceSupportFilter | undefined })}
      >
        <option value="">Any evidence</option>
        <option value="none">No evidence</option>
        <option value="oneSource">Resting on one source</option>
      </select>
      {any && (
        <button type="button" className="button button--small button--quiet" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}
