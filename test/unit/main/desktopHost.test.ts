import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesktopHost } from '../../../electron/main/desktopHost';

type Mocked = ReturnType<typeof vi.fn>;
const showSaveDialog = dialog.showSaveDialog as unknown as Mocked;
const showOpenDialog = dialog.showOpenDialog as unknown as Mocked;
const getPath = app.getPath as unknown as Mocked;

function host() {
  const window = new BrowserWindow({}) as unknown as Electron.BrowserWindow;
  return createDesktopHost(
    () => window,
    () => {},
  );
}

describe('the file dialogs', () => {
  beforeEach(() => {
    showSaveDialog.mockClear();
    showOpenDialog.mockClear();
    getPath.mockImplementation((name: string) => `/home/ana/${name === 'home' ? '' : name}`.replace(/\/$/, ''));
  });

  it('keep saved files out of the system’s recent files, and open in the remembered folder', async () => {
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/media/usb/exports/Group sessions.ics' });
    expect(await host().chooseSaveTarget('Group sessions.ics', 'ics', '/media/usb/exports')).toBe('/media/usb/exports/Group sessions.ics');
    const [, options] = showSaveDialog.mock.calls[0]! as [unknown, { defaultPath: string; properties: string[]; title: string }];
    expect(options.properties).toContain('dontAddToRecent');
    expect(options.defaultPath).toBe(join('/media/usb/exports', 'Group sessions.ics'));
    expect(options.title).toBe('Export the schedule');
  });

  it('without a remembered folder, open in the home folder (never Documents) and say the choice is remembered', async () => {
    await host().chooseSaveTarget('Attendance.csv', 'csv');
    const [, options] = showSaveDialog.mock.calls[0]! as [unknown, { defaultPath: string; title: string }];
    expect(options.defaultPath).toBe(join('/home/ana', 'Attendance.csv'));
    expect(options.defaultPath).not.toContain('documents');
    expect(options.title).toMatch(/not synced to the cloud; the app will suggest it from now on/);
  });

  it('keep opened files and chosen folders out of the recent files too', async () => {
    await host().chooseFileToOpen('bundle');
    await host().chooseFolder();
    for (const call of showOpenDialog.mock.calls) expect((call[1] as { properties: string[] }).properties).toContain('dontAddToRecent');
    expect(showOpenDialog).toHaveBeenCalledTimes(2);
  });
});
