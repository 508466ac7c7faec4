import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { LongRow, WorkshopAttendance } from '../../../core/domain/exports/attendanceTable';
import { attendanceCsv, attendanceCsvChunks, toCsv } from '../../../core/domain/exports/csv';
import { sheetNames } from '../../../electron/services/exports/xlsx';

describe('CSV text', () => {
  it('writes RFC 4180 lines ending in CRLF, numbers unquoted, quotes only where needed', () => {
    const text = toCsv(
      [
        ['Participant', 'Attended', 'Note'],
        ['JH-26-001', 7, 'Unit B, east'],
        ['JH-26-002', 87.5, 'said "hi"'],
      ],
      { byteOrderMark: false },
    );
    expect(text).toBe('Participant,Attended,Note\r\nJH-26-001,7,"Unit B, east"\r\nJH-26-002,87.5,"said ""hi"""\r\n');
    const read = Papa.parse<string[]>(text, { skipEmptyLines: true, dynamicTyping: true });
    expect(read.errors).toEqual([]);
    expect(read.data[2]).toEqual(['JH-26-002', 87.5, 'said "hi"']);
  });

  it('starts with a byte-order mark only when asked', () => {
    expect(toCsv([['a']], { byteOrderMark: true }).charCodeAt(0)).toBe(0xfeff);
    expect(toCsv([['a']], { byteOrderMark: false })).toBe('a\r\n');
  });

  it('keeps cells that a spreadsheet would run as formulas as text, and leaves numbers alone', () => {
    const cells = ['=SUM(A1:A9)', '+1', '-cmd', '@SUM(1)', '\t=1', '\r=1', '=1\n+2', 'safe - text'];
    const text = toCsv([[...cells, -3]], { byteOrderMark: false });
    const [row] = Papa.parse<(string | number)[]>(text, { skipEmptyLines: true, dynamicTyping: true }).data;
    expect(row).toEqual(["'=SUM(A1:A9)", "'+1", "'-cmd", "'@SUM(1)", "'\t=1", "'\r=1", "'=1\n+2", 'safe - text', -3]);
  });
});

/** A workshop's tables with `people` participants at two meetings. */
function tables(title: string, people: number): WorkshopAttendance {
  const codes = Array.from({ length: people }, (_, index) => `JH-26-${String(index + 1).padStart(3, '0')}`);
  const dates = ['2027-03-02', '2027-03-04'] as const;
  return {
    workshopId: title,
    title,
    summary: { workshop: title, heldMeetings: 2, participants: people },
    longRowCount: people * dates.length,
    long: () =>
      dates.flatMap((date) =>
        codes.map((participant): LongRow => [title, 'Knowing Your Worth', '', date, '15:30', 1, 'Regular', 'Held', participant, 'P', 'Present', 'yes', '', '']),
      ),
    grid: () => ({
      columns: dates.map((date) => ({ meetingId: date, date, header: `${date} S1` })),
      rows: codes.map((participant) => ({ participant, cells: ['P', 'P'], attended: 2, heldWhileEnrolled: 2, share: 1 })),
    }),
  };
}

describe('attendance CSV in pieces', () => {
  const workshops = [tables('Unit B', 5), tables('Unit C', 2)];

  // Pieces of 5 end right after Unit B's grid, so the next one starts with the blank line.
  it.each([
    ['long', 1],
    ['long', 3],
    ['grid', 3],
    ['grid', 5],
  ] as const)('lays out the same %s file in pieces of %i rows, the byte-order mark only at its start', (shape, size) => {
    const whole = attendanceCsv(workshops, shape, { byteOrderMark: true });
    const pieces = [...attendanceCsvChunks(workshops, shape, { byteOrderMark: true }, size)];
    expect(pieces.map((piece) => piece.text).join('')).toBe(whole);
    expect(pieces.filter((piece) => piece.text.includes('\uFEFF'))).toHaveLength(1);
    expect(pieces.every((piece) => piece.rows <= size)).toBe(true);
    // Headers, titles and blank lines between grids are not attendance rows.
    expect(pieces.reduce((sum, piece) => sum + piece.rows, 0)).toBe(shape === 'long' ? 14 : 7);
  });

  it('keeps the grids of several workshops apart, each under its title', () => {
    const lines = attendanceCsv(workshops, 'grid', { byteOrderMark: false }).split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['Unit B', 'Participant,2027-03-02 S1,2027-03-04 S1,Attended,Held while enrolled,Attendance %', 'JH-26-001,P,P,2,2,100']);
    expect(lines.slice(6, 9)).toEqual(['JH-26-005,P,P,2,2,100', '', 'Unit C']);
  });
});

describe('XLSX sheet names', () => {
  it('drops characters Excel refuses, keeps to 31 characters and makes each name unique', () => {
    const long = 'Knowing Your Worth – Unit B, girls 14 to 17';
    expect(sheetNames(['A/B: [1]?', long, long, 'summary', "'Quoted'", '***'])).toEqual([
      'A B 1',
      'Knowing Your Worth – Unit B, gi',
      'Knowing Your Worth – Unit B (2)',
      'summary (2)',
      'Quoted',
      'Workshop',
    ]);
  });
});
