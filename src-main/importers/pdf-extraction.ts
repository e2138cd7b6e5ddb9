/** What the PDF worker (workers/pdf-extract.mjs) answers: positioned text items and metadata. */
import { z } from 'zod';

const textOrList = z.union([z.string(), z.array(z.string())]).nullable();

export const PdfTextItemSchema = z.object({
  str: z.string(),
  /** Baseline origin, in PDF units from the page's bottom-left corner. */
  x: z.number(),
  y: z.number(),
  width: z.number(),
  /** Roughly the font size. */
  height: z.number(),
  rtl: z.boolean(),
  /** False for rotated or vertical text. */
  upright: z.boolean(),
});
export type PdfTextItem = z.infer<typeof PdfTextItemSchema>;

export const PdfPageSchema = z.object({ width: z.number(), height: z.number(), items: z.array(PdfTextItemSchema) });
export type PdfPage = z.infer<typeof PdfPageSchema>;

export const PdfExtractionSchema = z.object({
  pageCount: z.number().int(),
  pages: z.array(PdfPageSchema),
  unreadablePages: z.array(z.number().int()),
  info: z.object({ title: z.string().nullable(), author: z.string().nullable(), creationDate: z.string().nullable(), language: z.string().nullable() }),
  xmp: z.object({ title: textOrList, creator: textOrList, created: z.string().nullable() }),
  /** pdf.js's own warnings ("Warning: Indexing all PDF objects", …). */
  warnings: z.array(z.string()),
  /** True when the page tree was lost and rebuilt from the page objects found in the file. */
  rebuiltPageTree: z.boolean(),
});
export type PdfExtraction = z.infer<typeof PdfExtractionSchema>;

/** pdf.js warnings that mean the file's structure or content streams were broken and patched up. */
const REPAIR_WARNINGS = [
  /Indexing all PDF objects/i,
  /xref/i,
  /trying to recover/i,
  /Invalid stream/i,
  /End of file/i,
  /circular reference/i,
  /Bad .*(stream|entry|offset)/i,
  /ignoring errors during/i,
  /Unknown command/i,
  /Skipping command/i,
  /unreadable/i,
];

export function reportsRepairs(extraction: PdfExtraction): boolean {
  return extraction.rebuiltPageTree || extraction.warnings.some((w) => REPAIR_WARNINGS.some((re) => re.test(w)));
}
