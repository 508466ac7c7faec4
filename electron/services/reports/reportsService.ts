import type { Message } from '../../../core/contract/result';
import type { SavedFile } from '../../../core/contract/files';
import type { FunderReport, ReportRange } from '../../../core/contract/reports';
import { civilDateIn } from '../../../core/domain/calendar/zone';
import { toCsv } from '../../../core/domain/exports/csv';
import { fileLabels } from '../../../core/domain/exports/fileLabels';
import { funderReport } from '../../../core/domain/reports/funder';
import { funderCsvRows } from '../../../core/domain/reports/funderCsv';
import type { DataStore } from '../../storage';
import type { Workshop } from '../../../core/domain/workshop';
import { mayMeetBetween } from '../../../core/domain/workshopDigest';
import { wholeWorkshops } from '../workshopReads';
import { recordExport } from '../exports/auditLog';
import type { DesktopHost } from '../host';
import type { Clock } from '../planning/clock';
import { requirePageShown, type ShownPage } from '../printService';
import { saveToChosenFile } from '../savedFiles';

const NOT_SHOWN: Message = { code: 'report-not-shown' };

/** The funder report: figures over every workshop (archived ones too), small counts of people hidden. */
export function createReportsService({ store, host, clock }: { store: DataStore; host: DesktopHost; clock: Clock }) {
  /** The workshops that may have a meeting in the range: the archive outside it is never read. */
  async function inRange(range: ReportRange): Promise<Workshop[]> {
    const candidates = (await store.workshops.summaries('all')).filter((digest) => mayMeetBetween(digest, range.from, range.to));
    return wholeWorkshops(store, candidates);
  }

  async function funder(range: ReportRange): Promise<FunderReport> {
    const settings = store.settings.get();
    return funderReport(await inRange(range), {
      ...range,
      today: civilDateIn(clock.now(), clock.timeZone),
      organisation: settings.organisation.name,
      statuses: settings.attendanceStatuses,
    });
  }

  /** The words of a saved file: in the language chosen for it, else the app's. */
  const labelsFor = (range: ReportRange) => fileLabels[range.language ?? store.settings.get().preferences.language];

  /** Saves, noting the report on each workshop it counted: it names no one, so identification is 'none'. */
  async function save(range: ReportRange, format: 'csv' | 'pdf', content: (report: FunderReport) => Promise<Uint8Array | string> | string): Promise<SavedFile> {
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
    saveCsv: (range: ReportRange) => save(range, 'csv', (report) => toCsv(funderCsvRows(report, labelsFor(range)), { byteOrderMark: true })),
    /** The page shows the report for this range; it is printed as it is laid out there, and only from there. */
    savePdf: async (range: ReportRange) => {
      const showsReport = ({ route, params }: ShownPage) => route === '/print/funder' && params.get('from') === range.from && params.get('to') === range.to;
      const requireShown = () => requirePageShown(host, showsReport, NOT_SHOWN);
      requireShown();
      return save(range, 'pdf', () => {
        requireShown();
        return host.renderPagePdf();
      });
    },
  };
}
