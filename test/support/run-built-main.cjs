/**
 * Runs the BUILT main bundle (out/main/index.js) under plain Node with a stand-in for `electron`,
 * and prints, as one JSON line, what it asked Electron to do. Proves the bundle loads and wires up
 * (bundled dependencies, CommonJS output, paths) where no Electron binary can be had.
 * Usage: node run-built-main.cjs <out/main/index.js> <data dir>
 */
const Module = require('node:module');
const { EventEmitter } = require('node:events');

const [mainBundle, dataDir] = process.argv.slice(2);
const seen = { sandbox: false, schemes: [], protocolHandlers: [], channels: [], windows: [], errors: [], library: null, exports: null };
const handlers = new Map();

const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  // Started with no debugging switch: the packaged app goes on.
  commandLine: { hasSwitch: () => false },
  exit: (code) => seen.errors.push(`app.exit(${code})`),
  enableSandbox: () => (seen.sandbox = true),
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: () => undefined,
  getPath: () => dataDir,
  getVersion: () => '0.0.0-bundle',
  getLocale: () => 'en-US',
  getPreferredSystemLanguages: () => ['en-US'],
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
  isDestroyed() {
    return false;
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
  dialog: {
    showErrorBox: (title, message) => seen.errors.push(`${title}: ${message}`),
    // "Saves" every export into the data folder, under the name the app suggested.
    showSaveDialog: async (_window, options) => ({
      canceled: false,
      filePath: require('node:path').join(dataDir, require('node:path').basename(options.defaultPath)),
    }),
  },
  Menu: { buildFromTemplate: (template) => template, setApplicationMenu: () => undefined },
  powerMonitor: { on: () => undefined },
  // Linux without a secret service: the app must not use it.
  safeStorage: { getSelectedStorageBackend: () => 'basic_text', isAsyncEncryptionAvailable: async () => false },
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
    void protect()
      .then(askForLibrary)
      .then(exportFromBundle)
      .then(() => {
        console.log(JSON.stringify(seen));
        app.emit('before-quit', { preventDefault: () => undefined });
      });
  }
}, 20);

const trustedWindow = { senderFrame: { url: 'app://facilitator/index.html', parent: null } };
const call = (channel, input) => handlers.get(channel)(trustedWindow, input);

/**
 * Plans a workshop (in the past: nothing is recorded for a meeting still to come), marks one youth and exports the schedule (.ics), the attendance (XLSX) and a
 * bundle: proves the libraries that write those files work inside the bundle.
 */
async function exportFromBundle() {
  if (!handlers.has('workshops.create')) return;
  const youth = await call('participants.save', { code: 'JH-26-001' });
  const created = await call('workshops.create', {
    title: 'Bundle check',
    audience: '',
    facilitators: [],
    timeZone: 'America/Los_Angeles',
    moduleId: 'juvenile-hall-five-week-series',
    plan: { startDate: '2020-03-03', weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
    participantIds: [youth.value.participant.id],
  });
  const workshopId = created.value.workshop.id;
  const meetingId = created.value.workshop.meetings[0].id;
  const mark = await call('attendance.mark', { workshopId, meetingId, participantId: youth.value.participant.id, statusId: 'present', confirmPastEdit: true });
  seen.exports = {
    mark: mark.ok,
    ics: await call('workshops.exportCalendar', { workshopId }),
    xlsx: await call('exports.attendance', {
      scope: { kind: 'workshop', workshopId },
      format: 'xlsx',
      shape: 'long',
      identification: 'codes',
      byteOrderMark: false,
    }),
    // The data is protected, so the bundle leaves sealed with a passphrase.
    bundle: await call('bundles.export', { workshopId, passphrase: 'a passphrase for the coordinator' }),
  };
}

/** Settles the first start by protecting the data, with the real scrypt cost: proves the key handling works in the bundle. */
async function protect() {
  if (!handlers.has('protection.setUp')) return;
  seen.protection = await call('protection.setUp', { protect: true, passphrase: 'a bundle check passphrase', useKeychain: true });
}

/** Calls `curricula.list` as the app's window would: proves the shipped modules are bundled and valid. */
async function askForLibrary() {
  const list = handlers.get('curricula.list');
  if (!list) return;
  seen.library = await list(trustedWindow, undefined);
}
