/**
 * The funder report as a workbook: the figures as in the CSV on the first sheet, then the outcomes
 * and the fidelity, each table with a bold header row. It is small (a few hundred rows at most), so
 * exceljs's in-memory workbook will do.
 */
import ExcelJS from 'exceljs';
import type { CsvCell } from '../../../core/domain/exports/csv';
import type { FileLabels } from '../../../core/domain/exports/fileLabels';
import type { ReportTable } from '../../../core/domain/reports/outcomesCsv';
import { sheetNames } from '../exports/xlsx';

const BOLD: Partial<ExcelJS.Style> = { font: { bold: true } };
const WIDTH = 18;

export interface WorkbookSheet {
  name: string;
  /** Rows as they are (the figures), or tables with a header row each. */
  content: { rows: CsvCell[][] } | { tables: readonly ReportTable[] };
}

function addRow(sheet: ExcelJS.Worksheet, cells: readonly CsvCell[], style?: Partial<ExcelJS.Style>): void {
  const row = sheet.addRow([...cells]);
  if (style) row.eachCell((cell) => (cell.style = style));
}

export async function reportWorkbook(sheets: readonly WorkbookSheet[], labels: FileLabels): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Facilitator';
  const names = sheetNames(
    sheets.map((sheet) => sheet.name),
    labels,
  );
  sheets.forEach((spec, index) => {
    const sheet = workbook.addWorksheet(names[index]!);
    if ('rows' in spec.content) {
      for (const row of spec.content.rows) addRow(sheet, row);
    } else {
      spec.content.tables.forEach((table, tableIndex) => {
        if (tableIndex > 0) sheet.addRow([]);
        if (table.heading !== undefined) addRow(sheet, [table.heading], BOLD);
        if (table.note !== undefined) addRow(sheet, [table.note]);
        addRow(sheet, table.header, BOLD);
        for (const row of table.rows) addRow(sheet, row);
      });
    }
    const widest = Math.max(1, ...sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.length - 1 : 0)));
    sheet.columns = Array.from({ length: widest }, (_, column) => ({ width: column === 0 ? 30 : WIDTH }));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
