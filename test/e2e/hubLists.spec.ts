/**
 * The program's shared lists end to end: a site the coordinator adds in Settings reaches a
 * facilitator's laptop through the hub (pouchdb-server, in memory, on 127.0.0.1), and Settings ›
 * Program hub says what the lists hold and which modules in use a laptop lacks.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { setUpHub } from '../../build/hub/setup';
import { launchBridgedRenderer, type BridgedRenderer } from '../support/bridgedRenderer';
import { HUB_ADMIN, startHubServer, type HubServer } from '../support/hubServer';
import { E2E_NOW, E2E_TIME_ZONE, expect, expectNoSeriousA11yViolations, screenshot, test } from './fixtures';
import { planSeries } from './series';

const DATABASE = 'harbor-lists';
const COORDINATOR = { name: 'coordinator', password: 'coordinator-password' };
const PASSPHRASE = 'lantern river coat';

interface Laptop {
  app: BridgedRenderer;
  dir: string;
}

async function laptop(): Promise<Laptop> {
  const dir = await mkdtemp(join(tmpdir(), 'facilitator-e2e-lists-'));
  const app = await launchBridgedRenderer({
    dir,
    viewport: { width: 1366, height: 768 },
    now: () => E2E_NOW,
    clock: { now: () => E2E_NOW, timeZone: E2E_TIME_ZONE },
  });
  return { app, dir };
}

async function openSettings(page: Page, section: string, heading: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/settings/${section}`);
  await expect(page.getByRole('region', { name: heading })).toBeVisible();
}

test('a site added on the coordinator’s laptop reaches a facilitator’s through the hub; the hub page shows the program’s lists', async () => {
  test.setTimeout(180_000);
  let hub: HubServer | undefined;
  const laptops: Laptop[] = [];
  try {
    hub = await startHubServer();
    await setUpHub({
      url: hub.origin,
      adminUser: HUB_ADMIN.name,
      adminPassword: HUB_ADMIN.password,
      database: DATABASE,
      coordinator: COORDINATOR.name,
      coordinatorPassword: COORDINATOR.password,
    });
    const coordinator = await laptop();
    const ana = await laptop();
    laptops.push(coordinator, ana);

    {
      const { page, host } = coordinator.app;
      await openSettings(page, 'hub', 'Program hub');
      const region = page.getByRole('region', { name: 'Program hub' });
      const connection = region.getByRole('form', { name: 'Connection to the hub' });
      await connection.getByLabel('Hub address').fill(hub.origin);
      await connection.getByLabel('Program database').fill(DATABASE);
      await connection.getByLabel('User name').fill(COORDINATOR.name);
      await connection.getByLabel('Password').fill(COORDINATOR.password);
      await connection.getByRole('button', { name: 'Save the connection' }).click();
      const create = region.getByRole('form', { name: 'Name the program' });
      await create.getByLabel('Program name').fill('Harbor Youth Services');
      await create.getByRole('button', { name: 'Create the program' }).click();
      await expect(region.getByRole('heading', { name: 'Harbor Youth Services' })).toBeVisible({ timeout: 20_000 });

      host.nextSaveTarget = join(coordinator.dir, 'ana.join');
      await region.getByRole('button', { name: 'Make a join file…' }).click();
      const form = page.getByRole('form', { name: 'Make a join file' });
      await form.getByLabel('Their user name on the hub').fill('ana.reyes');
      await form.getByLabel('Passphrase for the file').fill(PASSPHRASE);
      await form.getByLabel('Type the passphrase again').fill(PASSPHRASE);
      await form.getByRole('button', { name: 'Save the join file…' }).click();
      await expect(page.getByText('The join file for ana.reyes is saved')).toBeVisible();

      await openSettings(page, 'sites', 'Sites');
      const sites = page.getByRole('region', { name: 'Sites' });
      await expect(sites.getByText(/Shared with the program Harbor Youth Services/)).toBeVisible();
      await sites.getByLabel('Site name').fill('East Juvenile Hall');
      await sites.getByLabel('Kind of site').selectOption({ label: 'Detention' });
      await sites.getByRole('button', { name: 'Add site' }).click();
      await expect(sites.getByText('East Juvenile Hall')).toBeVisible();

      // A shared workshop puts its module in the program's modules in use.
      const workshopId = await planSeries(page);
      await page.goto(`${page.url().split('#')[0]}#/workshops/${workshopId}`);
      await page.getByRole('switch', { name: 'Share with the program' }).check();
    }

    {
      const { page, host } = ana.app;
      host.nextOpenFile = join(coordinator.dir, 'ana.join');
      await openSettings(page, 'hub', 'Program hub');
      const region = page.getByRole('region', { name: 'Program hub' });
      await region.getByRole('button', { name: 'Join with a file…' }).click();
      const form = page.getByRole('form', { name: 'Join with a file' });
      await form.getByLabel('Passphrase of the join file').fill(PASSPHRASE);
      await form.getByRole('button', { name: 'Choose the join file…' }).click();
      await expect(page.getByText(/You joined Harbor Youth Services/)).toBeVisible({ timeout: 20_000 });

      await expect(async () => {
        await openSettings(page, 'sites', 'Sites');
        await expect(page.getByRole('region', { name: 'Sites' }).getByText('East Juvenile Hall')).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 30_000 });

      await openSettings(page, 'hub', 'Program hub');
      const lists = page.getByRole('region', { name: 'Shared lists' });
      await expect(lists.getByRole('definition').first()).toHaveText('1 in the program');
      await expect(async () => {
        await openSettings(page, 'hub', 'Program hub');
        await expect(page.getByRole('region', { name: 'Shared lists' }).getByText('On this laptop', { exact: true })).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 30_000 });
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'hub-shared-lists-1366');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await screenshot(page, 'hub-shared-lists-1920');
      await openSettings(page, 'sites', 'Sites');
      await screenshot(page, 'hub-shared-sites-1920');
      await page.setViewportSize({ width: 1366, height: 768 });
      await screenshot(page, 'hub-shared-sites-1366');
    }
  } finally {
    for (const { app, dir } of laptops) {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
    await hub?.stop();
  }
});
