/**
 * Issue 20's end-to-end test: two facilitators and a coordinator run the five-week series together
 * through the program hub, each in their own data folder, against a real CouchDB-compatible server
 * (pouchdb-server, in memory, on 127.0.0.1, started and stopped here).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { setUpHub } from '../../build/hub/setup';
import { launchBridgedRenderer, type BridgedRenderer } from '../support/bridgedRenderer';
import { HUB_ADMIN, startHubServer, type HubServer } from '../support/hubServer';
import { E2E_NOW, E2E_TIME_ZONE, expect, expectNoSeriousA11yViolations, openScreen, screenshot, test } from './fixtures';
import { CODES, planSeries, TITLE } from './series';

const DATABASE = 'harbor-youth';
const COORDINATOR = { name: 'coordinator', password: 'coordinator-password' };
const PASSPHRASES = { 'ana.reyes': 'lantern river coat', 'ben.okafor': 'maple harbor kite' } as const;

interface Laptop {
  app: BridgedRenderer;
  dir: string;
}

async function laptop(): Promise<Laptop> {
  const dir = await mkdtemp(join(tmpdir(), 'facilitator-e2e-hub-'));
  const app = await launchBridgedRenderer({
    dir,
    viewport: { width: 1366, height: 768 },
    now: () => E2E_NOW,
    clock: { now: () => E2E_NOW, timeZone: E2E_TIME_ZONE },
  });
  return { app, dir };
}

function hubRegion(page: Page) {
  return page.getByRole('region', { name: 'Program hub' });
}

async function openHubSettings(page: Page): Promise<void> {
  await openScreen(page, 'Settings');
  await page.getByRole('link', { name: 'Program hub' }).first().click();
  await expect(hubRegion(page)).toBeVisible();
}

async function syncNow(page: Page): Promise<void> {
  await openHubSettings(page);
  await hubRegion(page).getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('link', { name: /Program hub: Up to date/ })).toBeVisible({ timeout: 20_000 });
}

async function makeJoinFile(coordinator: Laptop, userName: keyof typeof PASSPHRASES): Promise<string> {
  const { page, host } = coordinator.app;
  const path = join(coordinator.dir, `${userName}.join`);
  host.nextSaveTarget = path;
  await openHubSettings(page);
  await hubRegion(page).getByRole('button', { name: 'Make a join file…' }).click();
  const form = page.getByRole('form', { name: 'Make a join file' });
  await form.getByLabel('Their user name on the hub').fill(userName);
  await form.getByLabel('Passphrase for the file').fill(PASSPHRASES[userName]);
  await form.getByLabel('Type the passphrase again').fill(PASSPHRASES[userName]);
  await form.getByRole('button', { name: 'Save the join file…' }).click();
  await expect(page.getByText(`The join file for ${userName} is saved`)).toBeVisible();
  return path;
}

async function joinProgram(facilitator: Laptop, file: string, passphrase: string): Promise<void> {
  const { page, host } = facilitator.app;
  host.nextOpenFile = file;
  await openHubSettings(page);
  await hubRegion(page).getByRole('button', { name: 'Join with a file…' }).click();
  const form = page.getByRole('form', { name: 'Join with a file' });
  await form.getByLabel('Passphrase of the join file').fill(passphrase);
  await form.getByRole('button', { name: 'Choose the join file…' }).click();
  await expect(page.getByText(/You joined Harbor Youth Services/)).toBeVisible({ timeout: 20_000 });
}

test('two facilitators and a coordinator run the five-week series together through the hub', async () => {
  test.setTimeout(300_000);
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
    const ben = await laptop();
    laptops.push(coordinator, ana, ben);

    // The coordinator connects and creates the program, then makes a join file for each facilitator.
    {
      const { page } = coordinator.app;
      await openHubSettings(page);
      const connection = hubRegion(page).getByRole('form', { name: 'Connection to the hub' });
      await connection.getByLabel('Hub address').fill(hub.origin);
      await connection.getByLabel('Program database').fill(DATABASE);
      await connection.getByLabel('User name').fill(COORDINATOR.name);
      await connection.getByLabel('Password').fill(COORDINATOR.password);
      await connection.getByRole('button', { name: 'Save the connection' }).click();
      const create = hubRegion(page).getByRole('form', { name: 'Name the program' });
      await create.getByLabel('Program name').fill('Harbor Youth Services');
      await create.getByRole('button', { name: 'Create the program' }).click();
      await expect(hubRegion(page).getByRole('heading', { name: 'Harbor Youth Services' })).toBeVisible({ timeout: 20_000 });
    }
    const anaFile = await makeJoinFile(coordinator, 'ana.reyes');
    const benFile = await makeJoinFile(coordinator, 'ben.okafor');
    await joinProgram(ana, anaFile, PASSPHRASES['ana.reyes']);
    await joinProgram(ben, benFile, PASSPHRASES['ben.okafor']);
    // The coordinator's page, left open, shows both as joined once its laptop has synced.
    const members = hubRegion(coordinator.app.page).getByRole('region', { name: 'Members' });
    for (const name of ['ana.reyes', 'ben.okafor'])
      await expect(members.getByRole('listitem').filter({ hasText: name })).toContainText('Facilitator · joined', { timeout: 20_000 });
    await screenshot(coordinator.app.page, 'hub-coordinator-members');

    // Ana plans the series and shares it with the program.
    const workshopId = await planSeries(ana.app.page);
    await ana.app.page.goto(`${ana.app.page.url().split('#')[0]}#/workshops/${workshopId}`);
    await ana.app.page.getByRole('switch', { name: 'Share with the program' }).check();
    await syncNow(ana.app.page);

    // Ben gets it, and marks the first meeting while the hub is out of reach.
    await syncNow(ben.app.page);
    hub.pause();
    {
      const { page } = ben.app;
      await openScreen(page, 'Today');
      await page.getByRole('article').filter({ hasText: TITLE }).getByRole('link', { name: /Start/ }).click();
      await page.getByRole('button', { name: 'Start session' }).click();
      await expect(page.getByText(/Running since/)).toBeVisible();
      const grid = page.getByRole('grid', { name: 'Attendance for each participant' });
      await grid.getByRole('rowheader', { name: /JH-26-001/ }).focus();
      // p = present; x then Enter = excused with no reason.
      for (const key of ['p', 'p', 'p', 'p', 'x', 'Enter', 'p', 'p', 'p', 'p', 'p', 'p', 'p']) await page.keyboard.press(key);
      await expect.poll(async () => (await ben.app.store.workshops.get(workshopId))?.attendance.length).toBe(CODES.length);
      // Each request waits up to 30 s for a hub that does not answer, then the laptop says it is offline.
      await expect(page.getByRole('link', { name: /Program hub: Offline since/ })).toBeVisible({ timeout: 90_000 });
    }
    hub.resume();
    await syncNow(ben.app.page);

    // Everyone sees the same grid: eleven present, one excused.
    for (const { app } of [ana, coordinator]) {
      await syncNow(app.page);
      await app.page.goto(`${app.page.url().split('#')[0]}#/workshops/${workshopId}`);
      await expect(app.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
      await expect.poll(async () => (await app.store.workshops.get(workshopId))?.attendance.length, { timeout: 60_000 }).toBe(CODES.length);
      const marks = await app.store.workshops.get(workshopId);
      expect(marks?.attendance.filter((mark) => mark.statusId === 'present')).toHaveLength(11);
      expect(marks?.attendance.filter((mark) => mark.statusId === 'excused')).toHaveLength(1);
    }

    // The coordinator sees the group on Today.
    await openScreen(coordinator.app.page, 'Today');
    await expect(coordinator.app.page.getByRole('article').filter({ hasText: TITLE })).toBeVisible();
    await expectNoSeriousA11yViolations(coordinator.app.page);
    await screenshot(coordinator.app.page, 'hub-coordinator-today');
  } finally {
    for (const { app, dir } of laptops) {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
    await hub?.stop();
  }
});
