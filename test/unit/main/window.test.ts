import { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/appProtocol';
import { createMainWindow } from '../../../electron/main/window';

type FakeWindow = InstanceType<typeof BrowserWindow> & { options: Record<string, unknown>; loadedUrl?: string; shown: boolean };

describe('main window', () => {
  beforeEach(() => {
    (BrowserWindow as unknown as { instances: unknown[] }).instances.length = 0;
  });

  it('is created with the whole security baseline', () => {
    const window = createMainWindow('/app/out/preload/index.cjs', true) as FakeWindow;
    expect(window.options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
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
      devTools: false,
    });
  });

  it('keeps DevTools for development builds only', () => {
    const window = createMainWindow('/p.cjs', false) as FakeWindow;
    expect((window.options.webPreferences as Record<string, unknown>).devTools).toBe(true);
  });

  it('loads the app:// entry and stays hidden until ready to show', () => {
    const window = createMainWindow('/p.cjs', true) as FakeWindow;
    expect(window.options.show).toBe(false);
    expect(window.loadedUrl).toBe(APP_ENTRY_URL);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });
});
