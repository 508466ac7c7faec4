import { fileLabels } from '../../../core/domain/exports/fileLabels';
import type { SavedFile } from '../../../core/contract/files';
import type { PrintableRequest, PrintableView } from '../../../core/contract/records';
import type { PaperSize } from '../../../core/contract/reports';
import { AppFailure, type Message } from '../../../core/contract/result';
import { attendanceLetters, attendanceSummary, certificates, RecordRefusal, signInSheet, type RecordContext } from '../../../core/domain/records';
import { workshopLanguage, type Workshop } from '../../../core/domain/workshop';
import { organisationContact } from '../../../core/domain/settings';
import type { DataStore } from '../../storage';
import { recordExport, requireIdentificationAllowed } from '../exports/auditLog';
import type { DesktopHost } from '../host';
import type { Clock } from '../planning/clock';
import { todayOf } from '../planning/views';
import { findMeeting, requireWorkshop } from '../running/meetingContext';
import { requirePageShown, type ShownPage } from '../printService';
import { saveToChosenFile } from '../savedFiles';

function layOut(workshop: Workshop, request: PrintableRequest, context: RecordContext): PrintableView {
  switch (request.kind) {
    case 'sign-in':
      return signInSheet(workshop, findMeeting(workshop, request.meetingId), context);
    case 'attendance-summary':
      return attendanceSummary(workshop, context);
    case 'attendance-letter':
      return attendanceLetters(workshop, context, request.participantId);
    case 'certificate':
      return certificates(workshop, context, request.participantId);
  }
}

/**
 * What the PDF holds: its suggested file name, in the record's language, and the audit log's entry
 * (log data for whoever audits the folder, not shown in the app). Letters and certificates keep the workshop's title out.
 */
function describe(view: PrintableView, workshop: Workshop): { fileName: string; what: string } {
  const names = fileLabels[view.heading.language].recordFileName;
  switch (view.kind) {
    case 'sign-in':
      return { fileName: names.signIn(workshop.title, view.date), what: `sign-in sheet for ${view.date}` };
    case 'attendance-summary':
      return { fileName: names.summary(workshop.title), what: 'attendance summary' };
    case 'attendance-letter':
      return { fileName: names.letters(view.letters.length, view.heading.madeOn), what: `attendance letters (${view.letters.length})` };
    case 'certificate':
      return { fileName: names.certificates(view.certificates.length, view.heading.madeOn), what: `certificates of completion (${view.certificates.length})` };
  }
}

const NOT_SHOWN: Message = { code: 'record-not-shown' };

/**
 * Whether the window shows the record asked for, naming people as the request says (the record
 * page keeps the kind in its path and the meeting and identification in its address; names it may
 * not show fall back to codes, as the page does).
 */
function showsRecord(page: ShownPage, request: PrintableRequest, allowFullNames: boolean): boolean {
  const asked = page.params.get('people') ?? 'codes';
  const shown = asked === 'names' && !allowFullNames ? 'codes' : asked;
  return (
    page.route === `/print/workshops/${request.workshopId}/${request.kind}` &&
    shown === request.identification &&
    (page.params.get('lang') ?? undefined) === request.language &&
    (request.kind !== 'sign-in' || page.params.get('meeting') === request.meetingId)
  );
}

function isEmpty(view: PrintableView): boolean {
  if (view.kind === 'attendance-letter') return view.letters.length === 0;
  if (view.kind === 'certificate') return view.certificates.length === 0;
  return false;
}

/** Printable records: laid out in main, so people are only ever named as the identification allows. */
export function createRecordsService({ store, host, clock }: { store: DataStore; host: DesktopHost; clock: Clock }) {
  async function build(request: PrintableRequest): Promise<{ view: PrintableView; workshop: Workshop }> {
    const settings = store.settings.get();
    requireIdentificationAllowed(request.identification, settings);
    const workshop = await requireWorkshop(store, request.workshopId);
    const context: RecordContext = {
      organisation: settings.organisation.name,
      contact: organisationContact(settings.organisation),
      statuses: settings.attendanceStatuses,
      participants: store.participants.get().participants,
      identification: request.identification,
      language: request.language ?? workshopLanguage(workshop),
      today: todayOf(workshop, clock.now()),
    };
    try {
      return { view: layOut(workshop, request, context), workshop };
    } catch (error) {
      if (error instanceof RecordRefusal) throw new AppFailure('invalid-input', error.reason);
      throw error;
    }
  }

  return {
    view: async (request: PrintableRequest): Promise<PrintableView> => (await build(request)).view,

    /** Prints the page showing the record to a PDF where the user chooses, noting it in the audit log as it is saved. */
    async savePdf({ document, paper }: { document: PrintableRequest; paper: PaperSize }): Promise<SavedFile> {
      const { view, workshop } = await build(document);
      if (isEmpty(view)) throw new AppFailure('invalid-input', { code: 'record-nothing-to-print' });
      const { fileName, what } = describe(view, workshop);
      const requireShown = () => requirePageShown(host, (page) => showsRecord(page, document, store.settings.get().preferences.allowFullNames), NOT_SHOWN);
      requireShown();
      const print = () => {
        requireShown();
        return host.renderPagePdf();
      };
      return saveToChosenFile(host, fileName, 'pdf', print, {
        record: () => recordExport(store, clock, [workshop.id], `${what}, PDF (${paper === 'a4' ? 'A4' : 'Letter'})`, document.identification),
      });
    },
  };
}
