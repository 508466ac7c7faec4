import { defineConfig } from '@playwright/test';
import { installedElectronBinary, NO_BINARY } from './binary';

if (!installedElectronBinary()) console.log(`The Electron smoke test will be skipped. ${NO_BINARY}`);

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
