import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshot, test } from './fixtures';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const HYPERLINK_CSV = resolve(__dirname, '../fixtures/roster/excel-hyperlink.csv');

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: { workshop: { id: string } } }>>>;

/** A Tuesday and Thursday series with one lead facilitator, made through the bridge. */
async function seriesId(page: Page): Promise<string> {
  const created = await page.evaluate(async () => {
    const api = (window as unknown as { facilitator: Bridge }).facilitator;
    await api.settings!.saveFacilitator!({ name: 'Ana Reyes', roles: ['lead', 'clinician'] });
    return api.workshops!.create!({
      title: 'Unit B',
      audience: 'Girls 14–17',
      facilitators: [],
      timeZone: 'America/Los_Angeles',
      moduleId: 'juvenile-hall-five-week-series',
      plan: { startDate: '2027-03-02', weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
      participantIds: [],
    });
  });
  if (!created.ok || !created.value) throw new Error('The workshop could not be created');
  // The screens read settings when they open: the new facilitator shows after a reload.
  await page.reload();
  return created.value.workshop.id;
}

async function shots(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, `${name}-${size.width}`);
  }
}

test('warns of meetings at times the clocks skip or repeat, when planning and when adding a meeting', async ({ app }) => {
  const { page } = app;
  const id = await seriesId(page);

  await page.goto(`${page.url().split('#')[0]}#/workshops/${id}`);
  await page.getByRole('button', { name: 'Add a meeting' }).click();
  const form = page.getByRole('form', { name: 'Add a meeting' });
  await form.getByLabel('Date').fill('2027-11-07');
  await form.getByLabel('Start time').fill('01:30');
  const repeated = form.getByRole('note', { name: 'Clock change' });
  await expect(repeated).toContainText('On Sunday, November 7, 2027 the clocks go back, so 1:30 AM happens twice');
  await repeated.scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  await shots(page, 'clock-change-add-meeting');

  await page.goto(`${page.url().split('#')[0]}#/workshops/new?module=juvenile-hall-five-week-series`);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Title').fill('Unit C');
  await page.getByLabel('Time zone').selectOption('America/Los_Angeles');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'Ana Reyes' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'Sunday' }).check();
  await page.getByLabel('First day').fill('2027-03-02');
  await page.getByLabel('Start time').fill('02:30');
  const skipped = page.getByRole('note', { name: 'Clock change' });
  await expect(skipped).toContainText(
    'On Sunday, March 14, 2027 the clocks go forward, so 2:30 AM does not happen in Pacific Time (Los Angeles). This meeting will be at 3:30 AM',
  );
  await expectNoSeriousA11yViolations(page);
  await shots(page, 'clock-change-plan-schedule');
});

test('shows every row’s problems in a roster file with a formula holding quotes, instead of refusing it', async ({ app }) => {
  const { page, host } = app;
  const id = await seriesId(page);
  await page.goto(`${page.url().split('#')[0]}#/workshops/${id}/roster`);
  await page.getByRole('button', { name: 'Import from CSV…' }).click();
  host.nextOpenFile = HYPERLINK_CSV;
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  const rows = page.getByRole('table', { name: 'Rows of the file' });
  await expect(rows.getByRole('row')).toHaveCount(11); // a header and ten rows
  await expect(page.getByText('JH-26-042 is also on line 4.')).toBeVisible();
  await expect(page.getByText('The code is empty.')).toBeVisible();
  await expect(page.getByText('The “initials” cell begins with “=”, which spreadsheet programs run as a formula.', { exact: false }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shots(page, 'roster-import-hyperlink');
});
