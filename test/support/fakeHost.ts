import type { ImportHost, PrintHost } from '../../electron/services';

/**
 * Stands in for the desktop's dialogs: a test says which file the user "picks" and where they
 * "save", and how the page is printed.
 */
export interface FakeHost extends ImportHost, PrintHost {
  /** The file the next import dialog returns; undefined = the user cancels. */
  nextModuleFile: string | undefined;
  /** Where the next save dialog saves; undefined = the user cancels. */
  nextPdfTarget: string | undefined;
  /** The names the save dialog suggested, in order. */
  suggestedNames: string[];
  printPage: () => Promise<Uint8Array>;
}

export function createFakeHost(printPage: () => Promise<Uint8Array> = async () => new TextEncoder().encode('%PDF-1.4 fake')): FakeHost {
  const host: FakeHost = {
    nextModuleFile: undefined,
    nextPdfTarget: undefined,
    suggestedNames: [],
    printPage,
    chooseModuleFile: async () => host.nextModuleFile,
    choosePdfTarget: async (name) => {
      host.suggestedNames.push(name);
      return host.nextPdfTarget;
    },
    renderPagePdf: () => host.printPage(),
  };
  return host;
}
