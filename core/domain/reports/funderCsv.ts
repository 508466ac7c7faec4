/**
 * The funder report as CSV rows: a few title lines, the figures table (all workshops, then by
 * module, site and audience), and attendance by meeting number. The caller turns them into text
 * with `toCsv`. Rates are percentages (0–100, one decimal), blank when the report leaves them out.
 */
import type { FunderFigures, FunderReport } from './views';
import type { CsvCell } from '../exports/csv';
import { percentOf } from '../exports/attendanceTable';

export const FUNDER_PRIVACY_NOTE = 'Counts of fewer than five people show as <5; rates about fewer than five people are left blank.';

export const FUNDER_FIGURE_HEADERS = [
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
] as const;

export const FUNDER_SERIES_HEADERS = ['Meeting in series', 'Workshops', 'Attendance rate %'] as const;

function rateCell(rate: number | undefined): CsvCell {
  return rate === undefined ? '' : percentOf(rate);
}

function figureRow(group: string, name: string, figures: FunderFigures): CsvCell[] {
  return [
    group,
    name,
    figures.workshopsHeld,
    figures.sessionsPlanned,
    figures.sessionsDelivered,
    figures.participants,
    rateCell(figures.attendanceRate),
    figures.finishers,
    figures.completed,
    rateCell(figures.completionRate),
  ];
}

export function funderCsvRows(report: FunderReport): CsvCell[][] {
  return [
    ['Funder report', `${report.from} to ${report.to}`],
    ['Organisation', report.organisation],
    ['Made on', report.madeOn],
    [FUNDER_PRIVACY_NOTE],
    [],
    [...FUNDER_FIGURE_HEADERS],
    figureRow('All workshops', '', report.totals),
    ...report.byModule.map((group) => figureRow('Module', group.label, group)),
    ...report.bySite.map((group) => figureRow('Site', group.label, group)),
    ...report.byAudience.map((group) => figureRow('Audience', group.label, group)),
    [],
    [...FUNDER_SERIES_HEADERS],
    ...report.attendanceByMeeting.map((point) => [point.meetingNumber, point.workshops, rateCell(point.rate)]),
  ];
}
