import type { DesktopHost, OpenFormat, SaveFormat } from '../../electron/services';

/**
 * Stands in for the desktop's dialogs: a test says which file the user "picks" and where they
 * "save", and how the page is printed.
 */
export interface FakeHost extends DesktopHost {
  /** The file the next open dialog returns; undefined = the user cancels. */
  nextOpenFile: string | undefined;
  /** The folder the next folder dialog returns; undefined = the user cancels. */
  nextFolder: string | undefined;
  /** Where the next save dialog saves; undefined = the user cancels. */
  nextSaveTarget: string | undefined;
  /** The names the save dialog suggested, in order. */
  suggestedNames: string[];
  /** The folder each save dialog opened in (undefined: none remembered yet, so the dialog asked), in order. */
  saveFolders: (string | undefined)[];
  /** The formats of the dialogs shown, in order ('folder' for a folder dialog). */
  dialogs: (OpenFormat | SaveFormat | 'folder')[];
  printPage: () => Promise<Uint8Array>;
  /** The address of the page the app's window shows (a curriculum session unless a test says otherwise). */
  pageUrl: string;
  /** What opening the presenter window does (the bridged renderer opens a second page); counts calls. */
  presenter: { opened: number; open: () => Promise<void> };
}

/** The address of the record page that shows `request`, as the renderer's record screen keeps it. */
export function recordPageUrl(request: { kind: string; workshopId: string; identification: string; meetingId?: string }): string {
  const query = new URLSearchParams({ people: request.identification, ...(request.meetingId ? { meeting: request.meetingId } : {}) });
  return `app://facilitator/index.html#/print/workshops/${request.workshopId}/${request.kind}?${query.toString()}`;
}

export function createFakeHost(printPage: () => Promise<Uint8Array> = async () => new TextEncoder().encode('%PDF-1.4 fake')): FakeHost {
  const host: FakeHost = {
    nextOpenFile: undefined,
    nextFolder: undefined,
    nextSaveTarget: undefined,
    suggestedNames: [],
    saveFolders: [],
    dialogs: [],
    printPage,
    pageUrl: 'app://facilitator/index.html#/curricula/juvenile-hall-five-week-series/sessions/1',
    chooseFileToOpen: async (format) => {
      host.dialogs.push(format);
      return host.nextOpenFile;
    },
    chooseFolder: async () => {
      host.dialogs.push('folder');
      return host.nextFolder;
    },
    chooseSaveTarget: async (name, format, folder) => {
      host.dialogs.push(format);
      host.suggestedNames.push(name);
      host.saveFolders.push(folder);
      return host.nextSaveTarget;
    },
    renderPagePdf: () => host.printPage(),
    shownPageUrl: () => host.pageUrl,
    presenter: { opened: 0, open: async () => undefined },
    openPresenter: async () => {
      host.presenter.opened += 1;
      await host.presenter.open();
    },
  };
  return host;
}
