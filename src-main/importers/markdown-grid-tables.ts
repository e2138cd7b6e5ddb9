/**
 * Pandoc grid tables, which marked does not understand:
 *
 *   +---------+------------+
 *   | Country | Notes      |
 *   +=========+============+
 *   |         | Some text  |
 *   |         | wrapped on |
 *   +---------+------------+
 *
 * Each table is cut out of the Markdown before lexing and replaced by a placeholder paragraph;
 * the importer swaps the placeholder for a table block. Cells keep their raw Markdown (they may
 * hold lists and emphasis) for the importer to read. One pass over the lines: linear time.
 */

/** Rows of cells; each cell is the Markdown of its lines joined with "\n". */
export type GridTable = string[][];

export interface GridTableExtraction {
  markdown: string;
  tables: GridTable[];
}

// Private-use characters: cannot clash with real text.
const PLACEHOLDER = /^\uE000casebook-grid-table-(\d+)\uE000$/;
const placeholder = (index: number) => `\uE000casebook-grid-table-${index}\uE000`;

/** The table index when `text` is a placeholder paragraph, else undefined. */
export function gridTableIndex(text: string): number | undefined {
  const m = PLACEHOLDER.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

const TOP_BORDER = /^( {0,3})\+(?:[-=:]+\+)+\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Splits one "| a | b |" line at the column boundaries (the '+' positions of the top border). */
function splitCells(line: string, boundaries: number[]): string[] {
  const columns = boundaries.length - 1;
  const aligned = boundaries.every((b, k) => line[b] === '|' || (k === columns && b >= line.length));
  let cells: string[];
  if (aligned) {
    cells = [];
    for (let k = 0; k < columns; k++) cells.push(line.slice(boundaries[k] + 1, boundaries[k + 1]));
  } else {
    // Misaligned (wide characters, a spanning cell): fall back to the pipes themselves.
    const parts = line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|');
    cells = parts.slice(0, columns);
    if (parts.length > columns) cells[columns - 1] += `|${parts.slice(columns).join('|')}`;
    while (cells.length < columns) cells.push('');
  }
  // Pandoc pads a cell with one space after the bar; deeper indentation is Markdown (list continuation).
  return cells.map((cell) => cell.replace(/^ /, '').trimEnd());
}

function cellMarkdown(lines: string[]): string {
  return lines.join('\n').trim();
}

/**
 * Reads the grid table whose top border is lines[start]. `end` is the line after the table, or,
 * when there is no complete table (`rows` empty), the line after everything looked at, which no
 * later start could turn into a table either: so the scan stays linear.
 */
function readGridTable(lines: string[], start: number): { rows: GridTable; end: number } {
  const top = TOP_BORDER.exec(lines[start]);
  if (!top) return { rows: [], end: start + 1 };
  const indent = top[1].length;
  const border = lines[start].slice(indent).trimEnd();
  const boundaries: number[] = [];
  for (let i = 0; i < border.length; i++) if (border[i] === '+') boundaries.push(i);
  const columns = boundaries.length - 1;

  const rows: GridTable = [];
  let current: string[][] = [];
  let end = start + 1;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.slice(0, indent).trim() !== '') break;
    const line = raw.slice(indent).trimEnd();
    if (line.startsWith('+')) {
      if (current.length > 0) rows.push(current.map(cellMarkdown));
      current = [];
      end = i + 1;
    } else if (line.startsWith('|')) {
      if (current.length === 0) current = Array.from({ length: columns }, () => []);
      splitCells(line, boundaries).forEach((cell, k) => current[k].push(cell));
    } else {
      break;
    }
  }
  return rows.length > 0 ? { rows, end } : { rows, end: i };
}

/** Cuts grid tables out of `markdown` (line ends "\n"), leaving a placeholder paragraph for each. */
export function extractGridTables(markdown: string): GridTableExtraction {
  const lines = markdown.split('\n');
  const out: string[] = [];
  const tables: GridTable[] = [];
  let fence: string | null = null;

  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      // Inside a fenced code block nothing is a table; a fence closes with the same character, at least as long, no info string.
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && fenceMatch[2].trim() === '') fence = null;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
    } else if (TOP_BORDER.test(line)) {
      const table = readGridTable(lines, i);
      if (table.rows.length > 0) {
        // Blank lines around it only where the original has none, so its blank lines still count.
        if ((out.at(-1) ?? '').trim() !== '') out.push('');
        out.push(placeholder(tables.length));
        if ((lines[table.end] ?? '').trim() !== '') out.push('');
        tables.push(table.rows);
      } else {
        out.push(...lines.slice(i, table.end));
      }
      i = table.end;
      continue;
    }
    out.push(line);
    i++;
  }
  return { markdown: out.join('\n'), tables };
}
