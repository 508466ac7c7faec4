/**
 * Reads a roster file (one participant per line: program code, optional initials and pronouns,
 * and a name only where the organisation allows names) into rows a facilitator checks before
 * anything is saved. Every message says what is wrong and where, with line numbers as an editor
 * shows them (the header is line 1; blank lines are skipped but still counted).
 */
import Papa from 'papaparse';
import type { RosterRow } from './views';
import { participantSchema, programCode, type Participant } from '../participants';
import { readCsvRecords, type CsvRecord } from './csvRecords';

export const MAX_ROSTER_BYTES = 1024 * 1024;
export const MAX_ROSTER_ROWS = 2000;

export interface RosterCsvContext {
  allowFullNames: boolean;
  /** The participant registry (codes compare without regard to case). */
  registry: readonly Participant[];
  /** Participants with an open enrolment (no exit) in the workshop being imported into. */
  enrolledParticipantIds: ReadonlySet<string>;
}

export type RosterCsvResult = { ok: false; problems: string[] } | { ok: true; rows: RosterRow[] };

const SAVE_AS_CSV_UTF8 = 'In your spreadsheet program choose Save As and the format "CSV UTF-8", then try again.';

/** UTF-8 (with or without BOM) to text; refuses other encodings with advice. */
export function decodeRosterBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.byteLength > MAX_ROSTER_BYTES) {
    const megabytes = (bytes.byteLength / (1024 * 1024)).toFixed(1);
    return { ok: false, message: `This file is ${megabytes} MB; a roster file can be at most 1 MB. Split it into smaller files.` };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, message: `This is a spreadsheet workbook, not a CSV file. ${SAVE_AS_CSV_UTF8}` };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, message: `This file is saved as UTF-16 ("Unicode Text"), which the app cannot read. ${SAVE_AS_CSV_UTF8}` };
  }
  if (bytes.includes(0)) {
    return { ok: false, message: `This is not a CSV text file (it holds binary data). ${SAVE_AS_CSV_UTF8}` };
  }
  try {
    // ignoreBOM: false means the decoder drops a leading byte-order mark.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message: `This file is not saved as UTF-8 text (it may use an older encoding such as Windows-1252), so letters like é would be read wrongly. ${SAVE_AS_CSV_UTF8}`,
    };
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

// ---------------------------------------------------------------------------------------------
// Reading the file into rows with their line numbers

interface ReadFile {
  rows: CsvRecord[];
  delimiter: string;
  /** Line of a quote that opens a cell and is never closed, so the rest of the file is one cell. */
  unclosedQuoteLine?: number;
}

const DELIMITERS = [',', ';', '\t'];

function readRows(text: string): ReadFile {
  // \r\n and a lone \r each end one line, so the line numbers stay those an editor shows.
  const normalized = text.replace(/\r\n?/g, '\n');
  // papaparse only guesses the delimiter: its reading of quotes differs from the spreadsheets' (see csvRecords).
  const guess = Papa.parse<string[]>(normalized, {
    newline: '\n',
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS,
  });
  // A file with one column has no delimiter to find; papaparse then falls back to a comma.
  const delimiter = DELIMITERS.includes(guess.meta.delimiter) ? guess.meta.delimiter : ',';
  const { records, unclosedQuoteLine } = readCsvRecords(normalized, delimiter);
  return unclosedQuoteLine === undefined ? { rows: records, delimiter } : { rows: records, delimiter, unclosedQuoteLine };
}

function isBlank(row: CsvRecord): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

// ---------------------------------------------------------------------------------------------
// The header

type Field = 'code' | 'initials' | 'pronouns' | 'fullName';

const FIELD_NAMES: Record<string, Field> = {
  code: 'code',
  programcode: 'code',
  participantcode: 'code',
  initials: 'initials',
  pronouns: 'pronouns',
  name: 'fullName',
  fullname: 'fullName',
};

const FIELD_LABELS: Record<Field, string> = { code: 'code', initials: 'initials', pronouns: 'pronouns', fullName: 'name' };

const NAME_LIKE = new Set([
  'name',
  'fullname',
  'firstname',
  'lastname',
  'surname',
  'givenname',
  'familyname',
  'middlename',
  'preferredname',
  'studentname',
  'participantname',
  'youthname',
]);

/** Column names matched without regard to case, spaces, underscores or dashes. */
function columnKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** What the app refuses to hold, by header name, so the message can say so. */
function neverStored(name: string): string | undefined {
  const key = name.toLowerCase().replace(/[^a-z0-9#]/g, '');
  if (key === 'dob' || key.includes('birth')) return 'dates of birth';
  if (/^(case|case(number|no|num|id|#|file|filenumber|ref|reference))$/.test(key)) return 'case numbers';
  if (key.includes('address') || ['street', 'city', 'zip', 'zipcode', 'postcode', 'postalcode'].includes(key)) return 'addresses';
  return undefined;
}

interface Header {
  /** The field each column holds; undefined for a column with an empty header cell. */
  fields: (Field | undefined)[];
  problems: string[];
}

function readHeader(row: CsvRecord, allowFullNames: boolean): Header {
  const problems = new Set<string>();
  const fields: (Field | undefined)[] = [];
  const firstCellFor = new Map<Field, string>();

  for (const cell of row.cells) {
    const written = cell.trim();
    const named = FIELD_NAMES[columnKey(written)];
    const field = named === 'fullName' && !allowFullNames ? undefined : named;
    fields.push(field);
    if (written === '') continue;
    if (field === undefined) {
      problems.add(unknownColumnMessage(written, allowFullNames));
    } else if (firstCellFor.has(field)) {
      problems.add(
        `The header names the ${FIELD_LABELS[field]} column twice ("${shown(firstCellFor.get(field) ?? '')}" and "${shown(written)}"). Keep one and try again.`,
      );
    } else {
      firstCellFor.set(field, written);
    }
  }

  if (firstCellFor.size === 0 && looksLikeCode(row.cells[0] ?? '')) {
    const start = shown(row.cells.map((cell) => cell.trim()).join(','));
    return {
      fields,
      problems: [
        `Line ${row.line} should name the columns (for example: code,initials,pronouns), but it holds "${start}". Add a header line at the top and try again.`,
      ],
    };
  }
  if (!firstCellFor.has('code')) {
    problems.add(`The header (line ${row.line}) has no code column. Add a column named "code" with each participant's program code, for example JH-26-014.`);
  }
  return { fields, problems: [...problems] };
}

/** A program code with a digit in it: what a first line holds when the header is missing. */
function looksLikeCode(cell: string): boolean {
  return /\d/.test(cell) && programCode.safeParse(cell).success;
}

function unknownColumnMessage(written: string, allowFullNames: boolean): string {
  const column = `Column "${shown(written)}"`;
  if (!allowFullNames && NAME_LIKE.has(columnKey(written))) {
    return `${column} holds names, and full names are turned off in Settings › Privacy. Remove that column and try again.`;
  }
  const allowed = allowFullNames ? 'code, initials, pronouns, name' : 'code, initials, pronouns';
  const refused = neverStored(written);
  const never = refused ? ` The app never stores ${refused}.` : '';
  return `${column} is not a roster column. A roster file can have: ${allowed}.${never} Remove that column and try again.`;
}

/** Long values are cut so a message or a preview row stays readable. */
function shown(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

// ---------------------------------------------------------------------------------------------
// The rows

/**
 * Spreadsheet programs run a cell that begins with one of these as a formula (CSV injection). A
 * carriage return arrives here as a line break: readRows turns every line ending into \n.
 */
const FORMULA_STARTS: Record<string, string> = { '=': '"="', '+': '"+"', '-': '"-"', '@': '"@"', '\t': 'a tab', '\n': 'a line break' };

const VALUE_SCHEMAS = {
  initials: participantSchema.shape.initials,
  pronouns: participantSchema.shape.pronouns,
  fullName: participantSchema.shape.fullName,
} as const;

type RowValues = Partial<Record<Field, string>>;

/** Checks one cell; returns its trimmed value (undefined when empty) and adds what is wrong with it. */
function checkCell(field: Field, raw: string, problems: string[]): string | undefined {
  const value = raw.trim();
  const label = FIELD_LABELS[field];
  if (value === '') {
    if (field === 'code') problems.push('The code is empty.');
    return undefined;
  }
  // Trimming removes a leading tab or line break, so those are looked for in the cell as written.
  const formulaStart = FORMULA_STARTS[/^[\t\n]/.test(raw) ? raw.charAt(0) : value.charAt(0)];
  if (formulaStart !== undefined) {
    problems.push(`The ${label} cell begins with ${formulaStart}, which spreadsheet programs run as a formula. Remove that character.`);
    return value;
  }
  if (value.includes('\n')) {
    problems.push(`The ${label} cell runs over more than one line. Put it on one line.`);
    return value;
  }
  const schema = field === 'code' ? programCode : VALUE_SCHEMAS[field];
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const subject = field === 'code' ? `The code "${shown(value)}"` : `The ${label}`;
    for (const issue of parsed.error.issues) problems.push(`${subject} ${issue.message}.`);
  }
  return value;
}

function delimiterName(delimiter: string): string {
  if (delimiter === ';') return 'semicolon';
  if (delimiter === '\t') return 'tab';
  return 'comma';
}

function checkRow(row: CsvRecord, header: Header, delimiter: string): { values: RowValues; problems: string[] } {
  const problems: string[] = [];
  const values: RowValues = {};
  header.fields.forEach((field, column) => {
    if (field !== undefined) values[field] = checkCell(field, row.cells[column] ?? '', problems);
  });

  const lastFilled = row.cells.findLastIndex((cell) => cell.trim() !== '');
  if (lastFilled >= header.fields.length) {
    problems.push(
      `This line has ${lastFilled + 1} cells but the header has ${header.fields.length}. Remove the extra cells, or put quotes around a cell that holds a ${delimiterName(delimiter)}.`,
    );
  }
  header.fields.forEach((field, column) => {
    if (field === undefined && (row.cells[column] ?? '').trim() !== '') {
      problems.push(`Column ${column + 1} has no name in the header, but this line has a value there. Name the column or remove the value.`);
    }
  });
  if (row.textAfterQuote) problems.push('A quoted cell on this line has text after its closing quote ("). Check the quotes on this line.');
  return { values, problems };
}

// ---------------------------------------------------------------------------------------------

/** Reads roster text (a decoded .csv file) into checked rows, or says why the file cannot be used. Never throws. */
export function parseRosterCsv(text: string, context: RosterCsvContext): RosterCsvResult {
  try {
    return parseChecked(text, context);
  } catch {
    // papaparse and the checks are not expected to throw; this keeps a surprise from reaching the user as a crash.
    return { ok: false, problems: ['This file could not be read as a CSV file. Save it from your spreadsheet program as "CSV UTF-8" and try again.'] };
  }
}

function parseChecked(input: string, context: RosterCsvContext): RosterCsvResult {
  const text = input.replace(/^\uFEFF/, '');
  if (text.length > MAX_ROSTER_BYTES) {
    return { ok: false, problems: ['This file is larger than 1 MB, the most a roster file can be. Split it into smaller files.'] };
  }
  const file = readRows(text);
  if (file.unclosedQuoteLine !== undefined) {
    return {
      ok: false,
      problems: [
        `A quote (") opens on line ${file.unclosedQuoteLine} and is never closed, so the rest of the file reads as one cell. Check the quotes on that line and try again.`,
      ],
    };
  }
  const [headerRow, ...dataRows] = file.rows.filter((row) => !isBlank(row));
  if (!headerRow) {
    return {
      ok: false,
      problems: ['The file is empty. A roster file starts with a header line such as code,initials,pronouns, then one participant per line.'],
    };
  }
  const header = readHeader(headerRow, context.allowFullNames);
  const problems = [...header.problems];
  if (dataRows.length === 0) {
    problems.push(`The file has a header (line ${headerRow.line}) but no participants below it.`);
  } else if (dataRows.length > MAX_ROSTER_ROWS) {
    problems.push(`The file has ${dataRows.length} participants; a roster file can have at most ${MAX_ROSTER_ROWS}. Split it into smaller files.`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const registryByCode = new Map<string, Participant>();
  for (const participant of context.registry) {
    const key = participant.code.toUpperCase();
    if (!registryByCode.has(key)) registryByCode.set(key, participant);
  }
  const firstLineOfCode = new Map<string, number>();

  const rows = dataRows.map((row): RosterRow => {
    const { values, problems: rowProblems } = checkRow(row, header, file.delimiter);
    const code = values.code ?? '';
    const key = code.toUpperCase();
    if (code !== '' && programCode.safeParse(code).success) {
      const earlier = firstLineOfCode.get(key);
      if (earlier !== undefined) rowProblems.push(`${shown(code)} is also on line ${earlier}.`);
      else firstLineOfCode.set(key, row.line);
    }
    if (rowProblems.length > 0) {
      return {
        line: row.line,
        code: shown(code),
        initials: values.initials && shown(values.initials),
        pronouns: values.pronouns && shown(values.pronouns),
        fullName: values.fullName && shown(values.fullName),
        status: 'error',
        problems: rowProblems,
      };
    }
    const known = registryByCode.get(key);
    if (known) {
      // Importing never changes a registry record: the row shows the details that will be enrolled,
      // even where the file's initials or pronouns differ. Editing them is done on the participant.
      return {
        line: row.line,
        code: known.code,
        initials: known.initials,
        pronouns: known.pronouns,
        fullName: context.allowFullNames ? known.fullName : undefined,
        status: context.enrolledParticipantIds.has(known.id) ? 'already-enrolled' : 'existing',
        problems: [],
      };
    }
    return { line: row.line, code, initials: values.initials, pronouns: values.pronouns, fullName: values.fullName, status: 'new', problems: [] };
  });
  return { ok: true, rows };
}
