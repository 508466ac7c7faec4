import { BrowserWindow, screen } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/appProtocol';
import { createMainWindow, createPresenterWindow, PRESENTER_URL } from '../../../electron/main/window';

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

describe('presenter window', () => {
  const displays = (screen as unknown as { displays: { id: number; workArea: { x: number; y: number; width: number; height: number } }[] }).displays;
  const primary = displays[0]!;
  afterEach(() => {
    displays.splice(1);
  });

  it('opens the presenter page with the same security baseline as the app window', () => {
    const presenter = createPresenterWindow('/p.cjs', true) as FakeWindow;
    const main = createMainWindow('/p.cjs', true) as FakeWindow;
    expect(presenter.loadedUrl).toBe(PRESENTER_URL);
    expect(PRESENTER_URL).toBe(`${APP_ENTRY_URL}#/present`);
    expect(presenter.options.webPreferences).toEqual(main.options.webPreferences);
  });

  it('goes to the second display when there is one, where the projector is', () => {
    displays.push({ id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 720 } });
    const presenter = createPresenterWindow('/p.cjs', true) as FakeWindow;
    expect(presenter.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720 });
    expect(primary.id).toBe(1);
  });
});
