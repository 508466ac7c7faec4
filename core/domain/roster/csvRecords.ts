/**
 * Splits CSV text into records the way Python's csv module (the "excel" dialect), Excel and
 * LibreOffice read it, which papaparse cannot be configured to do: a quote inside a cell that does
 * not begin with one is an ordinary character (=HYPERLINK("https://…") stays one cell's text), and
 * text after a quoted cell's closing quote is kept as text of that cell ("A."x reads A.x) instead
 * of reopening the quote and swallowing the rest of the file. Only a quote that opens a cell and is
 * never closed still runs to the end of the file.
 */

export interface CsvRecord {
  /** Line of the record's first character (1-based), as an editor counts lines. */
  line: number;
  cells: string[];
  /** A quoted cell had text after its closing quote (kept, as Python's csv keeps it). */
  textAfterQuote: boolean;
}

export interface CsvRecords {
  records: CsvRecord[];
  /** Line of a quote that opens a cell and is never closed: that cell holds the rest of the file. */
  unclosedQuoteLine?: number;
}

type State = 'start-of-cell' | 'plain' | 'quoted' | 'quote-in-quoted';

/** Reads `text` (line ends already \n) into records. A line with no characters is not a record. */
export function readCsvRecords(text: string, delimiter: string): CsvRecords {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let state: State = 'start-of-cell';
  let textAfterQuote = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let recordStarted = false;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    state = 'start-of-cell';
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells, textAfterQuote });
    cells = [];
    textAfterQuote = false;
    recordStarted = false;
  };

  for (const character of text) {
    if (!recordStarted) {
      recordStarted = true;
      recordLine = line;
    }
    if (character === '\n') line += 1;
    switch (state) {
      case 'quoted':
        if (character === '"') state = 'quote-in-quoted';
        else cell += character;
        break;
      case 'quote-in-quoted':
        if (character === '"') {
          cell += '"';
          state = 'quoted';
        } else if (character === delimiter) endCell();
        else if (character === '\n') endRecord();
        else {
          cell += character;
          textAfterQuote = true;
          state = 'plain';
        }
        break;
      default:
        if (character === delimiter) endCell();
        else if (character === '\n') {
          // A line holding nothing at all is skipped, as Python's csv skips it.
          if (state === 'start-of-cell' && cells.length === 0) recordStarted = false;
          else endRecord();
        } else if (character === '"' && state === 'start-of-cell') {
          state = 'quoted';
          quoteLine = line;
        } else {
          cell += character;
          state = 'plain';
        }
    }
  }
  if (state === 'quoted') return { records, unclosedQuoteLine: quoteLine };
  if (recordStarted) endRecord();
  return { records };
}
