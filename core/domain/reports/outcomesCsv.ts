/**
 * The funder report's outcomes and fidelity sections as tables of cells, worded in the file's
 * language: the CSV lays them out one under the other after the funder figures, the XLSX puts each
 * section on its own sheet. Counts are numbers, "<5", or the word for hidden; means have one decimal
 * and percentages are 0–100 with one decimal; a value left out is blank.
 *
 * The columns, in order (English headers; the e2e test and people's spreadsheets read them):
 * - change: Module, Survey, Scale, Pairs, Mean before, Mean after, Mean change, Improved, Improved %,
 *   Same, Same %, Worse, Worse %
 * - completion: Module, Survey, When given, Enrolled, Given, Complete, Partial, Forms not linked to a
 *   code, Given %
 * - pairing: Module, Survey, Pre and post, Pre without post, Post without pre (not paired), Second
 *   pre-survey (earliest used)
 * - change by site (only when a survey was given at more than one site): Module, Survey, Site, then
 *   the change table's columns from Scale on
 * - fidelity: Module, Session, Session title, Activity, Times delivered, As planned, Adapted, Skipped,
 *   Not recorded, and the four as percentages; a session's first row is "All activities"
 * - notes: Module, Meeting date, Workshop, Session, Activity, How it went, Note
 */
import type { CsvCell } from '../exports/csv';
import { percentOf } from '../exports/attendanceTable';
import type { FileLabels } from '../exports/fileLabels';
import { fidelityShares, fidelityTallies, type FidelityCounts, type FidelityReport } from './fidelity';
import type { CountAndShare, OutcomesReport, ProtectedCount, ScaleOutcome } from './outcomes';

/** One table of a section: an optional heading line, a header row and the rows. */
export interface ReportTable {
  heading?: string;
  /** A line under the heading: how to read the table. */
  note?: string;
  header: CsvCell[];
  rows: CsvCell[][];
}

function oneDecimal(value: number | undefined): CsvCell {
  return value === undefined ? '' : Math.round(value * 10) / 10;
}

function percentCell(share: number | undefined): CsvCell {
  return share === undefined ? '' : percentOf(share);
}

export function outcomesTables(report: OutcomesReport, { outcomes: labels, funder }: FileLabels): ReportTable[] {
  const count = (value: ProtectedCount): CsvCell => (value === 'hidden' ? labels.hidden : value);
  const part = (value: CountAndShare): CsvCell[] => [count(value.count), percentCell(value.share)];
  /** A scale's cells from its title on, as the change tables lay them out. */
  const scaleCells = (scale: ScaleOutcome): CsvCell[] => [
    scale.title,
    count(scale.paired),
    oneDecimal(scale.meanPre),
    oneDecimal(scale.meanPost),
    oneDecimal(scale.meanChange),
    ...part(scale.improved),
    ...part(scale.same),
    ...part(scale.worse),
  ];
  const { change, completion, pairing } = labels;
  const changeHeader = [
    change.scale,
    change.paired,
    change.meanPre,
    change.meanPost,
    change.meanChange,
    change.improved,
    change.improvedPercent,
    change.same,
    change.samePercent,
    change.worse,
    change.worsePercent,
  ];
  const bySite = report.instruments.flatMap((instrument) =>
    instrument.bySite.flatMap((site) =>
      site.scales.map((scale) => [instrument.moduleTitle, instrument.title, site.label ?? funder.groups.noSite, ...scaleCells(scale)]),
    ),
  );
  return [
    {
      heading: labels.title,
      note: labels.note,
      header: [change.module, change.survey, ...changeHeader],
      rows: report.instruments.flatMap((instrument) => instrument.scales.map((scale) => [instrument.moduleTitle, instrument.title, ...scaleCells(scale)])),
    },
    ...(bySite.length === 0
      ? []
      : [{ heading: labels.bySiteTitle, header: [change.module, change.survey, funder.groups.site, ...changeHeader], rows: bySite }]),
    {
      header: [
        completion.module,
        completion.survey,
        completion.occasion,
        completion.enrolled,
        completion.given,
        completion.complete,
        completion.partial,
        completion.unlinked,
        completion.givenPercent,
      ],
      rows: report.instruments.flatMap((instrument) =>
        instrument.completion.map((row) => [
          instrument.moduleTitle,
          instrument.title,
          labels.occasions[row.occasion],
          count(row.enrolled),
          count(row.given),
          count(row.complete),
          count(row.partial),
          count(row.unlinked),
          percentCell(row.givenRate),
        ]),
      ),
    },
    {
      header: [pairing.module, pairing.survey, pairing.paired, pairing.preWithoutPost, pairing.postWithoutPre, pairing.secondPre],
      rows: report.instruments.map((instrument) => [
        instrument.moduleTitle,
        instrument.title,
        count(instrument.pairing.paired),
        count(instrument.pairing.preWithoutPost),
        count(instrument.pairing.postWithoutPre),
        count(instrument.pairing.secondPre),
      ]),
    },
  ];
}

function fidelityCells(counts: FidelityCounts): CsvCell[] {
  const shares = fidelityShares(counts);
  return [...fidelityTallies.map((tally) => counts[tally]), ...fidelityTallies.map((tally) => percentOf(shares[tally]))];
}

export function fidelityTables(report: FidelityReport, { fidelity: labels }: FileLabels): ReportTable[] {
  const { columns, notes } = labels;
  return [
    {
      heading: labels.title,
      header: [
        columns.module,
        columns.session,
        columns.sessionTitle,
        columns.activity,
        columns.delivered,
        columns.asPlanned,
        columns.adapted,
        columns.skipped,
        columns.notRecorded,
        columns.asPlannedPercent,
        columns.adaptedPercent,
        columns.skippedPercent,
        columns.notRecordedPercent,
      ],
      rows: report.modules.flatMap((module) =>
        module.sessions.flatMap((session) => [
          [module.title, session.number, session.title, labels.allActivities, session.delivered, ...fidelityCells(session.counts)],
          ...session.activities.map((activity) => [
            module.title,
            session.number,
            session.title,
            activity.title,
            session.delivered,
            ...fidelityCells(activity.counts),
          ]),
        ]),
      ),
    },
    {
      heading: notes.title,
      header: [notes.module, notes.date, notes.workshop, notes.session, notes.activity, notes.outcome, notes.note],
      rows: report.modules.flatMap((module) =>
        module.notes.map((note) => [module.title, note.date, note.workshop, note.session, note.activity, labels.outcomes[note.outcome], note.note]),
      ),
    },
  ];
}

/** Tables one under the other, a blank line before each, for the CSV. */
export function tableRows(tables: readonly ReportTable[]): CsvCell[][] {
  return tables.flatMap((table) => [
    [],
    ...(table.heading === undefined ? [] : [[table.heading]]),
    ...(table.note === undefined ? [] : [[table.note]]),
    table.header,
    ...table.rows,
  ]);
}
