import { defineConfig } from '@playwright/test';
import { installedElectronBinary, NO_BINARY } from './binary';

// The config is read by the runner and again by its worker: say it once, from the runner.
if (!installedElectronBinary() && process.env.TEST_WORKER_INDEX === undefined) console.log(`The Electron smoke test will be skipped. ${NO_BINARY}`);

/** `npm run test:electron`: the real built app in Electron, where a binary is installed (see smoke.spec.ts). */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  forbidOnly: true,
  reporter: [['list']],
});
