import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { launchBridgedRenderer, type BridgedRenderer } from '../support/bridgedRenderer';

/** The e2e tests' "now": Tuesday 2 March 2027, 9:00 in Los Angeles (no test depends on the real date). */
export const E2E_NOW = new Date('2027-03-02T17:00:00Z');
export const E2E_TIME_ZONE = 'America/Los_Angeles';

export const SCREENSHOT_DIR = resolve(__dirname, '../artifacts/screens');

interface Fixtures {
  dataDir: string;
  app: BridgedRenderer;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'facilitator-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir }, use) => {
    const app = await launchBridgedRenderer({ dir: dataDir, now: () => E2E_NOW, clock: { now: () => E2E_NOW, timeZone: E2E_TIME_ZONE } });
    await use(app);
    await app.close();
  },
});

export { expect };

/** Fails on serious or critical accessibility violations, listing each. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, serious.join('\n')).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}
