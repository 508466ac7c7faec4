import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RosterRow } from '../../../core/contract/planning';
import type { Message } from '../../../core/domain/messages';
import type { Participant } from '../../../core/domain/participants';
import { MAX_ROSTER_BYTES, MAX_ROSTER_ROWS, decodeRosterBytes, parseRosterCsv, type RosterCsvContext } from '../../../core/domain/roster/csv';
import { readCsvRecords } from '../../../core/domain/roster/csvRecords';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve('test/fixtures/roster', name)));

function participant(id: string, code: string, details: Partial<Participant> = {}): Participant {
  return { id, code, createdAt: '2026-01-05T09:00:00.000Z', ...details };
}

const registered = participant('6f1c1b8e-1d2a-4c55-9a63-0b7c5d8e9f01', 'JH-26-003', { initials: 'P.N.', pronouns: 'he/him', fullName: 'Pat Nobody' });
const enrolled = participant('0a3e2f44-5b6c-4d7e-8f90-1a2b3c4d5e6f', 'JH-26-004', { initials: 'Q.E.' });

function context(overrides: Partial<RosterCsvContext> = {}): RosterCsvContext {
  return { allowFullNames: false, registry: [registered, enrolled], enrolledParticipantIds: new Set([enrolled.id]), ...overrides };
}

function rowsOf(text: string, overrides: Partial<RosterCsvContext> = {}): RosterRow[] {
  const result = parseRosterCsv(text, context(overrides));
  if (!result.ok) throw new Error(`expected rows, got file problems: ${JSON.stringify(result.problems)}`);
  return result.rows;
}

function fileProblemsOf(text: string, overrides: Partial<RosterCsvContext> = {}): Message[] {
  const result = parseRosterCsv(text, context(overrides));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

function decodedFixture(name: string): string {
  const decoded = decodeRosterBytes(fixture(name));
  if (!decoded.ok) throw new Error(decoded.message.code);
  return decoded.text;
}

/** The problems of the row on one line of the file. */
function problemsOnLine(rows: RosterRow[], line: number): Message[] {
  const row = rows.find((candidate) => candidate.line === line);
  if (!row) throw new Error(`no row on line ${line}`);
  return row.problems;
}

const CODES_ONLY = ['code', 'initials', 'pronouns'];
const WITH_NAMES = ['code', 'initials', 'pronouns', 'name'];

/** A formula start in a cell: `character` for = + - @, `tab` or `line-break` for those. */
function formulaIn(column: string, start: string): Message {
  if (start === 'tab') return { code: 'roster-cell-formula-tab', params: { column } };
  if (start === 'line-break') return { code: 'roster-cell-formula-line-break', params: { column } };
  return { code: 'roster-cell-formula', params: { column, character: start } };
}

describe('a clean roster file', () => {
  it('reads the juvenile-hall fixture into five new participants, lines counted from the header', () => {
    expect(rowsOf(decodedFixture('juvenile-hall-part.csv'))).toEqual([
      { line: 2, code: 'JH-26-008', initials: 'D.M.', pronouns: 'she/her', status: 'new', problems: [] },
      { line: 3, code: 'JH-26-009', initials: 'A.R.', pronouns: 'they/them', status: 'new', problems: [] },
      { line: 4, code: 'JH-26-010', initials: 'K.T.', pronouns: 'he/him', status: 'new', problems: [] },
      { line: 5, code: 'JH-26-011', initials: 'L.S.', pronouns: 'she/they', status: 'new', problems: [] },
      { line: 6, code: 'JH-26-012', initials: 'M.V.', pronouns: 'she/her', status: 'new', problems: [] },
    ]);
  });

  it('trims values and leaves empty optional cells out', () => {
    expect(rowsOf('code,initials,pronouns\n  JH-26-030 ,  , they/them \n')).toEqual([
      { line: 2, code: 'JH-26-030', initials: undefined, pronouns: 'they/them', fullName: undefined, status: 'new', problems: [] },
    ]);
  });

  it('accepts a file with only a code column, and rows shorter than the header', () => {
    expect(rowsOf('code\nJH-26-031\n').map((row) => row.code)).toEqual(['JH-26-031']);
    expect(rowsOf('code,initials,pronouns\nJH-26-032\n')).toMatchObject([{ code: 'JH-26-032', initials: undefined, status: 'new' }]);
  });
});

describe('columns', () => {
  it('matches column names without regard to case, spaces, underscores, and knows program code and participant code', () => {
    for (const header of [
      'CODE, Initials ,PRONOUNS',
      'Program Code,initials,pronouns',
      'participant_code,INITIALS,Pronouns',
      'program_code,initials,pronouns',
    ]) {
      expect(rowsOf(`${header}\nJH-26-033,A.B.,she/her\n`)).toMatchObject([{ code: 'JH-26-033', initials: 'A.B.', pronouns: 'she/her' }]);
    }
  });

  it('accepts the Spanish column names, with or without accents', () => {
    for (const header of ['código,iniciales,pronombres', 'Codigo,INICIALES,Pronombres', 'Código del programa,iniciales,pronombres']) {
      expect(rowsOf(`${header}\nJH-26-033,A.B.,she/her\n`), header).toMatchObject([{ code: 'JH-26-033', initials: 'A.B.', pronouns: 'she/her' }]);
    }
    expect(rowsOf('código,nombre\nJH-26-033,Dana Ejemplo\n', { allowFullNames: true })).toMatchObject([{ fullName: 'Dana Ejemplo' }]);
    expect(fileProblemsOf('código,nombre\nJH-26-033,Dana Ejemplo\n')).toEqual([{ code: 'roster-column-names-off', params: { column: 'nombre' } }]);
    expect(fileProblemsOf('code,código\nJH-26-033,JH-26-034\n')).toEqual([{ code: 'roster-column-twice', params: { first: 'code', second: 'código' } }]);
  });

  it('reads columns in any order', () => {
    expect(rowsOf('pronouns,code\nhe/him,JH-26-034\n')).toMatchObject([{ code: 'JH-26-034', pronouns: 'he/him' }]);
  });

  it('refuses an unknown column, saying which columns a roster can have', () => {
    expect(fileProblemsOf('code,initials,Favourite colour\nJH-26-035,A.B.,green\n')).toEqual([
      { code: 'roster-column-unknown', params: { column: 'Favourite colour', allowed: CODES_ONLY } },
    ]);
  });

  it('refuses dates of birth, case numbers and addresses, saying the app never stores them', () => {
    expect(fileProblemsOf(decodedFixture('forbidden-columns.csv'))).toEqual([
      { code: 'roster-column-birth-dates', params: { column: 'Date of birth', allowed: CODES_ONLY } },
      { code: 'roster-column-case-numbers', params: { column: 'Case number', allowed: CODES_ONLY } },
      { code: 'roster-column-addresses', params: { column: 'Home address', allowed: CODES_ONLY } },
    ]);
    expect(fileProblemsOf('code,DOB\nJH-26-036,2011-01-01\n')).toEqual([{ code: 'roster-column-birth-dates', params: { column: 'DOB', allowed: CODES_ONLY } }]);
  });

  it('refuses a name column while full names are turned off', () => {
    expect(fileProblemsOf('code,Full name\nJH-26-037,Dana Example\n')).toEqual([{ code: 'roster-column-names-off', params: { column: 'Full name' } }]);
    expect(fileProblemsOf('code,First name\nJH-26-037,Dana\n')).toEqual([{ code: 'roster-column-names-off', params: { column: 'First name' } }]);
  });

  it('reads a name column when full names are allowed, and lists name among the roster columns', () => {
    expect(rowsOf('code,name\nJH-26-038,Dana Example\n', { allowFullNames: true })).toMatchObject([{ code: 'JH-26-038', fullName: 'Dana Example' }]);
    expect(rowsOf('code,Full_Name\nJH-26-038,Dana Example\n', { allowFullNames: true })).toMatchObject([{ fullName: 'Dana Example' }]);
    expect(fileProblemsOf('code,school\nJH-26-038,North\n', { allowFullNames: true })).toEqual([
      { code: 'roster-column-unknown', params: { column: 'school', allowed: WITH_NAMES } },
    ]);
  });

  it('refuses a file without a code column', () => {
    expect(fileProblemsOf('initials,pronouns\nA.B.,she/her\n')).toEqual([{ code: 'roster-no-code-column', params: { line: 1 } }]);
  });

  it('refuses a column named twice, also under another of its names', () => {
    expect(fileProblemsOf('code,initials,Initials\nJH-26-039,A.B.,C.D.\n')).toEqual([
      { code: 'roster-column-twice', params: { first: 'initials', second: 'Initials' } },
    ]);
    expect(fileProblemsOf('code,Program code\nJH-26-039,JH-26-040\n')).toEqual([
      { code: 'roster-column-twice', params: { first: 'code', second: 'Program code' } },
    ]);
  });

  it('says the header line is missing when the first line holds a participant', () => {
    expect(fileProblemsOf('JH-26-041,A.B.,she/her\nJH-26-042,C.D.,he/him\n')).toEqual([
      { code: 'roster-no-header', params: { line: 1, start: 'JH-26-041,A.B.,she/her' } },
    ]);
  });

  it('ignores a column with an empty header cell while it holds nothing (spreadsheets often add one)', () => {
    expect(rowsOf('code,initials,\nJH-26-043,A.B.,\n').map((row) => row.status)).toEqual(['new']);
    expect(problemsOnLine(rowsOf('code,,pronouns\nJH-26-043,A.B.,she/her\n'), 2)).toEqual([{ code: 'roster-unnamed-column', params: { column: 2 } }]);
  });
});

describe('what a file must hold', () => {
  it('refuses an empty file, one of blank lines, and one of only commas', () => {
    for (const text of ['', '\n\n  \n', ',,,\n,,,\n']) {
      expect(fileProblemsOf(text)).toEqual([{ code: 'roster-empty' }]);
    }
  });

  it('refuses a header with no participants below it', () => {
    expect(fileProblemsOf('code,initials,pronouns\n\n')).toEqual([{ code: 'roster-no-participants', params: { line: 1 } }]);
  });

  it(`refuses more than ${MAX_ROSTER_ROWS} participants, and reads exactly that many`, () => {
    const lines = (count: number) => Array.from({ length: count }, (_, index) => `JH-${String(index).padStart(5, '0')}`);
    expect(rowsOf(['code', ...lines(MAX_ROSTER_ROWS)].join('\n'))).toHaveLength(MAX_ROSTER_ROWS);
    expect(fileProblemsOf(['code', ...lines(MAX_ROSTER_ROWS + 1)].join('\n'))).toEqual([
      { code: 'roster-too-many-rows', params: { count: MAX_ROSTER_ROWS + 1, maximum: MAX_ROSTER_ROWS } },
    ]);
  });
});

describe('rows with problems', () => {
  it('shows every problem of a mixed file on the line where it is, and reads the good rows', () => {
    const rows = rowsOf(decodedFixture('mixed-problems.csv'));
    expect(rows.map((row) => [row.line, row.status])).toEqual([
      [2, 'new'],
      [3, 'error'],
      [5, 'error'],
      [6, 'error'],
      [7, 'error'],
      [8, 'error'],
      [9, 'error'],
      [11, 'new'],
    ]);
    expect(problemsOnLine(rows, 3)).toEqual([{ code: 'roster-code-empty' }]);
    expect(problemsOnLine(rows, 5)).toEqual([
      { code: 'roster-cell-invalid', params: { column: 'Program Code', value: 'JH 26 015', rule: { path: '', rule: 'code-characters' } } },
      formulaIn('Initials', '='),
    ]);
    expect(problemsOnLine(rows, 6)).toEqual([{ code: 'roster-code-repeated', params: { code: 'jh-26-013', line: 2 } }]);
    expect(problemsOnLine(rows, 7)).toEqual([
      { code: 'roster-cell-invalid', params: { column: 'Initials', value: expect.any(String), rule: { path: '', rule: 'too-long', params: { maximum: 4 } } } },
      formulaIn('Pronouns', '@'),
    ]);
    expect(problemsOnLine(rows, 8)).toEqual([{ code: 'roster-too-many-cells', params: { cells: 4, columns: 3 } }]);
    expect(problemsOnLine(rows, 9)).toEqual([{ code: 'roster-cell-lines', params: { column: 'Initials' } }]);
    expect(rows.at(-1)).toEqual({ line: 11, code: 'JH-26-019', initials: 'G.H.', pronouns: 'they/them', status: 'new', problems: [] });
  });

  it('refuses every cell start a spreadsheet would run as a formula, in any column', () => {
    const cases: [string, Message][] = [
      ['JH-26-050,=HYPERLINK("x"),', formulaIn('initials', '=')],
      ['JH-26-051,,+1', formulaIn('pronouns', '+')],
      ['JH-26-052,-A,', formulaIn('initials', '-')],
      ['JH-26-053,,@SUM(A1)', formulaIn('pronouns', '@')],
      ['JH-26-054,"\tA",', formulaIn('initials', 'tab')],
      ['JH-26-055,"\rA",', formulaIn('initials', 'line-break')],
      ['=JH-26-056,,', formulaIn('code', '=')],
      ['JH-26-057,  =1,', formulaIn('initials', '=')],
    ];
    for (const [line, message] of cases) {
      expect(problemsOnLine(rowsOf(`code,initials,pronouns\n${line}\n`), 2), line).toEqual([message]);
    }
    // The column is named as the file's header writes it.
    expect(problemsOnLine(rowsOf('Código,Iniciales\nJH-26-057,=1\n'), 2)).toEqual([formulaIn('Iniciales', '=')]);
  });

  it('lets through the same characters inside a cell', () => {
    expect(rowsOf('code,initials,pronouns\nJH-26-058,A-B,she/her+they\n')).toMatchObject([{ status: 'new', initials: 'A-B' }]);
  });

  it('refuses a code that breaks the program code rule', () => {
    expect(problemsOnLine(rowsOf(`code\nJH/26/059\n${'X'.repeat(33)}\n`), 2)).toEqual([
      { code: 'roster-cell-invalid', params: { column: 'code', value: 'JH/26/059', rule: { path: '', rule: 'code-characters' } } },
    ]);
    expect(problemsOnLine(rowsOf(`code\n${'X'.repeat(33)}\n`), 2)).toEqual([
      { code: 'roster-cell-invalid', params: { column: 'code', value: 'X'.repeat(33), rule: { path: '', rule: 'too-long', params: { maximum: 32 } } } },
    ]);
  });

  it('refuses initials, pronouns and names that are too long or hold control characters', () => {
    const rows = rowsOf(`code,initials,pronouns,name\nJH-26-060,A\u0007B,${'x'.repeat(41)},${'n'.repeat(121)}\n`, { allowFullNames: true });
    expect(problemsOnLine(rows, 2).map((problem) => problem.code === 'roster-cell-invalid' && [problem.params.column, problem.params.rule])).toEqual([
      ['initials', { path: '', rule: 'control-characters' }],
      ['pronouns', { path: '', rule: 'too-long', params: { maximum: 40 } }],
      ['name', { path: '', rule: 'too-long', params: { maximum: 120 } }],
    ]);
  });

  it('finds a code repeated in another case, naming the first line it is on', () => {
    const rows = rowsOf('code\nJH-26-014\n\njh-26-014\nJh-26-014\n');
    expect(rows.map((row) => row.status)).toEqual(['new', 'error', 'error']);
    expect(problemsOnLine(rows, 4)).toEqual([{ code: 'roster-code-repeated', params: { code: 'jh-26-014', line: 2 } }]);
    expect(problemsOnLine(rows, 5)).toEqual([{ code: 'roster-code-repeated', params: { code: 'Jh-26-014', line: 2 } }]);
  });

  it('counts the cells of a line against the header, whatever the delimiter', () => {
    expect(problemsOnLine(rowsOf('code;initials\nJH-26-061;A.B.;x;y\n'), 2)).toEqual([{ code: 'roster-too-many-cells', params: { cells: 4, columns: 2 } }]);
  });

  it('ignores empty cells past the header, as spreadsheets write them', () => {
    expect(rowsOf('code,initials\nJH-26-062,A.B.,,\n')).toMatchObject([{ status: 'new', problems: [] }]);
  });
});

describe('participants already known', () => {
  it('marks a code in the registry as existing, matched without regard to case, and keeps the registry details', () => {
    expect(rowsOf('code,initials,pronouns\njh-26-003,X.Y.,they/them\n')).toEqual([
      { line: 2, code: 'JH-26-003', initials: 'P.N.', pronouns: 'he/him', fullName: undefined, status: 'existing', problems: [] },
    ]);
    const lowercase = participant('9d8c7b6a-5f4e-4d3c-8b2a-190817263544', 'sc-26-005');
    expect(rowsOf('code\nSC-26-005\n', { registry: [lowercase] })).toMatchObject([{ code: 'sc-26-005', status: 'existing' }]);
  });

  it('shows a registry name only while full names are allowed', () => {
    expect(rowsOf('code\nJH-26-003\n', { allowFullNames: true })).toMatchObject([{ fullName: 'Pat Nobody', status: 'existing' }]);
  });

  it('marks a participant already on this workshop roster as already enrolled', () => {
    expect(rowsOf('code\nJH-26-004\nJH-26-003\nJH-26-070\n').map((row) => [row.code, row.status])).toEqual([
      ['JH-26-004', 'already-enrolled'],
      ['JH-26-003', 'existing'],
      ['JH-26-070', 'new'],
    ]);
  });

  it('treats a registered participant as existing once their enrolment here has ended', () => {
    expect(rowsOf('code\nJH-26-004\n', { enrolledParticipantIds: new Set() })).toMatchObject([{ status: 'existing' }]);
  });

  it("reports a problem on a registered participant's row rather than hiding it", () => {
    expect(rowsOf('code,initials\nJH-26-003,=X\n')).toMatchObject([{ status: 'error', code: 'JH-26-003' }]);
  });
});

describe('file formats', () => {
  it('reads an Excel "CSV UTF-8" file with a BOM, semicolons, CRLF line ends and a quoted cell', () => {
    expect(rowsOf(decodedFixture('excel-semicolon.csv'))).toEqual([
      { line: 2, code: 'JH-26-020', initials: 'S.Q.', pronouns: 'she/her', status: 'new', problems: [] },
      { line: 4, code: 'JH-26-021', initials: 'O;B', pronouns: 'they/them', status: 'new', problems: [] },
    ]);
  });

  it('reads tab-separated files, a BOM left in the text, and old Mac line ends', () => {
    expect(rowsOf('\uFEFFcode\tinitials\tpronouns\nJH-26-080\tA.B.\tshe/her, they\n')).toMatchObject([{ code: 'JH-26-080', pronouns: 'she/her, they' }]);
    expect(rowsOf('code,initials\rJH-26-081,A.B.\r\rJH-26-082,C.D.\r').map((row) => row.line)).toEqual([2, 4]);
  });

  it('keeps line numbers true to the file after a quoted cell holding a line break', () => {
    const rows = rowsOf('code,initials\r\n"JH-26-083","A.\r\nB."\r\nJH-26-084,C.D.\r\n');
    expect(rows.map((row) => [row.line, row.status])).toEqual([
      [2, 'error'],
      [4, 'new'],
    ]);
  });

  it('reads quoted cells with doubled quotes and delimiters inside', () => {
    expect(rowsOf('code,pronouns\n"JH-26-085","she/her, ""any"""\n')).toMatchObject([{ pronouns: 'she/her, "any"' }]);
  });

  it('refuses a quote that is never closed, naming its line', () => {
    expect(fileProblemsOf('code,initials\nJH-26-086,A.B.\nJH-26-087,"C.D.\nJH-26-088,E.F.\n')).toEqual([
      { code: 'roster-unclosed-quote', params: { line: 3 } },
    ]);
  });

  it('keeps text after a closing quote in its cell, as spreadsheets do, and says so on its row only', () => {
    const rows = rowsOf('code,initials\nJH-26-089,"A."x\nJH-26-090,C.D.\n');
    expect(rows).toMatchObject([
      {
        line: 2,
        code: 'JH-26-089',
        initials: 'A.x',
        status: 'error',
        problems: [{ code: 'roster-text-after-quote' }],
      },
      { line: 3, code: 'JH-26-090', initials: 'C.D.', status: 'new', problems: [] },
    ]);
  });

  it('reports text after a closing quote on its row when a later quote ends the cell', () => {
    const rows = rowsOf('code,initials\nJH-26-091,"A."x\nJH-26-092,"C.D."\nJH-26-093,E.F.\n');
    expect(rows[0]?.line).toBe(2);
    expect(rows[0]?.problems).toContainEqual({ code: 'roster-text-after-quote' });
    expect(rows.at(-1)).toMatchObject({ line: 4, code: 'JH-26-093', status: 'new' });
  });
});

describe('never throws', () => {
  const oddInputs = ['"', '""', ',', '\n', '\r', ';;;\n;;;', '"a""b', 'code\n"', 'code,code,code\n,,,', 'code\n\u0000\u0001', '\uFEFF', 'code\n'.repeat(5000)];

  it.each(oddInputs)('answers %j with problems or rows', (text) => {
    const result = parseRosterCsv(text, context());
    expect(result.ok ? result.rows.length : result.problems.length).toBeGreaterThan(0);
  });

  it('answers decoded random bytes with problems or rows', () => {
    // A fixed linear congruential generator: the same "random" files on every run.
    let seed = 20260105;
    const nextByte = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 256;
    };
    for (let file = 0; file < 200; file++) {
      const bytes = Uint8Array.from({ length: 1 + (file % 64) * 8 }, nextByte);
      const text = new TextDecoder().decode(bytes);
      const result = parseRosterCsv(`code,initials\n${text}`, context());
      expect(result.ok ? result.rows.every((row) => row.line >= 2) : result.problems.length > 0).toBe(true);
    }
  });
});

describe('decoding the file', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeRosterBytes(new TextEncoder().encode('code\nSC-26-001\n'))).toEqual({ ok: true, text: 'code\nSC-26-001\n' });
    expect(decodeRosterBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('code,pronouns\nSC-26-001,él\n')]))).toEqual({
      ok: true,
      text: 'code,pronouns\nSC-26-001,él\n',
    });
  });

  it('refuses Latin-1 bytes as not UTF-8', () => {
    expect(decodeRosterBytes(fixture('spanish-latin1.csv'))).toEqual({ ok: false, message: { code: 'roster-not-utf8' } });
  });

  it('tells UTF-16 text, a workbook, and binary data apart', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x63, 0x00, 0x6f, 0x00]);
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    const binary = Uint8Array.from([0x63, 0x00, 0x64]);
    expect(decodeRosterBytes(utf16)).toEqual({ ok: false, message: { code: 'roster-utf16' } });
    expect(decodeRosterBytes(xlsx)).toEqual({ ok: false, message: { code: 'roster-workbook' } });
    expect(decodeRosterBytes(binary)).toEqual({ ok: false, message: { code: 'roster-binary' } });
  });

  it('refuses a file over 1 MB', () => {
    expect(decodeRosterBytes(new Uint8Array(MAX_ROSTER_BYTES).fill(0x41))).toMatchObject({ ok: true });
    expect(decodeRosterBytes(new Uint8Array(MAX_ROSTER_BYTES + 200_000).fill(0x41))).toEqual({
      ok: false,
      message: { code: 'roster-file-too-large', params: { megabytes: '1.2' } },
    });
  });
});

describe('a stray quote inside a cell (a spreadsheet formula such as =HYPERLINK("…"))', () => {
  it('reads the quote as text and shows every row’s problems instead of refusing the file', () => {
    const rows = rowsOf(decodedFixture('excel-hyperlink.csv'));
    expect(rows.map((row) => [row.line, row.code, row.status])).toEqual([
      [2, 'JH-26-040', 'new'],
      [3, 'JH-26-041', 'error'],
      [4, 'JH-26-042', 'new'],
      [5, 'JH-26-042', 'error'],
      [6, '', 'error'],
      [7, 'JH-26-044', 'error'],
      [8, 'JH-26-045', 'error'],
      [9, 'JH-26-046', 'error'],
      [10, 'JH-26-047', 'error'],
      [11, 'JH-26-048', 'new'],
    ]);
    // The comma inside the formula's quotes ends the cell, as in Excel, LibreOffice and Python's csv.
    expect(problemsOnLine(rows, 3)).toEqual([
      formulaIn('initials', '='),
      { code: 'roster-too-many-cells', params: { cells: 4, columns: 3 } },
      { code: 'roster-text-after-quote' },
    ]);
    expect(problemsOnLine(rows, 5)).toEqual([{ code: 'roster-code-repeated', params: { code: 'JH-26-042', line: 4 } }]);
    expect(problemsOnLine(rows, 6)).toEqual([{ code: 'roster-code-empty' }]);
    expect(problemsOnLine(rows, 8)).toEqual([formulaIn('initials', '@')]);
    expect(rows.find((row) => row.line === 9)).toMatchObject({ initials: 'P.Q' });
    expect(rows.find((row) => row.line === 10)).toMatchObject({ initials: '=HYPERLINK("https://example.org")' });
  });
});

describe('reading cells as Python’s csv module does', () => {
  const python = spawnSync('python3', ['--version']).status === 0;

  /** Python's csv.reader (excel dialect) on each text, blank records left out as the roster reader leaves them. */
  function pythonCells(texts: readonly string[], delimiter = ','): string[][][] {
    const script = [
      'import csv, io, json, sys',
      'texts, delimiter = json.load(sys.stdin)',
      'print(json.dumps([[row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if row] for text in texts]))',
    ].join('\n');
    return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify([texts, delimiter]), encoding: 'utf8' })) as string[][][];
  }

  const ourCells = (text: string, delimiter = ',') => readCsvRecords(text, delimiter).records.map((record) => record.cells);

  it.skipIf(!python)('agrees cell for cell on the =HYPERLINK fixture', () => {
    const text = decodedFixture('excel-hyperlink.csv').replace(/\r\n/g, '\n');
    expect(ourCells(text)).toEqual(pythonCells([text])[0]);
  });

  it.skipIf(!python)('agrees on stray, doubled and closing quotes, delimiters and line breaks inside quotes', () => {
    const texts = [
      'a,b"c,d\n',
      'a,"b""c",d\n',
      'a,"b"c"d,e\n',
      'a,"b\nc",d\ne,f\n',
      'a," b",c\n',
      'a, "b",c\n',
      '"a,b"x,"",\n',
      ',,\n\n"x"\n',
      'a;"b;c";d"e\n',
      'last,line,without,end',
    ];
    expect(texts.map((text) => ourCells(text))).toEqual(pythonCells(texts));
    expect(texts.map((text) => ourCells(text, ';'))).toEqual(pythonCells(texts, ';'));
  });
});
