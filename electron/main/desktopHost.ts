import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { ImportHost, PrintHost } from '../services';

/** The file dialogs and PDF printing the services ask for, shown over the app's window. */
export function createDesktopHost(currentWindow: () => BrowserWindow | undefined): ImportHost & PrintHost {
  const parent = () => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) throw new Error('The app window is not open.');
    return window;
  };

  return {
    async chooseModuleFile() {
      const result = await dialog.showOpenDialog(parent(), {
        title: 'Import a curriculum module',
        properties: ['openFile'],
        filters: [
          { name: 'Curriculum modules (YAML)', extensions: ['yaml', 'yml'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      return result.canceled ? undefined : result.filePaths[0];
    },
    async choosePdfTarget(suggestedName) {
      const result = await dialog.showSaveDialog(parent(), {
        title: 'Save as PDF',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      return result.canceled ? undefined : result.filePath;
    },
    async renderPagePdf() {
      return parent().webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
    },
  };
}
