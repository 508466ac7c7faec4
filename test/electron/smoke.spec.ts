/**
 * Starts the real built app with Playwright's Electron driver. Where no Electron binary is installed (as on
 * machines that cannot download it) the test is reported as skipped, with the reason: the rest of the suite
 * covers everything but the Electron shell.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { _electron as electron } from 'playwright-core';
import { installedElectronBinary, NO_BINARY } from './binary';

const binary = installedElectronBinary();

test('the built app starts in Electron from app://, isolated, offline, and saves a setting to disk through IPC', async () => {
  test.skip(!binary, NO_BINARY);
  const mainEntry = resolve(__dirname, '../../out/main/index.js');
  expect(existsSync(mainEntry), 'build the app first: npm run build').toBe(true);

  const dataDir = await mkdtemp(join(tmpdir(), 'facilitator-electron-'));
  const app = await electron.launch({
    executablePath: binary,
    args: [mainEntry, `--data-dir=${dataDir}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const window = await app.firstWindow();
    await window.waitForSelector('nav');
    expect(window.url(), 'the window is served from app://').toMatch(/^app:\/\/facilitator\//);
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require), 'the page has no Node require').toBe('undefined');
    expect(await window.evaluate(() => Object.isFrozen((window as unknown as { facilitator: object }).facilitator)), 'window.facilitator is frozen').toBe(true);
    const blocked = await window.evaluate(() =>
      fetch('https://example.org/').then(
        () => false,
        () => true,
      ),
    );
    expect(blocked, 'a network request from the page is refused').toBe(true);
    await window.evaluate(() =>
      (window as unknown as { facilitator: { settings: { setOrganisation(input: unknown): Promise<unknown> } } }).facilitator.settings.setOrganisation({
        name: 'Smoke Test Org',
      }),
    );
    const onDisk = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as { organisation: { name: string } };
    expect(onDisk.organisation.name, 'a setting saved through IPC is on disk').toBe('Smoke Test Org');
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
