import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { createDispatcher, createHandlers } from '../services';
import { openDataDir, type DataStore } from '../storage';
import { resolveDataDir } from './dataDirPath';
import { registerIpc } from './ipc';
import { installAppMenu } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { denyNavigationEverywhere, hardenSession } from './security';
import { createDesktopHost } from './desktopHost';
import { shippedModules } from './shippedModules';
import { createMainWindow, createPresenterWindow } from './window';

const rendererDir = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.cjs');

app.enableSandbox();
registerAppScheme();
denyNavigationEverywhere(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  let store: DataStore;
  try {
    store = await openDataDir({ dir: dataDir });
  } catch (error) {
    dialog.showErrorBox('Facilitator cannot open its data', `${error instanceof Error ? error.message : String(error)}\n\nData folder: ${dataDir}`);
    app.quit();
    return;
  }
  releaseOnQuit(store);

  hardenSession(session.defaultSession);
  serveApp(session.defaultSession.protocol, rendererDir);
  let mainWindow: BrowserWindow | undefined;
  let presenterWindow: BrowserWindow | undefined;
  const openPresenter = () => {
    if (presenterWindow && !presenterWindow.isDestroyed()) presenterWindow.focus();
    else presenterWindow = createPresenterWindow(preloadPath, app.isPackaged);
  };
  const host = createDesktopHost(() => mainWindow, openPresenter);
  registerIpc(ipcMain, createDispatcher(createHandlers(store, { version: app.getVersion(), shippedModules, host })));
  installAppMenu(app.isPackaged);

  mainWindow = createMainWindow(preloadPath, app.isPackaged);
  // The projector window is no use without the app's window.
  mainWindow.on('closed', () => {
    if (presenterWindow && !presenterWindow.isDestroyed()) presenterWindow.close();
  });
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(preloadPath, app.isPackaged);
  });
  app.on('window-all-closed', () => app.quit());
}

function releaseOnQuit(store: DataStore): void {
  let released = false;
  app.on('before-quit', (event) => {
    if (released) return;
    event.preventDefault();
    void store.close().finally(() => {
      released = true;
      app.quit();
    });
  });
}
