/**
 * `npm run test:electron`: starts the real built app with Playwright's Electron driver, where an
 * Electron binary is installed. Without one (as on machines that cannot download it) it says so
 * and skips: the rest of the suite covers everything but the Electron shell.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';

function installedElectronBinary(): string | undefined {
  const packageDir = resolve(__dirname, '../../node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

function check(condition: unknown, what: string): void {
  if (!condition) throw new Error(`Electron smoke test failed: ${what}`);
  console.log(`  ok - ${what}`);
}

async function main(): Promise<void> {
  const binary = installedElectronBinary();
  if (!binary) {
    console.log(
      'Electron smoke test skipped: no Electron binary is installed here (node_modules/electron/dist is missing). Run `npm start` once on a machine with internet to fetch it.',
    );
    return;
  }
  const mainEntry = resolve(__dirname, '../../out/main/index.js');
  if (!existsSync(mainEntry)) throw new Error('Build the app first: npm run build');

  const dataDir = await mkdtemp(join(tmpdir(), 'facilitator-electron-'));
  const app = await electron.launch({
    executablePath: binary,
    args: [mainEntry, `--data-dir=${dataDir}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const window = await app.firstWindow();
    await window.waitForSelector('nav');
    check(window.url().startsWith('app://facilitator/'), 'the window is served from app://');
    check(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require === 'undefined'), 'the page has no Node require');
    check(await window.evaluate(() => Object.isFrozen((window as unknown as { facilitator: object }).facilitator)), 'window.facilitator is frozen');
    const blocked = await window.evaluate(() =>
      fetch('https://example.org/').then(
        () => false,
        () => true,
      ),
    );
    check(blocked, 'a network request from the page is refused');
    await window.evaluate(() =>
      (window as unknown as { facilitator: { settings: { setOrganisation(input: unknown): Promise<unknown> } } }).facilitator.settings.setOrganisation({
        name: 'Smoke Test Org',
      }),
    );
    const onDisk = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as { organisation: { name: string } };
    check(onDisk.organisation.name === 'Smoke Test Org', 'a setting saved through IPC is on disk');
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
