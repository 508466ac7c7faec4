import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../electron/api/contract';
import { exited, runFixture, waitForLine } from '../storage/processes';

type ElectronMock = typeof import('../../setup/electron-mock');

/** Loads electron/main/index.ts afresh, as Electron would start it, against fresh fakes. */
async function startMain(): Promise<ElectronMock> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as ElectronMock;
  await import('../../../electron/main/index');
  return electron;
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
    const invoke = (channel: string, input?: unknown) => electron.ipcMain.handlers.get(channel)!({ senderFrame: { url: 'app://facilitator/index.html', parent: null } }, input);
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
