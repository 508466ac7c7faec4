import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { workshopOnDisk } from '../support/workshopOnDisk';
import { expect, expectNoSeriousA11yViolations, SCREENSHOT_DIR, test } from './fixtures';
import { planSeries } from './series';

const go = (page: Page, route: string) => page.goto(page.url().replace(/#.*$/, `#${route}`));
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${page.viewportSize()!.width}x${page.viewportSize()!.height}.png`), fullPage });

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`records stay true at ${size.width} x ${size.height}: Start only today, another day's meeting asks first, letters word counts and contact by rule`, async ({
    app,
    dataDir,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await page.setViewportSize(size);
    const workshopId = await planSeries(page); // today (Tuesday 2 March) is the first meeting; the next is Thursday

    // The schedule: Start for today's meeting only, the others open.
    await go(page, `/workshops/${workshopId}`);
    const meetings = page.locator('li.workshop-meeting');
    await expect(meetings.first().getByRole('link', { name: 'Start' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start', exact: true })).toHaveCount(1);
    await expect(meetings.nth(1).getByRole('link', { name: 'Open' })).toBeVisible();
    await shot(page, 'workshop-schedule-start-today', true);

    // Thursday's meeting, started today: the question, with no way to record it as held before its day.
    await meetings.nth(1).getByRole('link', { name: 'Open' }).click();
    await page.getByRole('button', { name: 'Start session' }).click();
    const question = page.getByRole('group', { name: /planned for Thursday, March 4, 2027, not today/ });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: /Record it as held/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'runner-start-question');
    await question.getByRole('button', { name: 'Move it to today and start' }).click();
    await expect(page.getByText(/Running since/)).toBeVisible();
    const saved = await workshopOnDisk(dataDir, workshopId);
    expect(saved.meetings.filter((meeting) => meeting.date === '2027-03-02')).toHaveLength(2);

    // All present with a mark made: the safe answer first.
    const grid = page.getByRole('grid', { name: 'Attendance for each participant' });
    await grid.getByRole('rowheader', { name: /JH-26-001/ }).focus();
    await page.keyboard.press('a');
    await page.keyboard.press('1');
    await page.getByRole('button', { name: 'All present' }).click();
    await expect(page.getByRole('button', { name: 'Mark the 11 unmarked people present' })).toBeFocused();
    await shot(page, 'runner-all-present-question');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'Yes, end the session' }).click();
    await expect(page.getByText(/^Held,/)).toBeVisible();

    // Settings › Organisation: the contact letters print.
    await go(page, '/settings');
    await page.getByLabel(/^Phone/).fill('555-0100');
    await page.getByLabel(/^Email/).fill('office@harbor.example');
    await page.getByLabel(/^Address/).fill('12 Main St\nOakland, CA 94607');
    await page.getByLabel(/^Address/).blur();
    await expect(page.getByRole('region', { name: 'Organisation' }).getByRole('status')).toHaveText('Saved');
    await shot(page, 'settings-organisation-contact');

    await go(page, `/print/workshops/${workshopId}/attendance-letter`);
    const letters = page.getByRole('article');
    await expect(letters.first()).toContainText('On Tuesday, March 2, 2027, 1 group meeting was held while they were enrolled. They did not attend it.');
    await expect(letters.nth(1)).toContainText('They attended it.');
    await expect(letters.first()).toContainText('please contact us at 555-0100, office@harbor.example, or 12 Main St, Oakland, CA 94607.');
    await shot(page, 'letter-with-contact');
  });
}
