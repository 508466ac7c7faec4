import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './appProtocol';

export function createMainWindow(preloadPath: string, isPackaged: boolean): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    title: 'Facilitator',
    backgroundColor: '#f7f6f2',
    // One literal object, so security scanners that read source as text see every setting.
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: !isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
