import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../electron/domain/exports/csv';
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
