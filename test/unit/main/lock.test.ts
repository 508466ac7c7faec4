import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type ElectronMock = typeof import('../../setup/electron-mock');

describe('main on every lock', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'main-lock-'));
    vi.stubEnv('FACILITATOR_DATA_DIR', dataDir);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reloads every window, whether the page locked (Lock now, idle) or the computer slept, and the keychain then no longer unlocks', async () => {
    vi.resetModules();
    const electron = (await import('electron')) as unknown as ElectronMock;
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    const window = electron.BrowserWindow.instances[0]!;
    const invoke = (channel: string, input?: unknown) =>
      electron.ipcMain.handlers.get(channel)!(
        { senderFrame: { url: 'app://facilitator/index.html', parent: null }, sender: window.webContents },
        input,
      ) as Promise<{ ok: boolean; value: unknown }>;
    expect(await invoke('protection.setUp', { protect: true, passphrase: 'river stones at dawn', useKeychain: true })).toMatchObject({ ok: true });
    expect(window.webContents.reload).not.toHaveBeenCalled();

    // Lock now, or the idle timer: the page asks.
    expect(await invoke('protection.lock')).toMatchObject({ ok: true, value: { state: 'locked', keychain: { inUse: true, unlocksNow: false } } });
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(await invoke('protection.unlock', { keychain: true })).toMatchObject({
      ok: false,
      error: { reason: { code: 'keychain-after-lock' } },
    });
    expect(await invoke('protection.unlock', { passphrase: 'river stones at dawn' })).toMatchObject({ ok: true, value: { state: 'unlocked' } });

    // The computer sleeps.
    electron.powerMonitor.emit('suspend');
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledTimes(2));
    expect(await invoke('protection.status')).toMatchObject({ ok: true, value: { state: 'locked' } });

    const quitting = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', quitting);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  });
});
