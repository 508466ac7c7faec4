/**
 * The production renderer build in a real Chromium, with window.facilitator bridged to the
 * real services on a data folder: everything but the Electron shell itself.
 * Used by the end-to-end tests and by `npm run dev:web`.
 */
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildBridge } from '../../core/contract/bridge';
import { channelNames, presenterChannelNames } from '../../core/contract/channels';
import { appResponse } from '../../electron/main/appProtocol';
import { createAppSession, noKeychain, readModuleSources, type AppSession, type Clock } from '../../electron/services';
import type { DataStore, OpenDataDirOptions } from '../../electron/storage';
import { chromiumArgs, findChromium } from './chromium';
import { createFakeHost, type FakeHost } from './fakeHost';

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');
const CURRICULA_DIR = resolve(__dirname, '../../curricula');
/** Stands in for app://facilitator: Chromium only routes http(s) URLs to Playwright. */
const TEST_HOST = 'facilitator.test';
export const ENTRY_URL = `http://${TEST_HOST}/index.html`;

export interface BridgedRenderer {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  store: DataStore;
  /** The desktop's dialogs: set the file the user picks or where they save. */
  host: FakeHost;
  /** The projector window, once the app opened it (a second page, as Electron opens a second window). */
  presenterPage(): Page | undefined;
  /** Closes the data folder and reopens it, as quitting and starting the app would. */
  restart(options?: Partial<OpenDataDirOptions>): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions extends OpenDataDirOptions {
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** The services' clock and the computer's time zone (also the browser's); the real ones by default. */
  clock?: Clock;
  /**
   * A new data folder starts unprotected, as if the user chose so at the first start, unless this is
   * true: then the page shows the first start's choice.
   */
  askAtFirstStart?: boolean;
}

export async function launchBridgedRenderer(options: LaunchOptions): Promise<BridgedRenderer> {
  const { headless = true, viewport = { width: 1280, height: 800 }, clock, askAtFirstStart = false, ...storeOptions } = options;
  const shippedModules = await readModuleSources(CURRICULA_DIR);
  const host = createFakeHost();
  // The app's own session, as main runs it; scrypt at a test cost so unlocking takes milliseconds.
  const startSession = async (overrides: Partial<OpenDataDirOptions> = {}): Promise<AppSession> => {
    const started = await createAppSession({
      dir: overrides.dir ?? storeOptions.dir,
      environment: { version: '0.0.0-bridged', shippedModules, host, ...(clock ? { clock } : {}) },
      keychain: noKeychain,
      ...((overrides.now ?? storeOptions.now) ? { now: overrides.now ?? storeOptions.now } : {}),
      passphraseCost: 10,
    });
    if (!askAtFirstStart) {
      const status = await started.dispatch('protection.status', undefined);
      if (status.ok && (status.value as { state: string }).state === 'first-start') await started.dispatch('protection.setUp', { protect: false });
    }
    return started;
  };
  let session = await startSession();
  const dispatch = (channel: unknown, input: unknown) => session.dispatch(channel, input);

  const browser = await chromium.launch({ executablePath: findChromium(), headless, args: chromiumArgs });
  const context = await browser.newContext({ viewport, serviceWorkers: 'block', ...(clock ? { timezoneId: clock.timeZone } : {}) });
  // Routes match newest first: everything is refused, except the app's own files.
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  await context.route(`http://${TEST_HOST}/**`, async (route) => {
    const response = await appResponse(RENDERER_DIR, route.request().url(), TEST_HOST);
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  let presenter: Page | undefined;
  // As main does: the projector window may make only the presenter's calls.
  const presenterMay = new Set<unknown>(presenterChannelNames);
  await context.exposeBinding('__facilitatorInvoke', (source, channel: unknown, input: unknown) =>
    source.page === presenter && !presenterMay.has(channel)
      ? { ok: false, error: { code: 'forbidden', message: 'This window may not make that request, so it was refused.' } }
      : dispatch(channel, input),
  );
  await context.addInitScript({
    content: `window.facilitator = (${buildBridge.toString()})(${JSON.stringify(channelNames)}, (channel, input) => window.__facilitatorInvoke(channel, input));`,
  });

  const page = await context.newPage();
  // "Save as PDF" prints this page with Chromium's own PDF printer, as Electron's printToPDF does.
  host.printPage = () => page.pdf({ printBackground: true, preferCSSPageSize: true });
  host.shownPageUrl = () => page.url();
  host.presenter.open = async () => {
    if (presenter && !presenter.isClosed()) return;
    presenter = await context.newPage();
    // Its own bridge, as the presenter preload builds it.
    await presenter.addInitScript({
      content: `window.facilitator = (${buildBridge.toString()})(${JSON.stringify(presenterChannelNames)}, (channel, input) => window.__facilitatorInvoke(channel, input));`,
    });
    await presenter.goto(`${ENTRY_URL}#/present`);
  };
  await page.goto(ENTRY_URL);

  return {
    browser,
    context,
    page,
    host,
    presenterPage: () => presenter,
    get store() {
      const store = session.store();
      if (!store) throw new Error('The data is not open (locked, or the first start is not settled).');
      return store;
    },
    async restart(overrides = {}) {
      await session.close();
      session = await startSession(overrides);
      await page.goto(ENTRY_URL);
    },
    async close() {
      await browser.close();
      await session.close();
    },
  };
}
