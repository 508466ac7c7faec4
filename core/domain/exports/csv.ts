/**
 * Attendance as CSV text: RFC 4180 (commas, CRLF line ends, quotes only where needed), numbers
 * left as numbers, and an optional UTF-8 byte-order mark so Excel reads accents and dashes right.
 */
import Papa from 'papaparse';
import { FALLBACK_LANGUAGE, type Language } from '../languages';
import { LONG_COLUMNS, percentOf, type WorkshopAttendance } from './attendanceTable';
import { fileLabels, type FileLabels } from './fileLabels';

export type CsvCell = string | number;

export interface CsvOptions {
  byteOrderMark: boolean;
}

export interface AttendanceCsvOptions extends CsvOptions {
  /** The language of the headers and labels (English unless given); the tables' labels must be in it too. */
  language?: Language;
}

const BOM = '\uFEFF';
/**
 * A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return before one) as a
 * formula; such text gets a leading ' so it stays text. Papaparse's own pattern ends in `.*$`, which
 * misses a cell with a line break, so this one only looks at the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Rows to CSV text, every line ended by CRLF. Rows may differ in length (a title line above a table). */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  const text = Papa.unparse(rows as CsvCell[][], { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START, header: false });
  // papaparse leaves the last line without its end; RFC 4180 allows both, and files read better with it.
  return `${options.byteOrderMark ? BOM : ''}${text}\r\n`;
}

/** A line of the file, and whether it is one of the attendance rows (long or grid) it counts. */
type Line = { cells: readonly CsvCell[]; counted: boolean };

/** The long form's header line: every workshop shares the one table, with a workshop column. */
function longHeader(labels: FileLabels): CsvCell[] {
  return LONG_COLUMNS.map((column) => labels.long[column]);
}

/** One workshop's grid: participants by meetings, then attended, held while enrolled, and percentage (0–100). */
function* gridBlock(workshop: WorkshopAttendance, labels: FileLabels): Generator<Line> {
  const { columns, rows } = workshop.grid();
  yield {
    cells: [labels.grid.participant, ...columns.map((column) => column.header), labels.grid.attended, labels.grid.held, labels.grid.percent],
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
function* gridLines(workshops: readonly WorkshopAttendance[], labels: FileLabels): Generator<Line> {
  if (workshops.length === 1) {
    yield* gridBlock(workshops[0]!, labels);
    return;
  }
  for (const [index, workshop] of workshops.entries()) {
    if (index > 0) yield { cells: [], counted: false };
    yield { cells: [workshop.title], counted: false };
    yield* gridBlock(workshop, labels);
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
  options: AttendanceCsvOptions,
  rowsPerChunk = 2000,
): Generator<CsvChunk> {
  const labels = fileLabels[options.language ?? FALLBACK_LANGUAGE];
  let lines: (readonly CsvCell[])[] = [];
  let rows = 0;
  let first = true;
  const chunk = (): CsvChunk => {
    const text = toCsv(lines, { byteOrderMark: first && options.byteOrderMark });
    const done = { text, rows };
    first = false;
    lines = [];
    rows = 0;
    return done;
  };
  if (shape === 'long') {
    // A workshop's rows go in as they are built: a line object around each of 100,000 rows showed in the bench.
    lines.push(longHeader(labels));
    for (const workshop of workshops) {
      for (const row of workshop.long()) {
        lines.push(row);
        if (++rows >= rowsPerChunk) yield chunk();
      }
    }
  } else {
    for (const line of gridLines(workshops, labels)) {
      lines.push(line.cells);
      if (line.counted && ++rows >= rowsPerChunk) yield chunk();
    }
  }
  if (lines.length) yield chunk();
}

export function attendanceCsv(workshops: readonly WorkshopAttendance[], shape: 'long' | 'grid', options: AttendanceCsvOptions): string {
  let text = '';
  for (const chunk of attendanceCsvChunks(workshops, shape, options)) text += chunk.text;
  return text;
}
