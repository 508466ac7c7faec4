import type { SavedFile } from '../api/files';
import { AppFailure } from '../api/result';
import type { DesktopHost } from './host';
import { saveToChosenFile } from './savedFiles';

/**
 * The pages "Save as PDF" may print without further ado: a curriculum session and the resources
 * handout hold no one's record. Every page that does (sign-in sheets, summaries, letters,
 * certificates, the funder report) is printed through its own channel, which checks how people are
 * identified and notes the export in the workshop's audit log.
 */
const RECORD_FREE_PAGES = [/^\/curricula\/[^/]+\/sessions\/[^/]+$/, /^\/print\/resources$/];

const HOLDS_RECORDS =
  'This page can only be saved from its own “Save as PDF” button, which notes the export in the workshop’s record. Nothing was saved.';

/** The route a page address shows: the path in its hash, without a query. */
export function routeOf(pageUrl: string): string {
  try {
    return new URL(pageUrl).hash.replace(/^#/, '').split('?')[0] ?? '';
  } catch {
    return '';
  }
}

function requireRecordFreePage(host: DesktopHost): void {
  const route = routeOf(host.shownPageUrl());
  if (!RECORD_FREE_PAGES.some((page) => page.test(route))) throw new AppFailure('forbidden', HOLDS_RECORDS);
}

export function createPrintService(host: DesktopHost) {
  return {
    /**
     * Saves the current page as a PDF where the user chooses; reports saved only once it is on disk.
     * Only a page that holds no records, checked before the dialog and again as it is printed (the
     * window may have moved on while the dialog was open).
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
