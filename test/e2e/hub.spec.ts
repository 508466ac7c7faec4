/**
 * Issue 20's end-to-end test: two facilitators and a coordinator run the five-week series together
 * through the program hub, each in their own data folder, against a real CouchDB-compatible server
 * (pouchdb-server, in memory, on 127.0.0.1, started and stopped here).
 */
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, openScreen, screenshot, test } from './fixtures';
import { createProgram, hubRegion, joinProgram, makeJoinFile, openHubSettings, startProgramRig, type ProgramRig } from './hubProgram';
import { CODES, planSeries, TITLE } from './series';

const PASSPHRASES = { 'ana.reyes': 'lantern river coat', 'ben.okafor': 'maple harbor kite' } as const;

async function syncNow(page: Page): Promise<void> {
  await openHubSettings(page);
  await hubRegion(page).getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('link', { name: /Program hub: Up to date/ })).toBeVisible({ timeout: 20_000 });
}

test('two facilitators and a coordinator run the five-week series together through the hub', async () => {
  test.setTimeout(300_000);
  let rig: ProgramRig | undefined;
  try {
    rig = await startProgramRig('harbor-youth');
    const { hub } = rig;
    const coordinator = await rig.laptop();
    const ana = await rig.laptop();
    const ben = await rig.laptop();

    // The coordinator connects and creates the program, then makes a join file for each facilitator.
    await createProgram(rig, coordinator);
    const anaFile = await makeJoinFile(coordinator, 'ana.reyes', PASSPHRASES['ana.reyes']);
    const benFile = await makeJoinFile(coordinator, 'ben.okafor', PASSPHRASES['ben.okafor']);
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
    await rig?.close();
  }
});
