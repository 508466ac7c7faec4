/**
 * Attendance as CSV text: RFC 4180 (commas, CRLF line ends, quotes only where needed), numbers
 * left as numbers, and an optional UTF-8 byte-order mark so Excel reads accents and dashes right.
 */
import Papa from 'papaparse';
import {
  GRID_TOTAL_HEADERS,
  LONG_COLUMNS,
  percentOf,
  type WorkshopAttendance,
} from './attendanceTable';

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

/** Rows to CSV text. Rows may differ in length (a title line above a table). */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  const text = Papa.unparse(rows as CsvCell[][], { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START, header: false });
  // papaparse leaves the last line without its end; RFC 4180 allows both, and files read better with it.
  return `${options.byteOrderMark ? BOM : ''}${text}\r\n`;
}

/** One row per participant and meeting, every workshop in one table with a workshop column. */
export function longCsvRows(workshops: readonly WorkshopAttendance[]): CsvCell[][] {
  const rows: CsvCell[][] = [LONG_COLUMNS.map((column) => column.header)];
  for (const workshop of workshops) {
    for (const row of workshop.long()) rows.push(LONG_COLUMNS.map((column) => row[column.key]));
  }
  return rows;
}

/** One workshop's grid: participants by meetings, then attended, held while enrolled, and percentage (0–100). */
function gridBlock(workshop: WorkshopAttendance): CsvCell[][] {
  const { columns, rows } = workshop.grid();
  return [
    [GRID_TOTAL_HEADERS.participant, ...columns.map((column) => column.header), GRID_TOTAL_HEADERS.attended, GRID_TOTAL_HEADERS.held, GRID_TOTAL_HEADERS.percent],
    ...rows.map((row) => [row.participant, ...row.cells, row.attended, row.heldWhileEnrolled, row.share === undefined ? '' : percentOf(row.share)]),
  ];
}

/**
 * The grid. One workshop is a plain table. Several cannot share columns (each has its own meetings),
 * so each gets its own block under a line with its title, with an empty line between blocks.
 */
export function gridCsvRows(workshops: readonly WorkshopAttendance[]): CsvCell[][] {
  if (workshops.length === 1) return gridBlock(workshops[0]!);
  return workshops.flatMap((workshop, index) => [...(index > 0 ? [[]] : []), [workshop.title], ...gridBlock(workshop)]);
}

export function attendanceCsv(workshops: readonly WorkshopAttendance[], shape: 'long' | 'grid', options: CsvOptions): string {
  return toCsv(shape === 'long' ? longCsvRows(workshops) : gridCsvRows(workshops), options);
}
