/**
 * A program on the hub for end-to-end tests: laptops (each its own data folder), a hub
 * (pouchdb-server, in memory, on 127.0.0.1) prepared as `npm run hub:setup` prepares a CouchDB,
 * and the steps a coordinator and a facilitator take in Settings › Program hub.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { setUpHub } from '../../build/hub/setup';
import { launchBridgedRenderer, type BridgedRenderer } from '../support/bridgedRenderer';
import { HUB_ADMIN, startHubServer, type HubServer } from '../support/hubServer';
import { E2E_NOW, E2E_TIME_ZONE, expect, openScreen } from './fixtures';

export const PROGRAM_NAME = 'Harbor Youth Services';
export const COORDINATOR = { name: 'coordinator', password: 'coordinator-password' };

export interface Laptop {
  app: BridgedRenderer;
  dir: string;
}

/** A program's laptops and its hub, closed and removed together. */
export interface ProgramRig {
  hub: HubServer;
  database: string;
  laptop(): Promise<Laptop>;
  close(): Promise<void>;
}

export async function startProgramRig(database: string): Promise<ProgramRig> {
  const hub = await startHubServer();
  const laptops: Laptop[] = [];
  try {
    await setUpHub({
      url: hub.origin,
      adminUser: HUB_ADMIN.name,
      adminPassword: HUB_ADMIN.password,
      database,
      coordinator: COORDINATOR.name,
      coordinatorPassword: COORDINATOR.password,
    });
  } catch (error) {
    await hub.stop();
    throw error;
  }
  return {
    hub,
    database,
    async laptop() {
      const dir = await mkdtemp(join(tmpdir(), 'facilitator-e2e-hub-'));
      const app = await launchBridgedRenderer({
        dir,
        viewport: { width: 1366, height: 768 },
        now: () => E2E_NOW,
        clock: { now: () => E2E_NOW, timeZone: E2E_TIME_ZONE },
      });
      laptops.push({ app, dir });
      return { app, dir };
    },
    async close() {
      for (const { app, dir } of laptops) {
        await app.close();
        await rm(dir, { recursive: true, force: true });
      }
      await hub.stop();
    },
  };
}

export function hubRegion(page: Page) {
  return page.getByRole('region', { name: 'Program hub' });
}

export async function openHubSettings(page: Page): Promise<void> {
  await openScreen(page, 'Settings');
  await page.getByRole('link', { name: 'Program hub' }).first().click();
  await expect(hubRegion(page)).toBeVisible();
}

/** The coordinator saves the connection `hub:setup` made for them and creates the program. */
export async function createProgram(rig: ProgramRig, coordinator: Laptop): Promise<void> {
  const { page } = coordinator.app;
  await openHubSettings(page);
  const connection = hubRegion(page).getByRole('form', { name: 'Connection to the hub' });
  await connection.getByLabel('Hub address').fill(rig.hub.origin);
  await connection.getByLabel('Program database').fill(rig.database);
  await connection.getByLabel('User name').fill(COORDINATOR.name);
  await connection.getByLabel('Password').fill(COORDINATOR.password);
  await connection.getByRole('button', { name: 'Save the connection' }).click();
  const create = hubRegion(page).getByRole('form', { name: 'Name the program' });
  await create.getByLabel('Program name').fill(PROGRAM_NAME);
  await create.getByRole('button', { name: 'Create the program' }).click();
  await expect(hubRegion(page).getByRole('heading', { name: PROGRAM_NAME })).toBeVisible({ timeout: 20_000 });
}

/** The coordinator makes a one-time join file for `userName`, sealed with `passphrase`; its path. */
export async function makeJoinFile(coordinator: Laptop, userName: string, passphrase: string): Promise<string> {
  const { page, host } = coordinator.app;
  const path = join(coordinator.dir, `${userName}.join`);
  host.nextSaveTarget = path;
  await openHubSettings(page);
  await hubRegion(page).getByRole('button', { name: 'Make a join file…' }).click();
  const form = page.getByRole('form', { name: 'Make a join file' });
  await form.getByLabel('Their user name on the hub').fill(userName);
  await form.getByLabel('Passphrase for the file').fill(passphrase);
  await form.getByLabel('Type the passphrase again').fill(passphrase);
  await form.getByRole('button', { name: 'Save the join file…' }).click();
  await expect(page.getByText(`The join file for ${userName} is saved`)).toBeVisible();
  return path;
}

/** A facilitator joins with the file and the passphrase they were told. */
export async function joinProgram(facilitator: Laptop, file: string, passphrase: string): Promise<void> {
  const { page, host } = facilitator.app;
  host.nextOpenFile = file;
  await openHubSettings(page);
  await hubRegion(page).getByRole('button', { name: 'Join with a file…' }).click();
  const form = page.getByRole('form', { name: 'Join with a file' });
  await form.getByLabel('Passphrase of the join file').fill(passphrase);
  await form.getByRole('button', { name: 'Choose the join file…' }).click();
  await expect(page.getByText(new RegExp(`You joined ${PROGRAM_NAME}`))).toBeVisible({ timeout: 20_000 });
}
