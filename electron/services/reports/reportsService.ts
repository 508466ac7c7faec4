import type { Message } from '../../../core/contract/result';
import type { SavedFile } from '../../../core/contract/files';
import type { FullFunderReport, ReportRange } from '../../../core/contract/reports';
import { civilDateIn } from '../../../core/domain/calendar/zone';
import { toCsv } from '../../../core/domain/exports/csv';
import { fileLabels } from '../../../core/domain/exports/fileLabels';
import { funderReport } from '../../../core/domain/reports/funder';
import { funderCsvRows } from '../../../core/domain/reports/funderCsv';
import { fidelityReport } from '../../../core/domain/reports/fidelity';
import { outcomesReport } from '../../../core/domain/reports/outcomes';
import { fidelityTables, outcomesTables, tableRows } from '../../../core/domain/reports/outcomesCsv';
import type { DataStore } from '../../storage';
import type { Workshop } from '../../../core/domain/workshop';
import { mayMeetBetween, type WorkshopDigest } from '../../../core/domain/workshopDigest';
import { wholeWorkshops } from '../workshopReads';
import { recordExport } from '../exports/auditLog';
import type { DesktopHost } from '../host';
import type { Clock } from '../planning/clock';
import { requirePageShown, type ShownPage } from '../printService';
import { saveToChosenFile } from '../savedFiles';
import { reportWorkbook } from './funderXlsx';

const NOT_SHOWN: Message = { code: 'report-not-shown' };

const FILTERS = ['workshopId', 'moduleId', 'siteId'] as const;

/** The report's filters: one workshop, one module (every version) or one site. */
function passesFilters(digest: WorkshopDigest, range: ReportRange): boolean {
  return (
    (range.workshopId === undefined || digest.id === range.workshopId) &&
    (range.moduleId === undefined || digest.module.id === range.moduleId) &&
    (range.siteId === undefined || digest.site?.siteId === range.siteId)
  );
}

/** The funder report: figures over every workshop (archived ones too), small counts of people hidden. */
export function createReportsService({ store, host, clock }: { store: DataStore; host: DesktopHost; clock: Clock }) {
  /** The workshops that may have a meeting in the range: the archive outside it is never read. */
  async function inRange(range: ReportRange): Promise<Workshop[]> {
    const candidates = (await store.workshops.summaries('all')).filter(
      (digest) => mayMeetBetween(digest, range.from, range.to) && passesFilters(digest, range),
    );
    return wholeWorkshops(store, candidates);
  }

  async function funder(range: ReportRange): Promise<FullFunderReport> {
    const settings = store.settings.get();
    const workshops = await inRange(range);
    const figures = funderReport(workshops, {
      from: range.from,
      to: range.to,
      today: civilDateIn(clock.now(), clock.timeZone),
      organisation: settings.organisation.name,
      statuses: settings.attendanceStatuses,
    });
    return { ...figures, outcomes: outcomesReport(workshops, range), fidelity: fidelityReport(workshops, range) };
  }

  /** The words of a saved file: in the language chosen for it, else the app's. */
  const labelsFor = (range: ReportRange) => fileLabels[range.language ?? store.settings.get().preferences.language];

  /** Saves, noting the report on each workshop it counted: it names no one, so identification is 'none'. */
  async function save(
    range: ReportRange,
    format: 'csv' | 'xlsx' | 'pdf',
    content: (report: FullFunderReport) => Promise<Uint8Array | string> | string,
  ): Promise<SavedFile> {
    const report = await funder(range);
    const record = async () => {
      const counted = (await inRange(range)).filter((workshop) => workshop.meetings.some((meeting) => meeting.date >= range.from && meeting.date <= range.to));
      await recordExport(
        store,
        clock,
        counted.map((workshop) => workshop.id),
        `funder report ${range.from} to ${range.to}, ${format.toUpperCase()}`,
        'none',
      );
    };
    return saveToChosenFile(host, labelsFor(range).funder.fileName(range.from, range.to), format, () => content(report), { record });
  }

  return {
    funder,
    saveCsv: (range: ReportRange) =>
      save(range, 'csv', (report) => {
        const labels = labelsFor(range);
        const rows = [
          ...funderCsvRows(report, labels),
          ...tableRows(outcomesTables(report.outcomes, labels)),
          ...tableRows(fidelityTables(report.fidelity, labels)),
        ];
        return toCsv(rows, { byteOrderMark: true });
      }),
    saveXlsx: (range: ReportRange) =>
      save(range, 'xlsx', (report) => {
        const labels = labelsFor(range);
        return reportWorkbook(
          [
            { name: labels.funder.title, content: { rows: funderCsvRows(report, labels) } },
            { name: labels.outcomes.sheet, content: { tables: outcomesTables(report.outcomes, labels) } },
            { name: labels.fidelity.sheet, content: { tables: fidelityTables(report.fidelity, labels) } },
          ],
          labels,
        );
      }),
    /** The page shows the report for this range; it is printed as it is laid out there, and only from there. */
    savePdf: async (range: ReportRange) => {
      const showsReport = ({ route, params }: ShownPage) =>
        route === '/print/funder' &&
        params.get('from') === range.from &&
        params.get('to') === range.to &&
        FILTERS.every((filter) => (params.get(filter) ?? undefined) === range[filter]);
      const requireShown = () => requirePageShown(host, showsReport, NOT_SHOWN);
      requireShown();
      return save(range, 'pdf', () => {
        requireShown();
        return host.renderPagePdf();
      });
    },
  };
}
