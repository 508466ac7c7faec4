/**
 * Attendance as an XLSX workbook: a Summary sheet, then the long form's rows in one sheet (named
 * after the workshop when it holds one), or a grid sheet per workshop; each with a bold, frozen
 * header row, real dates and numbers. Written with exceljs's streaming writer (into memory): its
 * in-memory workbook is several times too slow for 100,000 rows. A sheet is a part of its own in
 * the file and costs about as much as a hundred rows, so the long form, which has a workshop
 * column, is not split by workshop (and stays one table to filter, like the CSV).
 */
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CivilDate } from '../../../core/domain/calendar/civil';
import { LONG_COLUMNS, LONG_DATE_CELL, type LongColumn, type LongRow, type WorkshopAttendance } from '../../../core/domain/exports/attendanceTable';
import { fileLabels, type FileLabels } from '../../../core/domain/exports/fileLabels';
import { FALLBACK_LANGUAGE, type Language } from '../../../core/domain/languages';

type Sheet = ExcelJS.Worksheet;
type CellValue = string | number | Date | null;

/** Rows laid out between two reports of progress (and chances for the event loop to run). */
export const ROWS_PER_REPORT = 1000;

/**
 * Told how many more rows were laid out. It may return a promise: the writer waits for it before
 * going on (the service lets the event loop run there, so a progress call is answered mid-export).
 */
export type RowsLaidOut = (count: number) => Promise<void> | void;

const DATE_FORMAT = 'yyyy-mm-dd';
const PERCENT_FORMAT = '0.0%';
const MAX_SHEET_NAME = 31;

/** A civil date as the Date exceljs stores as that day (its serial numbers count UTC days). */
export function excelDate(date: CivilDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * Sheet names Excel accepts, one per title: no \ / ? * [ ] :, no quote at either end, at most 31
 * characters, and unique ignoring case (also against the summary sheet and Excel's reserved "History").
 */
export function sheetNames(titles: readonly string[], labels: FileLabels = fileLabels[FALLBACK_LANGUAGE]): string[] {
  const taken = new Set([labels.summary.sheet.toLowerCase(), 'history']);
  return titles.map((title) => {
    const base =
      title
        .replace(/[\\/?*[\]:\u0000-\u001f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '')
        .trim() || labels.unnamedSheet;
    let name = base.slice(0, MAX_SHEET_NAME).trim();
    for (let copy = 2; taken.has(name.toLowerCase()); copy++) {
      const suffix = ` (${copy})`;
      name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

interface ColumnSpec {
  header: string;
  width: number;
  /** Shared by every cell of the column: exceljs works out a style once per style object, not per cell. */
  style?: Partial<ExcelJS.Style>;
}

const PLAIN: Partial<ExcelJS.Style> = {};
const HEADER: Partial<ExcelJS.Style> = { font: { bold: true } };
const DATE: Partial<ExcelJS.Style> = { numFmt: DATE_FORMAT };
const PERCENT: Partial<ExcelJS.Style> = { numFmt: PERCENT_FORMAT };

/** A sheet with its header row written: bold, frozen, and columns of sensible widths. */
function startSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly ColumnSpec[]): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const header = sheet.addRow(columns.map((column) => column.header));
  for (let index = 1; index <= columns.length; index++) header.getCell(index).style = HEADER;
  header.commit();
  return sheet;
}

function addRow(sheet: Sheet, columns: readonly ColumnSpec[], values: readonly CellValue[]): void {
  const row = sheet.addRow(values as CellValue[]);
  // A row's own style object is new, like each cell's: the shared one spares working its style out per row.
  (row as unknown as { style: Partial<ExcelJS.Style> }).style = PLAIN;
  columns.forEach((column, index) => {
    row.getCell(index + 1).style = column.style && values[index] !== null ? column.style : PLAIN;
  });
  row.commit();
}

const longWidths: Record<LongColumn, number> = {
  workshop: 30,
  module: 30,
  site: 20,
  date: 12,
  startTime: 10,
  sessions: 10,
  kind: 12,
  meetingStatus: 12,
  participant: 16,
  statusCode: 11,
  statusLabel: 16,
  countsAsAttended: 12,
  reason: 22,
  passedOrSteppedOut: 36,
};

function longColumns(labels: FileLabels): ColumnSpec[] {
  return LONG_COLUMNS.map((column) => ({ header: labels.long[column], width: longWidths[column], ...(column === 'date' ? { style: DATE } : {}) }));
}

/** Writes the rows, telling `rowsLaidOut` of them every ROWS_PER_REPORT. */
async function writeRows<T>(
  sheet: Sheet,
  columns: readonly ColumnSpec[],
  rows: readonly T[],
  cells: (row: T) => CellValue[],
  rowsLaidOut: RowsLaidOut,
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_REPORT) {
    const end = Math.min(rows.length, start + ROWS_PER_REPORT);
    for (let index = start; index < end; index++) addRow(sheet, columns, cells(rows[index]!));
    await rowsLaidOut(end - start);
  }
}

function writeLong(sheet: Sheet, columns: readonly ColumnSpec[], workshop: WorkshopAttendance, rowsLaidOut: RowsLaidOut): Promise<void> {
  // A workshop has a few dozen meeting dates and many rows on each: one Date per date will do.
  const dates = new Map<CivilDate, Date>();
  const dateOf = (date: CivilDate) => dates.get(date) ?? dates.set(date, excelDate(date)).get(date)!;
  const cells = (row: LongRow): CellValue[] => {
    const values: CellValue[] = [...row];
    values[LONG_DATE_CELL] = dateOf(row[LONG_DATE_CELL] as CivilDate);
    return values;
  };
  return writeRows(sheet, columns, workshop.long(), cells, rowsLaidOut);
}

type Grid = ReturnType<WorkshopAttendance['grid']>;

function gridColumns(grid: Grid, labels: FileLabels): ColumnSpec[] {
  return [
    { header: labels.grid.participant, width: 16 },
    ...grid.columns.map((column) => ({ header: column.header, width: Math.max(10, Math.min(24, column.header.length + 2)) })),
    { header: labels.grid.attended, width: 10 },
    { header: labels.grid.held, width: 18 },
    { header: labels.grid.percent, width: 13, style: PERCENT },
  ];
}

function writeGrid(sheet: Sheet, columns: readonly ColumnSpec[], grid: Grid, rowsLaidOut: RowsLaidOut): Promise<void> {
  const cells = (row: Grid['rows'][number]) => [row.participant, ...row.cells, row.attended, row.heldWhileEnrolled, row.share ?? null];
  return writeRows(sheet, columns, grid.rows, cells, rowsLaidOut);
}

function summaryColumns({ summary }: FileLabels): ColumnSpec[] {
  return [
    { header: summary.workshop, width: 36 },
    { header: summary.firstMeeting, width: 14, style: DATE },
    { header: summary.lastMeeting, width: 14, style: DATE },
    { header: summary.heldMeetings, width: 14 },
    { header: summary.participants, width: 13 },
    { header: summary.rate, width: 16, style: PERCENT },
  ];
}

/** Collects what the streaming writer writes. */
function memorySink(): { stream: Writable; bytes: () => Uint8Array } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, bytes: () => new Uint8Array(Buffer.concat(chunks)) };
}

/**
 * The workbook's bytes: Summary first, then the long form's one sheet or a grid sheet per workshop.
 * `rowsLaidOut` hears of every long or grid row (not the Summary's).
 */
export async function attendanceXlsx(
  workshops: readonly WorkshopAttendance[],
  shape: 'long' | 'grid',
  rowsLaidOut: RowsLaidOut = () => undefined,
  language: Language = FALLBACK_LANGUAGE,
): Promise<Uint8Array> {
  const labels = fileLabels[language];
  const sink = memorySink();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink.stream,
    useStyles: true,
    useSharedStrings: false,
    // Fast compression: the default level spends most of the export deflating repetitive XML.
    zip: { zlib: { level: 1 } },
  });
  workbook.creator = 'Facilitator';

  const summaryLayout = summaryColumns(labels);
  const summary = startSheet(workbook, labels.summary.sheet, summaryLayout);
  for (const { summary: line } of workshops) {
    addRow(summary, summaryLayout, [
      line.workshop,
      line.firstMeeting ? excelDate(line.firstMeeting) : null,
      line.lastMeeting ? excelDate(line.lastMeeting) : null,
      line.heldMeetings,
      line.participants,
      line.rate ?? null,
    ]);
  }
  summary.commit();

  if (shape === 'long') {
    const [name] = workshops.length === 1 ? sheetNames([workshops[0]!.title], labels) : [labels.longSheet];
    const longLayout = longColumns(labels);
    const sheet = startSheet(workbook, name!, longLayout);
    for (const workshop of workshops) await writeLong(sheet, longLayout, workshop, rowsLaidOut);
    sheet.commit();
  } else {
    const names = sheetNames(
      workshops.map((workshop) => workshop.title),
      labels,
    );
    for (const [index, workshop] of workshops.entries()) {
      const grid = workshop.grid();
      const columns = gridColumns(grid, labels);
      const sheet = startSheet(workbook, names[index]!, columns);
      await writeGrid(sheet, columns, grid, rowsLaidOut);
      sheet.commit();
    }
  }
  await workbook.commit();
  return sink.bytes();
}
