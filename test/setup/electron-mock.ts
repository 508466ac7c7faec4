/**
 * Stand-in for the `electron` module in every test (aliased in vitest.config.ts).
 * Records what main-process code asks of Electron so tests can assert it.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  private static lastId = 0;
  readonly id = ++FakeWebContents.lastId;
  reload = vi.fn();
  windowOpenHandler: ((details: unknown) => unknown) | undefined;
  setWindowOpenHandler(handler: (details: unknown) => unknown) {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.instances;
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  shown = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
  isMinimized = () => false;
  isDestroyed = () => false;
  restore = vi.fn();
  focus = vi.fn();
  close = vi.fn();
}

/** One primary display unless a test adds an external one (a projector). */
export const screen = {
  displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] as {
    id: number;
    workArea: { x: number; y: number; width: number; height: number };
  }[],
  getPrimaryDisplay() {
    return screen.displays[0]!;
  },
  getAllDisplays() {
    return screen.displays;
  },
};

/** Chromium's command line, with the switches a test says the app was started with. */
export const commandLine = {
  switches: new Set<string>(),
  hasSwitch(name: string) {
    return commandLine.switches.has(name);
  },
};

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  commandLine,
  exit: vi.fn(),
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: vi.fn(() => Promise.resolve()),
  quit: vi.fn(),
  getPath: vi.fn(() => '/tmp/facilitator-user-data'),
  getVersion: vi.fn(() => '0.0.0-test'),
  getLocale: vi.fn(() => 'en-US'),
  getPreferredSystemLanguages: vi.fn(() => ['en-US']),
});

export const ipcMain = {
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  handle(channel: string, listener: (...args: unknown[]) => unknown) {
    this.handlers.set(channel, listener);
  },
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export function createFakeSession() {
  return {
    protocol: { handle: vi.fn() },
    webRequest: { onBeforeRequest: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
}

export const session = { defaultSession: createFakeSession() };
/** The file dialogs answer as the user would; a test sets what they return. */
export const dialog = {
  showErrorBox: vi.fn(),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
};
export const Menu = { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn() };

/** The computer going to sleep or locking its screen. */
export const powerMonitor = new EventEmitter();

/**
 * A keychain that really seals (reversibly, with a marker) unless a test sets Linux's plain-text
 * fallback: enough to follow what the app asks of it.
 */
export const safeStorage = {
  backend: 'gnome_libsecret' as 'basic_text' | 'gnome_libsecret',
  getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
  isAsyncEncryptionAvailable: vi.fn(async () => true),
  encryptStringAsync: vi.fn(async (text: string) => Buffer.from(`sealed:${text}`, 'utf8')),
  decryptStringAsync: vi.fn(async (sealed: Buffer) => ({ shouldReEncrypt: false, result: sealed.toString('utf8').replace(/^sealed:/, '') })),
};

export default { app, BrowserWindow, ipcMain, protocol, session, dialog, Menu, contextBridge, ipcRenderer, screen, powerMonitor, safeStorage };
