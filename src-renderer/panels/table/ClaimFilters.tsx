/** The claims table's filters: words, status, credibility, tag, source, a range of event dates, the source's reliability and how the evidence holds. */
import { useEffect, useState } from 'react';
import { CLAIM_STATUSES, CREDIBILITY_GRADES, EVENT_DATE_PATTERN, RELIABILITY_GRADES, type ClaimStatus, type Reliability } from '../../../src-main/contract/domain';
import type { EvidenceSupportFilter } from '../../../src-main/contract/claim-table';
import { useSourceList } from '../../app/queries';
import type { ClaimTableQuery } from './useClaimTable';
import { EntityFilter } from '../entities/EntityFilter';
import { SelectFilter } from '../../ui/SelectFilter';

const DATE = EVENT_DATE_PATTERN;
const CREDIBILITY_OPTIONS = Object.entries(CREDIBILITY_GRADES).map(([value, label]) => [value, `Credibility ${value}: ${label}`] as const);
const RELIABILITY_OPTIONS = Object.entries(RELIABILITY_GRADES).map(([value, label]) => [value, `Sources graded ${value}: ${label}`] as const);
const EVIDENCE_OPTIONS = [
  ['none', 'No evidence'],
  ['oneSource', 'Resting on one source'],
] as const;

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
      <SelectFilter label="Status" anyLabel="Any status" value={filters.statuses?.[0]} options={Object.entries(CLAIM_STATUSES)} onChange={(v) => set({ statuses: v ? [v as ClaimStatus] : undefined })} />
      <SelectFilter label="Credibility" anyLabel="Any credibility" className="ct-filters__credibility" value={filters.credibilities?.[0]?.toString()} options={CREDIBILITY_OPTIONS} onChange={(v) => set({ credibilities: v === undefined ? undefined : [Number(v)] })}>
        <option value="0">Not graded</option>
      </SelectFilter>
      <SelectFilter label="Tag" anyLabel="Any tag" value={filters.tag} options={tags.map((t) => [t, t] as const)} onChange={(tag) => set({ tag })} />
      <SelectFilter label="Source" anyLabel="Any source" className="ct-filters__source" value={filters.sourceId} options={(sources ?? []).map((s) => [s.id, s.title] as const)} onChange={(sourceId) => set({ sourceId })} />
      <EntityFilter value={filters.entityId} onChange={(entityId) => set({ entityId })} />
      <DateField label="Event date from" value={filters.dateFrom} onChange={(dateFrom) => set({ dateFrom })} />
      <DateField label="Event date to" value={filters.dateTo} onChange={(dateTo) => set({ dateTo })} />
      <SelectFilter label="Source reliability" anyLabel="Any reliability" value={filters.reliabilities?.[0]} options={RELIABILITY_OPTIONS} onChange={(v) => set({ reliabilities: v ? [v as Reliability] : undefined })} />
      <SelectFilter label="Evidence support" anyLabel="Any evidence" value={filters.evidence} options={EVIDENCE_OPTIONS} onChange={(v) => set({ evidence: v as EvidenceSupportFilter | undefined })} />
      {any && (
        <button type="button" className="button button--small button--quiet" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}
