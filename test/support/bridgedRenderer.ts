/**
 * The production renderer build in a real Chromium, with window.facilitator bridged to the
 * real services on a data folder: everything but the Electron shell itself.
 * Used by the end-to-end tests and by `npm run dev:web`.
 */
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildBridge } from '../../electron/api/bridge';
import { channelNames } from '../../electron/api/contract';
import { appResponse } from '../../electron/main/appProtocol';
import { createDispatcher, createHandlers } from '../../electron/services';
import { openDataDir, type DataStore, type OpenDataDirOptions } from '../../electron/storage';
import { chromiumArgs, findChromium } from './chromium';

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');
/** Stands in for app://facilitator: Chromium only routes http(s) URLs to Playwright. */
const TEST_HOST = 'facilitator.test';
export const ENTRY_URL = `http://${TEST_HOST}/index.html`;

export interface BridgedRenderer {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  store: DataStore;
  /** Closes the data folder and reopens it, as quitting and starting the app would. */
  restart(options?: Partial<OpenDataDirOptions>): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions extends OpenDataDirOptions {
  headless?: boolean;
  viewport?: { width: number; height: number };
}

export async function launchBridgedRenderer(options: LaunchOptions): Promise<BridgedRenderer> {
  const { headless = true, viewport = { width: 1280, height: 800 }, ...storeOptions } = options;
  let store = await openDataDir(storeOptions);
  let dispatch = createDispatcher(createHandlers(store, { version: '0.0.0-bridged' }));

  const browser = await chromium.launch({ executablePath: findChromium(), headless, args: chromiumArgs });
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
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
  await context.exposeBinding('__facilitatorInvoke', (_source, channel: unknown, input: unknown) => dispatch(channel, input));
  await context.addInitScript({
    content: `window.facilitator = (${buildBridge.toString()})(${JSON.stringify(channelNames)}, (channel, input) => window.__facilitatorInvoke(channel, input));`,
  });

  const page = await context.newPage();
  await page.goto(ENTRY_URL);

  return {
    browser,
    context,
    page,
    get store() {
      return store;
    },
    async restart(overrides = {}) {
      await store.close();
      store = await openDataDir({ ...storeOptions, ...overrides });
      dispatch = createDispatcher(createHandlers(store, { version: '0.0.0-bridged' }));
      await page.goto(ENTRY_URL);
    },
    async close() {
      await browser.close();
      await store.close();
    },
  };
}
