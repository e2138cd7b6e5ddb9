export interface DateSpan {
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  approximate: boolean;
}
export function dateSpans(text: string, published: string | null): DateSpan[];
