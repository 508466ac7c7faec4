import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, session } from 'electron';
import { startupFailureText } from '../../core/domain/startupText';
import { createAppSession, type AppSession } from '../services';
import { asAppFailure } from '../services/storageFailure';
import { DataDirInUseError } from '../storage';
import { resolveDataDir } from './dataDirPath';
import { channelsByWindow, registerIpc } from './ipc';
import { installAppMenu } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { denyNavigationEverywhere, hardenSession, refuseDebuggingWhenPackaged } from './security';
import { createDesktopHost } from './desktopHost';
import { systemKeychain } from './keychain';
import { shippedModules } from './shippedModules';
import { createMainWindow, createPresenterWindow } from './window';

const rendererDir = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.cjs');
const presenterPreloadPath = join(__dirname, '../preload/presenter.cjs');

app.enableSandbox();
registerAppScheme();
denyNavigationEverywhere(app);

if (refuseDebuggingWhenPackaged(app, process.argv)) {
  // Stopped: a debugger could read every record.
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  let mainWindow: BrowserWindow | undefined;
  let presenterWindow: BrowserWindow | undefined;
  const openPresenter = () => {
    if (presenterWindow && !presenterWindow.isDestroyed()) presenterWindow.focus();
    else presenterWindow = createPresenterWindow(presenterPreloadPath, app.isPackaged);
  };
  const host = createDesktopHost(() => mainWindow, openPresenter);
  let appSession: AppSession;
  try {
    appSession = await createAppSession({
      dir: dataDir,
      environment: { version: app.getVersion(), shippedModules, host },
      keychain: systemKeychain,
      systemLanguages: [...app.getPreferredSystemLanguages(), app.getLocale()],
      // Locked, nothing of the data may stay on a screen or in a page's memory: the projector window
      // goes, and every other window reloads (to the lock screen), however the lock came about.
      onLocked: () => {
        if (presenterWindow && !presenterWindow.isDestroyed()) presenterWindow.close();
        for (const window of BrowserWindow.getAllWindows()) {
          if (window !== presenterWindow && !window.isDestroyed()) window.webContents.reload();
        }
      },
    });
  } catch (error) {
    const failure = error instanceof DataDirInUseError ? { inUseBy: error.pid } : asAppFailure(error)?.reason;
    const { title, body } = startupFailureText(failure, app.getLocale(), dataDir);
    dialog.showErrorBox(title, body);
    app.quit();
    return;
  }
  releaseOnQuit(appSession);
  lockWhenTheComputerSleeps(appSession);

  hardenSession(session.defaultSession);
  serveApp(session.defaultSession.protocol, rendererDir);
  registerIpc(
    ipcMain,
    appSession.dispatch,
    channelsByWindow((sender) => presenterWindow !== undefined && !presenterWindow.isDestroyed() && presenterWindow.webContents.id === sender.id),
  );
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

/** Protected data locks when the computer sleeps or its screen locks; the windows then reload to the lock screen. */
function lockWhenTheComputerSleeps(appSession: AppSession): void {
  const lock = () => void appSession.dispatch('protection.lock', undefined);
  powerMonitor.on('suspend', lock);
  powerMonitor.on('lock-screen', lock);
  // Connections to the program hub die in sleep: it is tried again at once rather than after a back-off.
  powerMonitor.on('resume', () => appSession.wake());
}

function releaseOnQuit(appSession: AppSession): void {
  let released = false;
  app.on('before-quit', (event) => {
    if (released) return;
    event.preventDefault();
    void appSession.close().finally(() => {
      released = true;
      app.quit();
    });
  });
}
