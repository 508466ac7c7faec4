import type { SavedFile } from '../api/files';
import type { DesktopHost } from './host';
import { saveToChosenFile } from './savedFiles';

export function createPrintService(host: DesktopHost) {
  return {
    /** Saves the current page as a PDF where the user chooses; reports saved only once it is on disk. */
    savePdf: (fileName: string): Promise<SavedFile> => saveToChosenFile(host, fileName, 'pdf', () => host.renderPagePdf()),
  };
}
