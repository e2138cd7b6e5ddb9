/**
 * The rows and cells of a table block, read from the text the importers write for it: one row a
 * line, cells joined by " | " (an empty cell leaves "| |", a trailing one " |"). Every character
 * of the block's text belongs to exactly one part, a cell or a separator, in order, so a table
 * rendered from these parts keeps the block's offsets exact. A cell whose own text holds " | "
 * is read as two cells: the text stays the same, only the drawing differs.
 */

export interface TablePart {
  kind: 'cell' | 'separator';
  /** Local offsets in the block's text, `to` exclusive. */
  from: number;
  to: number;
}

export interface TableRowLayout {
  cells: TablePart[];
  /** The parts in text order: cells with the separators between them. */
  parts: TablePart[];
}

export interface TableLayout {
  rows: TableRowLayout[];
  /** Row i is followed by `rowSeparators[i]` (the "\n"), except the last row. */
  rowSeparators: TablePart[];
  /** The widest row's cell count. */
  columns: number;
}

/** A pipe standing alone between spaces (or at a line's edge) separates two cells. */
const CELL_PIPE = /(?<=^| )\|(?= |$)/g;

function rowLayout(line: string, offset: number): TableRowLayout {
  const parts: TablePart[] = [];
  const cells: TablePart[] = [];
  let cellStart = 0;
  for (const match of line.matchAll(CELL_PIPE)) {
    const pipe = match.index;
    const sepFrom = pipe > cellStart && line[pipe - 1] === ' ' ? pipe - 1 : pipe;
    const sepTo = line[pipe + 1] === ' ' ? pipe + 2 : pipe + 1;
    const cell = { kind: 'cell' as const, from: offset + cellStart, to: offset + sepFrom };
    cells.push(cell);
    parts.push(cell, { kind: 'separator', from: offset + sepFrom, to: offset + sepTo });
    cellStart = sepTo;
  }
  const last = { kind: 'cell' as const, from: offset + Math.min(cellStart, line.length), to: offset + line.length };
  cells.push(last);
  parts.push(last);
  return { cells, parts };
}

export function tableLayout(text: string): TableLayout {
  const rows: TableRowLayout[] = [];
  const rowSeparators: TablePart[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (rows.length > 0) {
      rowSeparators.push({ kind: 'separator', from: offset - 1, to: offset });
    }
    rows.push(rowLayout(line, offset));
    offset += line.length + 1;
  }
  return { rows, rowSeparators, columns: Math.max(1, ...rows.map((r) => r.cells.length)) };
}
