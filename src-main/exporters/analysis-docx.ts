/** The analyses section of a brief in Word: a heading, the hypotheses, the matrix table with its scores. */
import { HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ModelAnalysis } from './analysis-model';

const TINT = 'F4F6F9';

function cell(text: string, width: number, options: { bold?: boolean; shade?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: options.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: TINT } : undefined,
    children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text, bold: options.bold })] })],
  });
}

function matrix(a: ModelAnalysis, textWidth: number): Table {
  const fixed = [560, 0, 1000, 1100];
  const ratingWidth = 700;
  fixed[1] = Math.max(2000, textWidth - fixed[0] - fixed[2] - fixed[3] - ratingWidth * a.hypotheses.length);
  const widths = [...fixed, ...a.hypotheses.map(() => ratingWidth)];
  const leads = (i: number) => i >= 4 && a.hypotheses[i - 4].leads;
  const row = (cells: string[], bold: boolean, header = false) =>
    new TableRow({ tableHeader: header, cantSplit: true, children: cells.map((t, i) => cell(t, widths[i], { bold, shade: header || leads(i) })) });
  return new Table({
    columnWidths: widths,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    rows: [row(a.header, true, true), ...a.rows.map((r) => row(r, false)), ...a.scoreRows.map((r) => row(r, true))],
  });
}

export function analysesDocx(analyses: ModelAnalysis[], textWidth: number, xmlSafe: (t: string) => string): (Paragraph | Table)[] {
  if (!analyses.length) return [];
  const out: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Analyses of competing hypotheses')] })];
  for (const a of analyses) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(xmlSafe(a.question))] }));
    for (const h of a.hypotheses) {
      out.push(new Paragraph({ children: [new TextRun({ text: `${h.code} `, bold: true }), new TextRun(xmlSafe(h.label)), ...(h.leads ? [new TextRun({ text: ' (leads)', italics: true })] : [])] }));
    }
    out.push(matrix({ ...a, rows: a.rows.map((r) => r.map(xmlSafe)) }, textWidth));
    out.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun(xmlSafe(a.summary))] }));
    out.push(new Paragraph({ children: [new TextRun({ text: a.legend, italics: true, size: 18 })] }));
  }
  return out;
}
