import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './appProtocol';

interface AppWindowOptions {
  preloadPath: string;
  isPackaged: boolean;
  url: string;
  title: string;
  bounds: { width: number; height: number; x?: number; y?: number };
}

/** A window showing the app's pages, with the full security baseline. */
function openAppWindow({ preloadPath, isPackaged, url, title, bounds }: AppWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    ...bounds,
    minWidth: 960,
    minHeight: 640,
    title,
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
  void window.loadURL(url);
  return window;
}

export function createMainWindow(preloadPath: string, isPackaged: boolean): BrowserWindow {
  return openAppWindow({ preloadPath, isPackaged, url: APP_ENTRY_URL, title: 'Facilitator', bounds: { width: 1280, height: 800 } });
}

export const PRESENTER_URL = `${APP_ENTRY_URL}#/present`;

/**
 * The projector window: on a second display when there is one (where the projector usually is),
 * otherwise beside the app. It shows only what the room may see, and its preload (the presenter
 * one) exposes only the presenter's calls.
 */
export function createPresenterWindow(preloadPath: string, isPackaged: boolean): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const external = screen.getAllDisplays().find((display) => display.id !== primary.id);
  const bounds = external ? { ...external.workArea } : { width: 1280, height: 720 };
  return openAppWindow({ preloadPath, isPackaged, url: PRESENTER_URL, title: 'Facilitator – presenter view', bounds });
}
