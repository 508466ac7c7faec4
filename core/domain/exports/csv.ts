/**
 * Attendance as CSV text: RFC 4180 (commas, CRLF line ends, quotes only where needed), numbers
 * left as numbers, and an optional UTF-8 byte-order mark so Excel reads accents and dashes right.
 */
import { GRID_TOTAL_HEADERS, LONG_COLUMNS, percentOf, type WorkshopAttendance } from './attendanceTable';

export type CsvCell = string | number;

export interface CsvOptions {
  byteOrderMark: boolean;
}

const BOM = '\uFEFF';
/**
 * A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return before one) as a
 * formula; such text gets a leading ' so it stays text. Papaparse's own pattern ends in `.*$`, which
 * misses a cell with a line break, so this one only looks at the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What makes a cell need quotes: a line break, a quote, the delimiter or a byte-order mark inside. */
const NEEDS_QUOTES = /[\r\n",\uFEFF]/;

/**
 * One cell as papaparse's unparse writes it with these options (quotes only where needed, formulas
 * escaped); the attendance table's tests compare the two. Written here because the export spends
 * most of its time in this one loop, and papaparse's general one checks options for every cell.
 */
function csvCell(cell: CsvCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  let text = cell;
  let quoted = false;
  if (FORMULA_START.test(text)) {
    text = `'${text}`;
    quoted = true;
  }
  if (text.includes('"')) text = text.replace(/"/g, '""');
  quoted ||= NEEDS_QUOTES.test(text) || text.startsWith(' ') || text.endsWith(' ');
  return quoted ? `"${text}"` : text;
}

/** One row as a line of CSV, ended by CRLF. */
function csvLine(row: readonly CsvCell[]): string {
  let line = '';
  for (let column = 0; column < row.length; column++) line += column === 0 ? csvCell(row[column]) : `,${csvCell(row[column])}`;
  return `${line}\r\n`;
}

/** Rows to CSV text, every line ended by CRLF. Rows may differ in length (a title line above a table). */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  let text = options.byteOrderMark ? BOM : '';
  if (rows.length === 0) return `${text}\r\n`;
  for (const row of rows) text += csvLine(row);
  return text;
}

/** A line of the file, and whether it is one of the attendance rows (long or grid) it counts. */
type Line = { cells: CsvCell[]; counted: boolean };

/** One row per participant and meeting, every workshop in one table with a workshop column. */
function* longLines(workshops: readonly WorkshopAttendance[]): Generator<Line> {
  yield { cells: LONG_COLUMNS.map((column) => column.header), counted: false };
  for (const workshop of workshops) {
    for (const row of workshop.long()) yield { cells: LONG_COLUMNS.map((column) => row[column.key]), counted: true };
  }
}

/** One workshop's grid: participants by meetings, then attended, held while enrolled, and percentage (0–100). */
function* gridBlock(workshop: WorkshopAttendance): Generator<Line> {
  const { columns, rows } = workshop.grid();
  yield {
    cells: [
      GRID_TOTAL_HEADERS.participant,
      ...columns.map((column) => column.header),
      GRID_TOTAL_HEADERS.attended,
      GRID_TOTAL_HEADERS.held,
      GRID_TOTAL_HEADERS.percent,
    ],
    counted: false,
  };
  for (const row of rows) {
    yield { cells: [row.participant, ...row.cells, row.attended, row.heldWhileEnrolled, row.share === undefined ? '' : percentOf(row.share)], counted: true };
  }
}

/**
 * The grid. One workshop is a plain table. Several cannot share columns (each has its own meetings),
 * so each gets its own block under a line with its title, with an empty line between blocks.
 */
function* gridLines(workshops: readonly WorkshopAttendance[]): Generator<Line> {
  if (workshops.length === 1) {
    yield* gridBlock(workshops[0]!);
    return;
  }
  for (const [index, workshop] of workshops.entries()) {
    if (index > 0) yield { cells: [], counted: false };
    yield { cells: [workshop.title], counted: false };
    yield* gridBlock(workshop);
  }
}

/** A piece of an attendance CSV: its text, and how many attendance rows (long or grid) it holds. */
export interface CsvChunk {
  text: string;
  rows: number;
}

/**
 * The attendance CSV in pieces of `rowsPerChunk` attendance rows (the last may hold fewer), so a
 * caller can report progress and let other work run between them. Joined, they are the whole file.
 */
export function* attendanceCsvChunks(
  workshops: readonly WorkshopAttendance[],
  shape: 'long' | 'grid',
  options: CsvOptions,
  rowsPerChunk = 2000,
): Generator<CsvChunk> {
  let text = options.byteOrderMark ? BOM : '';
  let rows = 0;
  const chunk = (): CsvChunk => {
    const done = { text, rows };
    text = '';
    rows = 0;
    return done;
  };
  for (const line of shape === 'long' ? longLines(workshops) : gridLines(workshops)) {
    text += csvLine(line.cells);
    if (line.counted && ++rows >= rowsPerChunk) yield chunk();
  }
  if (text !== '') yield chunk();
}

export function attendanceCsv(workshops: readonly WorkshopAttendance[], shape: 'long' | 'grid', options: CsvOptions): string {
  let text = '';
  for (const chunk of attendanceCsvChunks(workshops, shape, options)) text += chunk.text;
  return text;
}
