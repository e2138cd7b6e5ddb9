export interface DateSpan {
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null: a relative date ("on Monday") in a source with no published date. */
  date: string | null;
  approximate: boolean;
}
export function dateSpans(text: string, published: string | null, onProgress?: (fraction: number) => void): DateSpan[];
export interface PackedDateSpans {
  /** start, end, approximate (0 or 1) of each span. */
  spans: Int32Array;
  /** Each span's date ('' for none), '\n' between them. */
  dates: string;
}
export function packDateSpans(spans: DateSpan[]): PackedDateSpans;
export function unpackDateSpans(packed: PackedDateSpans): DateSpan[];
