import type { SavedFile } from '../api/files';
import { saveFailure, writeFileDurably } from '../storage';

/** The parts of saving a PDF that need the desktop: the save dialog and Chromium's printer. */
export interface PrintHost {
  /** Asks where to save; undefined when the user cancels. */
  choosePdfTarget(suggestedName: string): Promise<string | undefined>;
  /** Prints the app's current page (with its print stylesheet) to PDF bytes. */
  renderPagePdf(): Promise<Uint8Array>;
}


/** A file name every system accepts: no separators, reserved or control characters. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return cleaned || 'Facilitator';
}

export function createPrintService(host: PrintHost) {
  return {
    /** Saves the current page as a PDF where the user chooses; reports saved only once it is on disk. */
    async savePdf(fileName: string): Promise<SavedFile> {
      const target = await host.choosePdfTarget(`${safeFileName(fileName)}.pdf`);
      if (target === undefined) return { status: 'cancelled' };
      const pdf = await host.renderPagePdf();
      try {
        await writeFileDurably(target, pdf);
      } catch (error) {
        throw saveFailure(target, error);
      }
      return { status: 'saved', path: target };
    },
  };
}
