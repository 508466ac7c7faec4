import type { SavedFile } from '../../core/contract/files';
import { AppFailure, type Message } from '../../core/contract/result';
import type { DesktopHost } from './host';
import { saveToChosenFile } from './savedFiles';

/**
 * The pages "Save as PDF" may print without further ado: a curriculum session, a module's handout
 * and the resources handout hold no one's record. Every page that does (sign-in sheets, summaries, letters,
 * certificates, the funder report) is printed through its own channel, which checks how people are
 * identified and notes the export in the workshop's audit log.
 */
const RECORD_FREE_PAGES = [
  /^\/curricula\/[^/]+\/sessions\/[^/]+$/,
  /^\/print\/resources$/,
  // A module's handout, printed from the library's text: never a name or code (the module format refuses one).
  /^\/print\/curricula\/[^/]+\/handouts\/[^/]+$/,
];

const HOLDS_RECORDS: Message = { code: 'page-saved-by-its-button' };

/** A page the app's window shows: its route (the path in the hash) and the query after it. */
export interface ShownPage {
  route: string;
  params: URLSearchParams;
}

export function pageOf(pageUrl: string): ShownPage {
  try {
    const [route = '', query = ''] = new URL(pageUrl).hash.replace(/^#/, '').split('?');
    return { route, params: new URLSearchParams(query) };
  } catch {
    return { route: '', params: new URLSearchParams() };
  }
}

/**
 * Printing prints whatever the window shows when it prints; this refuses unless that is the page
 * the request is about. Checked before the dialog and again as the page is printed (the window may
 * have moved on while the dialog was open).
 */
export function requirePageShown(host: DesktopHost, isExpected: (page: ShownPage) => boolean, refusal: Message): void {
  if (!isExpected(pageOf(host.shownPageUrl()))) throw new AppFailure('forbidden', refusal);
}

function requireRecordFreePage(host: DesktopHost): void {
  requirePageShown(host, ({ route }) => RECORD_FREE_PAGES.some((page) => page.test(route)), HOLDS_RECORDS);
}

export function createPrintService(host: DesktopHost) {
  return {
    /**
     * Saves the current page as a PDF where the user chooses; reports saved only once it is on disk.
     * Only a page that holds no records.
     */
    savePdf: async (fileName: string): Promise<SavedFile> => {
      requireRecordFreePage(host);
      return saveToChosenFile(host, fileName, 'pdf', () => {
        requireRecordFreePage(host);
        return host.renderPagePdf();
      });
    },
  };
}
