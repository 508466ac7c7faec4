/**
 * The program's shared lists end to end: a site the coordinator adds in Settings reaches a
 * facilitator's laptop through the hub (pouchdb-server, in memory, on 127.0.0.1), and Settings ›
 * Program hub says what the lists hold and which modules in use a laptop lacks.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshot, test } from './fixtures';
import { createProgram, joinProgram, makeJoinFile, startProgramRig, type ProgramRig } from './hubProgram';
import { planSeries } from './series';

const PASSPHRASE = 'lantern river coat';

async function openSettings(page: Page, section: string, heading: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/settings/${section}`);
  await expect(page.getByRole('region', { name: heading })).toBeVisible();
}

test('a site added on the coordinator’s laptop reaches a facilitator’s through the hub; the hub page shows the program’s lists', async () => {
  test.setTimeout(180_000);
  let rig: ProgramRig | undefined;
  try {
    rig = await startProgramRig('harbor-lists');
    const coordinator = await rig.laptop();
    const ana = await rig.laptop();

    await createProgram(rig, coordinator);
    const joinFile = await makeJoinFile(coordinator, 'ana.reyes', PASSPHRASE);
    {
      const { page } = coordinator.app;
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
      const { page } = ana.app;
      await joinProgram(ana, joinFile, PASSPHRASE);

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
    await rig?.close();
  }
});
