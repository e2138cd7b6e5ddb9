/**
 * A small select for one filter: a first option that means "any" (the empty value), then one
 * option a choice. Used by the Claims table's filters and its bulk bar, the Timeline toolbar and
 * the Map's filters.
 */
import type { ReactNode } from 'react';

interface Props {
  /** The accessible name. */
  label: string;
  /** The text of the empty choice, e.g. "Any status". */
  anyLabel: string;
  value: string | undefined;
  /** [value, text] pairs, in order. */
  options: Options;
  onChange(value: string | undefined): void;
  className?: string;
  disabled?: boolean;
  /** Options after the listed ones (e.g. "Not graded"). */
  children?: ReactNode;
}

type Options = ReadonlyArray<readonly [string, ReactNode]>;

/** One <option> a [value, text] pair, for a select of choices. */
export function OptionList({ options }: { options: Options }) {
  return options.map(([value, text]) => (
    <option key={value} value={value}>
      {text}
    </option>
  ));
}

export function SelectFilter({ label, anyLabel, value, options, onChange, className, disabled, children }: Props) {
  return (
    <select className={className ? `select select--small ${className}` : 'select select--small'} aria-label={label} value={value ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{anyLabel}</option>
      <OptionList options={options} />
      {children}
    </select>
  );
}
