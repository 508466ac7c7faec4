import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FunderFigures, FunderReport } from '../../../core/contract/reports';
import { toCsv } from '../../../core/domain/exports/csv';
import { fileLabels, type FileLabels } from '../../../core/domain/exports/fileLabels';
import { funderReport } from '../../../core/domain/reports/funder';
import { funderCsvRows } from '../../../core/domain/reports/funderCsv';
import type { Participant } from '../../../core/domain/participants';
import { custodySeries, enrol, mark, participant, statuses } from '../progress/helpers';

type Cell = string | number | null;

/** The CSV text as a spreadsheet would read it: numbers as numbers, blank cells as ''. */
function readBack(report: FunderReport, labels = fileLabels.en): Cell[][] {
  const text = toCsv(funderCsvRows(report, labels), { byteOrderMark: true });
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Cell[]>(text.slice(1), { dynamicTyping: true, skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  // The text ends with a line end, which papaparse reads as one more, empty, line.
  return parsed.data.slice(0, -1);
}

const figures = (overrides: Partial<FunderFigures>): FunderFigures => ({
  workshopsHeld: 0,
  sessionsPlanned: 0,
  sessionsDelivered: 0,
  participants: 0,
  finishers: 0,
  completed: 0,
  ...overrides,
});

const HEADERS = [
  'Group',
  'Name',
  'Workshops held',
  'Sessions planned',
  'Sessions delivered',
  'Participants',
  'Attendance rate %',
  'Finishers',
  'Completed',
  'Completion rate %',
];

describe('funderCsvRows', () => {
  it('lays out the title lines, the figures by group and attendance by meeting number', () => {
    const report: FunderReport = {
      from: '2027-01-01',
      to: '2027-06-30',
      madeOn: '2027-07-02',
      organisation: 'Safe Futures, Inc.',
      totals: figures({
        workshopsHeld: 3,
        sessionsPlanned: 30,
        sessionsDelivered: 27,
        participants: 24,
        attendanceRate: 0.8456,
        finishers: 20,
        completed: 15,
        completionRate: 0.75,
      }),
      byModule: [
        { label: 'Custody Series', ...figures({ workshopsHeld: 3, sessionsPlanned: 30, sessionsDelivered: 27, participants: 24, attendanceRate: 2 / 3 }) },
      ],
      bySite: [
        {
          label: 'East Unit',
          ...figures({
            workshopsHeld: 2,
            sessionsPlanned: 20,
            sessionsDelivered: 18,
            participants: 21,
            attendanceRate: 0.9,
            finishers: 18,
            completed: 14,
            completionRate: 14 / 18,
          }),
        },
        {
          label: 'West Unit',
          ...figures({ workshopsHeld: 1, sessionsPlanned: 10, sessionsDelivered: 9, participants: '<5', finishers: '<5', completed: '<5' }),
        },
      ],
      byAudience: [{ label: 'Girls 14–17, "Unit B"', ...figures({ workshopsHeld: 3, participants: 24, finishers: 20, completed: 0, completionRate: 0 }) }],
      attendanceByMeeting: [
        { meetingNumber: 1, workshops: 3, rate: 0.95 },
        { meetingNumber: 2, workshops: 3, rate: 0.8 },
        { meetingNumber: 11, workshops: 1 },
      ],
    };

    expect(readBack(report)).toEqual([
      ['Funder report', '2027-01-01 to 2027-06-30'],
      ['Organisation', 'Safe Futures, Inc.'],
      ['Made on', '2027-07-02'],
      ['Counts of fewer than five people show as <5; rates about fewer than five people are left blank.'],
      [null],
      HEADERS,
      ['All workshops', null, 3, 30, 27, 24, 84.6, 20, 15, 75],
      ['Module', 'Custody Series', 3, 30, 27, 24, 66.7, 0, 0, null],
      ['Site', 'East Unit', 2, 20, 18, 21, 90, 18, 14, 77.8],
      ['Site', 'West Unit', 1, 10, 9, '<5', null, '<5', '<5', null],
      ['Audience', 'Girls 14–17, "Unit B"', 3, 0, 0, 24, null, 20, 0, 0],
      [null],
      ['Meeting in series', 'Workshops', 'Attendance rate %'],
      [1, 3, 95],
      [2, 3, 80],
      [11, 1, null],
    ]);
  });

  it('writes a report on no workshops as zeros, with both tables headed', () => {
    const empty = funderReport([], { from: '2027-01-01', to: '2027-01-31', today: '2027-02-01', organisation: 'Safe Futures', statuses });
    const rows = readBack(empty);
    expect(rows.slice(5)).toEqual([
      HEADERS,
      ['All workshops', null, 0, 0, 0, 0, null, 0, 0, null],
      [null],
      ['Meeting in series', 'Workshops', 'Attendance rate %'],
    ]);
  });

  it('names the workshops that gave no site or audience in the file’s language', () => {
    const workshop = custodySeries('one', { audience: '' });
    const report = funderReport([workshop], { from: '2027-03-01', to: '2027-04-30', today: '2027-05-01', organisation: 'Safe Futures', statuses });
    const groupNames = (labels: FileLabels) =>
      readBack(report, labels).filter((row) => row[0] === labels.funder.groups.site || row[0] === labels.funder.groups.audience);
    expect(groupNames(fileLabels.en).map((row) => row.slice(0, 2))).toEqual([
      ['Site', 'No site given'],
      ['Audience', 'Audience not given'],
    ]);
    expect(groupNames(fileLabels.es).map((row) => row.slice(0, 2))).toEqual([
      ['Lugar', 'Sin lugar indicado'],
      ['Público', 'Sin público indicado'],
    ]);
  });

  it('writes what funderReport worked out, with small counts hidden', () => {
    const who: Participant[] = ['A-001', 'A-002', 'A-003', 'A-004', 'A-005', 'A-006'].map(participant);
    let workshop = custodySeries('one', { audience: '=HYPERLINK("x")' });
    workshop = who.reduce((next, person, index) => mark(enrol(next, person), person, index < 2 ? 'pppppppppp' : 'aaaaaaaaaa'), workshop);
    const report = funderReport([workshop], { from: '2027-03-01', to: '2027-04-30', today: '2027-05-01', organisation: 'Safe Futures', statuses });
    const rows = readBack(report);
    expect(rows[6]).toEqual(['All workshops', null, 1, 10, 10, '<5', 33.3, 6, '<5', null]);
    // An audience a spreadsheet would run as a formula stays text.
    expect(rows[9]).toEqual(['Audience', '\'=HYPERLINK("x")', 1, 10, 10, '<5', 33.3, 6, '<5', null]);
  });
});
