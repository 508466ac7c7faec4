/**
 * The funder report as CSV rows: a few title lines, the figures table (all workshops, then by
 * module, site and audience), and attendance by meeting number, worded in the file's language.
 * The caller turns them into text with `toCsv`. Rates are percentages (0–100, one decimal), blank
 * when the report leaves them out.
 */
import type { FunderFigures, FunderReport } from './views';
import type { CsvCell } from '../exports/csv';
import { percentOf } from '../exports/attendanceTable';
import { fileLabels, type FileLabels } from '../exports/fileLabels';
import { FALLBACK_LANGUAGE } from '../languages';

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

export function funderCsvRows(report: FunderReport, { funder }: FileLabels = fileLabels[FALLBACK_LANGUAGE]): CsvCell[][] {
  const { figures, groups, series } = funder;
  return [
    [funder.title, funder.range(report.from, report.to)],
    [funder.organisation, report.organisation],
    [funder.madeOn, report.madeOn],
    [funder.privacyNote],
    [],
    [
      figures.group,
      figures.name,
      figures.workshopsHeld,
      figures.sessionsPlanned,
      figures.sessionsDelivered,
      figures.participants,
      figures.attendanceRate,
      figures.finishers,
      figures.completed,
      figures.completionRate,
    ],
    figureRow(groups.all, '', report.totals),
    ...report.byModule.map((group) => figureRow(groups.module, group.label ?? '', group)),
    ...report.bySite.map((group) => figureRow(groups.site, group.label ?? groups.noSite, group)),
    ...report.byAudience.map((group) => figureRow(groups.audience, group.label ?? groups.noAudience, group)),
    [],
    [series.meeting, series.workshops, series.attendanceRate],
    ...report.attendanceByMeeting.map((point) => [point.meetingNumber, point.workshops, rateCell(point.rate)]),
  ];
}
