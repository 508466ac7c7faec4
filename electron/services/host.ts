/** Kinds of file the user opens with a dialog. */
export type OpenFormat = 'module' | 'roster' | 'bundle' | 'hub-join';
/** Kinds of file the user saves with a dialog. */
export type SaveFormat = 'pdf' | 'ics' | 'csv' | 'xlsx' | 'bundle' | 'hub-join';

/** What the services need from the desktop: file dialogs and Chromium's printer. */
export interface DesktopHost {
  /** Asks the user for a file to read; undefined when they cancel. */
  chooseFileToOpen(format: OpenFormat): Promise<string | undefined>;
  /** Asks the user for a folder (they may make a new one); undefined when they cancel. */
  chooseFolder(): Promise<string | undefined>;
  /**
   * Asks where to save a new file, opening in `folder` (the one remembered in Settings); without
   * one, it opens in the home folder (not Documents, which may be synced) and says that the folder
   * chosen will be remembered. Undefined when they cancel.
   */
  chooseSaveTarget(suggestedName: string, format: SaveFormat, folder?: string): Promise<string | undefined>;
  /** Prints the app's current page (with its print stylesheet) to PDF bytes. */
  renderPagePdf(): Promise<Uint8Array>;
  /** The address of the page the app's window shows now (its route is in the hash). */
  shownPageUrl(): string;
  /** Opens the projector window, or brings it forward when it is open. */
  openPresenter(): Promise<void>;
}
