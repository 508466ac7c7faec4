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
import { fieldIssueOf } from '../issues';
import type { Message } from '../messages';

export const MAX_ROSTER_BYTES = 1024 * 1024;
export const MAX_ROSTER_ROWS = 2000;

export interface RosterCsvContext {
  allowFullNames: boolean;
  /** The participant registry (codes compare without regard to case). */
  registry: readonly Participant[];
  /** Participants with an open enrolment (no exit) in the workshop being imported into. */
  enrolledParticipantIds: ReadonlySet<string>;
}

export type RosterCsvResult = { ok: false; problems: Message[] } | { ok: true; rows: RosterRow[] };

/** UTF-8 (with or without BOM) to text; refuses other encodings with advice. */
export function decodeRosterBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: Message } {
  if (bytes.byteLength > MAX_ROSTER_BYTES) {
    const megabytes = (bytes.byteLength / (1024 * 1024)).toFixed(1);
    return { ok: false, message: { code: 'roster-file-too-large', params: { megabytes } } };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, message: { code: 'roster-workbook' } };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, message: { code: 'roster-utf16' } };
  }
  if (bytes.includes(0)) {
    return { ok: false, message: { code: 'roster-binary' } };
  }
  try {
    // ignoreBOM: false means the decoder drops a leading byte-order mark.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, message: { code: 'roster-not-utf8' } };
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

// ---------------------------------------------------------------------------------------------
// Reading the file into rows with their line numbers

interface ReadFile {
  rows: CsvRecord[];
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
  return unclosedQuoteLine === undefined ? { rows: records } : { rows: records, unclosedQuoteLine };
}

function isBlank(row: CsvRecord): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

// ---------------------------------------------------------------------------------------------
// The header

type Field = 'code' | 'initials' | 'pronouns' | 'fullName';

/** Column names in English or Spanish (the help text offers both), as columnKey writes them. */
const FIELD_NAMES: Record<string, Field> = {
  code: 'code',
  programcode: 'code',
  participantcode: 'code',
  initials: 'initials',
  pronouns: 'pronouns',
  name: 'fullName',
  fullname: 'fullName',
  codigo: 'code',
  codigodelprograma: 'code',
  codigodeparticipante: 'code',
  iniciales: 'initials',
  pronombres: 'pronouns',
  nombre: 'fullName',
  nombrecompleto: 'fullName',
};

const NAME_LIKE = new Set([
  'nombre',
  'nombres',
  'apellido',
  'apellidos',
  'nombrecompleto',
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

/** Column names matched without regard to case, accents, spaces, underscores or dashes. */
function columnKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_-]+/g, '');
}

type NeverStoredCode = 'roster-column-birth-dates' | 'roster-column-case-numbers' | 'roster-column-addresses';

/** What the app refuses to hold, by header name, so the message can say so. */
function neverStored(name: string): NeverStoredCode | undefined {
  const key = name.toLowerCase().replace(/[^a-z0-9#]/g, '');
  if (key === 'dob' || key.includes('birth')) return 'roster-column-birth-dates';
  if (/^(case|case(number|no|num|id|#|file|filenumber|ref|reference))$/.test(key)) return 'roster-column-case-numbers';
  if (key.includes('address') || ['street', 'city', 'zip', 'zipcode', 'postcode', 'postalcode'].includes(key)) return 'roster-column-addresses';
  return undefined;
}

interface Header {
  /** The field each column holds; undefined for a column with an empty header cell. */
  fields: (Field | undefined)[];
  /** Each column's header cell as written (trimmed), so a message names the column as the file does. */
  names: string[];
  problems: Message[];
}

function readHeader(row: CsvRecord, allowFullNames: boolean): Header {
  const problems: Message[] = [];
  const fields: (Field | undefined)[] = [];
  const names: string[] = [];
  const firstCellFor = new Map<Field, string>();

  for (const cell of row.cells) {
    const written = cell.trim();
    const named = FIELD_NAMES[columnKey(written)];
    const field = named === 'fullName' && !allowFullNames ? undefined : named;
    fields.push(field);
    names.push(shown(written));
    if (written === '') continue;
    if (field === undefined) {
      problems.push(unknownColumnMessage(written, allowFullNames));
    } else if (firstCellFor.has(field)) {
      problems.push({ code: 'roster-column-twice', params: { first: shown(firstCellFor.get(field) ?? ''), second: shown(written) } });
    } else {
      firstCellFor.set(field, written);
    }
  }

  if (firstCellFor.size === 0 && looksLikeCode(row.cells[0] ?? '')) {
    const start = shown(row.cells.map((cell) => cell.trim()).join(','));
    return { fields, names, problems: [{ code: 'roster-no-header', params: { line: row.line, start } }] };
  }
  if (!firstCellFor.has('code')) problems.push({ code: 'roster-no-code-column', params: { line: row.line } });
  return { fields, names, problems: withoutRepeats(problems) };
}

/** A program code with a digit in it: what a first line holds when the header is missing. */
function looksLikeCode(cell: string): boolean {
  return /\d/.test(cell) && programCode.safeParse(cell).success;
}

/** The same message twice (a column named twice over) is said once. */
function withoutRepeats(messages: Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter((message) => {
    const key = JSON.stringify(message);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unknownColumnMessage(written: string, allowFullNames: boolean): Message {
  const column = shown(written);
  if (!allowFullNames && NAME_LIKE.has(columnKey(written))) return { code: 'roster-column-names-off', params: { column } };
  const allowed = allowFullNames ? ['code', 'initials', 'pronouns', 'name'] : ['code', 'initials', 'pronouns'];
  return { code: neverStored(written) ?? 'roster-column-unknown', params: { column, allowed } };
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
const FORMULA_CHARACTERS = new Set(['=', '+', '-', '@']);

function formulaStartMessage(column: string, raw: string, value: string): Message | undefined {
  // Trimming removes a leading tab or line break, so those are looked for in the cell as written.
  if (raw.startsWith('\t')) return { code: 'roster-cell-formula-tab', params: { column } };
  if (raw.startsWith('\n')) return { code: 'roster-cell-formula-line-break', params: { column } };
  const character = value.charAt(0);
  return FORMULA_CHARACTERS.has(character) ? { code: 'roster-cell-formula', params: { column, character } } : undefined;
}

const VALUE_SCHEMAS = {
  initials: participantSchema.shape.initials,
  pronouns: participantSchema.shape.pronouns,
  fullName: participantSchema.shape.fullName,
} as const;

type RowValues = Partial<Record<Field, string>>;

/** Checks one cell; returns its trimmed value (undefined when empty) and adds what is wrong with it. */
/** Checks one cell (`column` is its header cell as written); returns its trimmed value (undefined when empty) and adds what is wrong with it. */
function checkCell(field: Field, column: string, raw: string, problems: Message[]): string | undefined {
  const value = raw.trim();
  if (value === '') {
    if (field === 'code') problems.push({ code: 'roster-code-empty' });
    return undefined;
  }
  const formulaStart = formulaStartMessage(column, raw, value);
  if (formulaStart !== undefined) {
    problems.push(formulaStart);
    return value;
  }
  if (value.includes('\n')) {
    problems.push({ code: 'roster-cell-lines', params: { column } });
    return value;
  }
  const schema = field === 'code' ? programCode : VALUE_SCHEMAS[field];
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ code: 'roster-cell-invalid', params: { column, value: shown(value), rule: fieldIssueOf(issue) } });
  }
  return value;
}

function checkRow(row: CsvRecord, header: Header): { values: RowValues; problems: Message[] } {
  const problems: Message[] = [];
  const values: RowValues = {};
  header.fields.forEach((field, column) => {
    if (field !== undefined) values[field] = checkCell(field, header.names[column] ?? '', row.cells[column] ?? '', problems);
  });

  const lastFilled = row.cells.findLastIndex((cell) => cell.trim() !== '');
  if (lastFilled >= header.fields.length) {
    problems.push({ code: 'roster-too-many-cells', params: { cells: lastFilled + 1, columns: header.fields.length } });
  }
  header.fields.forEach((field, column) => {
    if (field === undefined && (row.cells[column] ?? '').trim() !== '') problems.push({ code: 'roster-unnamed-column', params: { column: column + 1 } });
  });
  if (row.textAfterQuote) problems.push({ code: 'roster-text-after-quote' });
  return { values, problems };
}

// ---------------------------------------------------------------------------------------------

/** Reads roster text (a decoded .csv file) into checked rows, or says why the file cannot be used. Never throws. */
export function parseRosterCsv(text: string, context: RosterCsvContext): RosterCsvResult {
  try {
    return parseChecked(text, context);
  } catch {
    // papaparse and the checks are not expected to throw; this keeps a surprise from reaching the user as a crash.
    return { ok: false, problems: [{ code: 'roster-unreadable' }] };
  }
}

function parseChecked(input: string, context: RosterCsvContext): RosterCsvResult {
  const text = input.replace(/^\uFEFF/, '');
  if (text.length > MAX_ROSTER_BYTES) {
    return { ok: false, problems: [{ code: 'roster-over-limit' }] };
  }
  const file = readRows(text);
  if (file.unclosedQuoteLine !== undefined) {
    return { ok: false, problems: [{ code: 'roster-unclosed-quote', params: { line: file.unclosedQuoteLine } }] };
  }
  const [headerRow, ...dataRows] = file.rows.filter((row) => !isBlank(row));
  if (!headerRow) {
    return { ok: false, problems: [{ code: 'roster-empty' }] };
  }
  const header = readHeader(headerRow, context.allowFullNames);
  const problems = [...header.problems];
  if (dataRows.length === 0) {
    problems.push({ code: 'roster-no-participants', params: { line: headerRow.line } });
  } else if (dataRows.length > MAX_ROSTER_ROWS) {
    problems.push({ code: 'roster-too-many-rows', params: { count: dataRows.length, maximum: MAX_ROSTER_ROWS } });
  }
  if (problems.length > 0) return { ok: false, problems };

  const registryByCode = new Map<string, Participant>();
  for (const participant of context.registry) {
    const key = participant.code.toUpperCase();
    if (!registryByCode.has(key)) registryByCode.set(key, participant);
  }
  const firstLineOfCode = new Map<string, number>();

  const rows = dataRows.map((row): RosterRow => {
    const { values, problems: rowProblems } = checkRow(row, header);
    const code = values.code ?? '';
    const key = code.toUpperCase();
    if (code !== '' && programCode.safeParse(code).success) {
      const earlier = firstLineOfCode.get(key);
      if (earlier !== undefined) rowProblems.push({ code: 'roster-code-repeated', params: { code: shown(code), line: earlier } });
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
