import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../core/contract/contract';
import { juvenileHallDraft } from '../planning/harness';
import { exited, runFixture, waitForLine } from '../storage/processes';

type ElectronMock = typeof import('../../setup/electron-mock');

/** Loads electron/main/index.ts afresh, as Electron would start it, against fresh fakes (set up first by `before`). */
async function startMain(before: (electron: ElectronMock) => void = () => {}): Promise<ElectronMock> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as ElectronMock;
  before(electron);
  await import('../../../electron/main/index');
  return electron;
}

/** A call from the top frame of `window`'s page at `url`. */
function invokeFrom(electron: ElectronMock, window: InstanceType<ElectronMock['BrowserWindow']>, url: string) {
  return (channel: string, input?: unknown) =>
    electron.ipcMain.handlers.get(channel)!({ senderFrame: { url, parent: null }, sender: window.webContents }, input);
}

describe('main process start-up', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'main-startup-'));
    vi.stubEnv('FACILITATOR_DATA_DIR', dataDir);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves app://, registers every channel, shows one window, and opens the data folder once the first start is settled', async () => {
    const electron = await startMain();
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    // A first start writes nothing until the user has chosen whether to protect the data.
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(false);
    const invoke = (channel: string, input?: unknown) =>
      electron.ipcMain.handlers.get(channel)!({ senderFrame: { url: 'app://facilitator/index.html', parent: null } }, input);
    expect(await invoke('protection.setUp', { protect: false })).toMatchObject({ ok: true, value: { status: { state: 'unprotected' } } });

    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron.session.defaultSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const window = electron.BrowserWindow.instances[0]!;
    expect((window.options.webPreferences as { preload: string }).preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(true);
    expect(existsSync(join(dataDir, 'lock'))).toBe(true);

    // Quitting waits for the data folder to be released.
    const quitting = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(existsSync(join(dataDir, 'lock'))).toBe(false);
  });

  it('gives the projector window its own preload, and refuses it every call but the presenter ones', async () => {
    const electron = await startMain();
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    const mainWindow = electron.BrowserWindow.instances[0]!;
    const fromApp = invokeFrom(electron, mainWindow, 'app://facilitator/index.html#/today');
    await fromApp('protection.setUp', { protect: false });
    expect(await fromApp('participants.save', { code: 'JH-26-001' })).toMatchObject({ ok: true });
    const created = (await fromApp('workshops.create', juvenileHallDraft())) as { ok: true; value: { workshop: { id: string; meetings: { id: string }[] } } };
    const { workshop } = created.value;
    const meeting = { workshopId: workshop.id, meetingId: workshop.meetings[0]!.id };
    expect(await fromApp('presenter.open', meeting)).toMatchObject({ ok: true });

    const presenter = electron.BrowserWindow.instances[1]!;
    expect((presenter.options.webPreferences as { preload: string }).preload).toMatch(/preload[\\/]presenter\.cjs$/);
    const fromPresenter = invokeFrom(electron, presenter, 'app://facilitator/index.html#/present');
    expect(await fromPresenter('participants.list')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await fromPresenter('settings.get')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await fromPresenter('exports.attendance', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Even after navigating to a records page, it is the window that decides, not the page's address.
    const navigated = invokeFrom(electron, presenter, 'app://facilitator/index.html#/participants');
    expect(await navigated('participants.list')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await fromPresenter('presenter.state')).toMatchObject({ ok: true });
    expect(await fromPresenter('protection.status')).toMatchObject({ ok: true, value: { state: 'unprotected' } });
    // The app's window still gets everything.
    const listed = await fromApp('participants.list');
    expect(listed).toMatchObject({ ok: true });
    expect(JSON.stringify(listed)).toContain('JH-26-001');
    electron.app.emit('before-quit', { preventDefault: vi.fn() });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  });

  it.each([['--remote-debugging-port=9222'], ['--remote-debugging-pipe'], ['--inspect'], ['--inspect-brk=9229'], ['--inspect-port=0']])(
    'a packaged build started with %s stops before it opens a window or the data',
    async (argument) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const argv = process.argv;
      process.argv = [...argv, argument];
      try {
        const electron = await startMain((fresh) => {
          fresh.app.isPackaged = true;
        });
        expect(electron.app.exit).toHaveBeenCalledWith(1);
        expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
        expect(electron.BrowserWindow.instances).toHaveLength(0);
        expect(existsSync(join(dataDir, 'lock'))).toBe(false);
      } finally {
        process.argv = argv;
      }
    },
  );

  it('a packaged build refuses a debugging switch Chromium was given another way, and a development build allows them', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const packaged = await startMain((fresh) => {
      fresh.app.isPackaged = true;
      fresh.commandLine.switches.add('remote-debugging-port');
    });
    expect(packaged.app.exit).toHaveBeenCalledWith(1);
    expect(packaged.BrowserWindow.instances).toHaveLength(0);

    const development = await startMain((fresh) => {
      fresh.commandLine.switches.add('remote-debugging-port');
    });
    expect(development.app.exit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(development.BrowserWindow.instances).toHaveLength(1));
    development.app.emit('before-quit', { preventDefault: vi.fn() });
    await vi.waitFor(() => expect(development.app.quit).toHaveBeenCalled());
  });

  it('quits at once when another copy of the app is already running', async () => {
    vi.resetModules();
    const electron = (await import('electron')) as unknown as ElectronMock;
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../../electron/main/index');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('explains and quits when the data folder is held by another process', async () => {
    const holder = runFixture('hold-lock.ts', dataDir);
    await waitForLine(holder, /^ready$/);
    try {
      const electron = await startMain();
      await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled());
      const [title, message] = electron.dialog.showErrorBox.mock.calls[0]!;
      expect(title).toMatch(/cannot open its data/);
      expect(message).toContain(dataDir);
      expect(message).toContain(String(holder.pid));
      expect(electron.app.quit).toHaveBeenCalled();
      expect(electron.BrowserWindow.instances).toHaveLength(0);
    } finally {
      holder.kill('SIGKILL');
      await exited(holder);
    }
  });
});
