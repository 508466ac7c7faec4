/**
 * Runs the BUILT main bundle (out/main/index.js) under plain Node with a stand-in for `electron`,
 * and prints, as one JSON line, what it asked Electron to do. Proves the bundle loads and wires up
 * (bundled dependencies, CommonJS output, paths) where no Electron binary can be had.
 * Usage: node run-built-main.cjs <out/main/index.js> <data dir>
 */
const Module = require('node:module');
const { EventEmitter } = require('node:events');

const [mainBundle, dataDir] = process.argv.slice(2);
const seen = { sandbox: false, schemes: [], protocolHandlers: [], channels: [], windows: [], errors: [], library: null };
const handlers = new Map();

const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  enableSandbox: () => (seen.sandbox = true),
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: () => undefined,
  getPath: () => dataDir,
  getVersion: () => '0.0.0-bundle',
});

class BrowserWindow extends EventEmitter {
  static getAllWindows = () => [];
  constructor(options) {
    super();
    this.window = { webPreferences: options.webPreferences };
    seen.windows.push(this.window);
  }
  loadURL(url) {
    this.window.url = url;
    return Promise.resolve();
  }
}

const electron = {
  app,
  BrowserWindow,
  ipcMain: {
    handle: (channel, handler) => {
      seen.channels.push(channel);
      handlers.set(channel, handler);
    },
  },
  protocol: { registerSchemesAsPrivileged: (schemes) => seen.schemes.push(...schemes), handle: () => undefined },
  session: {
    defaultSession: {
      protocol: { handle: (scheme) => seen.protocolHandlers.push(scheme) },
      webRequest: { onBeforeRequest: () => undefined },
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
    },
  },
  dialog: { showErrorBox: (title, message) => seen.errors.push(`${title}: ${message}`) },
  Menu: { buildFromTemplate: (template) => template, setApplicationMenu: () => undefined },
};

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

process.argv.push(`--data-dir=${dataDir}`);
require(mainBundle);

const started = Date.now();
const timer = setInterval(() => {
  if (seen.windows.length > 0 || seen.errors.length > 0 || Date.now() - started > 10_000) {
    clearInterval(timer);
    void askForLibrary().then(() => {
      console.log(JSON.stringify(seen));
      app.emit('before-quit', { preventDefault: () => undefined });
    });
  }
}, 20);

/** Calls `curricula.list` as the app's window would: proves the shipped modules are bundled and valid. */
async function askForLibrary() {
  const list = handlers.get('curricula.list');
  if (!list) return;
  const trustedWindow = { senderFrame: { url: 'app://facilitator/index.html', parent: null } };
  seen.library = await list(trustedWindow, undefined);
}
