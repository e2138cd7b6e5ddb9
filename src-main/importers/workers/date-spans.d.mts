export interface DateSpan {
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null: a relative date ("on Monday") in a source with no published date. */
  date: string | null;
  approximate: boolean;
}
export function dateSpans(text: string, published: string | null, onProgress?: (fraction: number) => void): DateSpan[];
