import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import { join } from 'node:path';
import { JOIN_FILE_EXTENSION } from '../../core/domain/hub/joinFile';
import type { DesktopHost, OpenFormat, SaveFormat } from '../services';

const allFiles: FileFilter = { name: 'All files', extensions: ['*'] };

const openDialogs: Record<OpenFormat, { title: string; filters: FileFilter[] }> = {
  module: { title: 'Import a curriculum module', filters: [{ name: 'Curriculum modules (YAML)', extensions: ['yaml', 'yml'] }, allFiles] },
  roster: { title: 'Import a roster', filters: [{ name: 'Spreadsheet text (CSV)', extensions: ['csv', 'txt'] }, allFiles] },
  bundle: { title: 'Import a workshop', filters: [{ name: 'Workshop bundle', extensions: ['facilitator'] }, allFiles] },
  'hub-join': { title: 'Join a program', filters: [{ name: 'Program join file', extensions: [JOIN_FILE_EXTENSION] }, allFiles] },
};

const saveDialogs: Record<SaveFormat, { title: string; filters: FileFilter[] }> = {
  pdf: { title: 'Save as PDF', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
  ics: { title: 'Export the schedule', filters: [{ name: 'Calendar (iCalendar)', extensions: ['ics'] }] },
  csv: { title: 'Export attendance', filters: [{ name: 'Spreadsheet text (CSV)', extensions: ['csv'] }] },
  xlsx: { title: 'Export attendance', filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] },
  bundle: { title: 'Export the workshop', filters: [{ name: 'Workshop bundle', extensions: ['facilitator'] }] },
  'hub-join': { title: 'Save the join file', filters: [{ name: 'Program join file', extensions: [JOIN_FILE_EXTENSION] }] },
};

/** Said by the first save dialog (macOS shows `message`; elsewhere it is in the title). */
const FIRST_SAVE = 'choose a folder that is not synced to the cloud; the app will suggest it from now on';

/**
 * The file dialogs and PDF printing the services ask for, shown over the app's window. No dialog
 * adds its file to the system's recent files (`dontAddToRecent`, which Windows honours; macOS
 * and Linux save panels add nothing there unless the app asks), since a file name can say what the
 * group is.
 */
export function createDesktopHost(currentWindow: () => BrowserWindow | undefined, openPresenter: () => void): DesktopHost {
  const parent = () => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) throw new Error('The app window is not open.');
    return window;
  };

  return {
    async chooseFileToOpen(format) {
      const result = await dialog.showOpenDialog(parent(), { ...openDialogs[format], properties: ['openFile', 'dontAddToRecent'] });
      return result.canceled ? undefined : result.filePaths[0];
    },
    async chooseFolder() {
      const result = await dialog.showOpenDialog(parent(), {
        title: 'Choose a folder for backup copies',
        buttonLabel: 'Use this folder',
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      });
      return result.canceled ? undefined : result.filePaths[0];
    },
    async chooseSaveTarget(suggestedName, format, folder) {
      const { title, filters } = saveDialogs[format];
      const result = await dialog.showSaveDialog(parent(), {
        title: folder === undefined ? `${title}: ${FIRST_SAVE}` : title,
        ...(folder === undefined ? { message: FIRST_SAVE } : {}),
        filters,
        // Not Documents: it may be synced to a cloud service, and a file name can say what the group is.
        defaultPath: join(folder ?? app.getPath('home'), suggestedName),
        properties: ['dontAddToRecent', 'showOverwriteConfirmation', 'createDirectory'],
      });
      return result.canceled ? undefined : result.filePath;
    },
    async renderPagePdf() {
      return parent().webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
    },
    shownPageUrl() {
      return parent().webContents.getURL();
    },
    async openPresenter() {
      openPresenter();
    },
  };
}
