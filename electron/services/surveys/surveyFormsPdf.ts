import type { SavedFile } from '../../../core/contract/files';
import type { ParsedInputOf } from '../../../core/contract/contract';
import type { Message } from '../../../core/contract/result';
import type { DataStore } from '../../storage';
import { recordExport } from '../exports/auditLog';
import type { DesktopHost } from '../host';
import type { Clock } from '../planning/clock';
import { requirePageShown, type ShownPage } from '../printService';
import { requireWorkshop } from '../running/meetingContext';
import { saveToChosenFile } from '../savedFiles';

const NOT_SHOWN: Message = { code: 'record-not-shown' };

type FormsRequest = ParsedInputOf<'surveys.saveFormsPdf'>;

/** The window shows the forms asked for: this workshop's survey forms page, of this survey, occasion and kind of form. */
function showsForms(page: ShownPage, request: FormsRequest): boolean {
  const { params } = page;
  return (
    page.route === `/print/workshops/${request.workshopId}/surveys` &&
    params.get('instrument') === request.instrumentId &&
    params.get('occasion') === request.occasion &&
    (params.get('forms') === 'numbered') === (request.forms === 'numbered')
  );
}

/**
 * Saves the printed survey forms as a PDF. Forms with codes name young people by code, so saving
 * them is noted in the workshop's audit log (what and when, never who); numbered forms name no one.
 */
export function createSurveyFormsPdf(options: { store: DataStore; clock: Clock; host: DesktopHost }) {
  const { store, clock, host } = options;
  return async (request: FormsRequest): Promise<SavedFile> => {
    const workshop = await requireWorkshop(store, request.workshopId);
    const requireShown = () => requirePageShown(host, (page) => showsForms(page, request), NOT_SHOWN);
    requireShown();
    const paper = request.paper === 'a4' ? 'A4' : 'Letter';
    return saveToChosenFile(
      host,
      request.fileName,
      'pdf',
      () => {
        requireShown();
        return host.renderPagePdf();
      },
      {
        record: () =>
          recordExport(
            store,
            clock,
            [workshop.id],
            `survey forms (${request.instrumentId}, ${request.occasion}), PDF (${paper})`,
            request.forms === 'codes' ? 'codes' : 'none',
          ),
      },
    );
  };
}
