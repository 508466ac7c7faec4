import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, SCREENSHOT_DIR, test } from './fixtures';
import { planSeries, TITLE } from './series';

const LAPTOP = { width: 1366, height: 768 };
const DESKTOP = { width: 1920, height: 1080 };

/** The page is no wider than the window: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `the page is ${widths.scroll}px wide in a ${widths.client}px window`).toBeLessThanOrEqual(widths.client);
}

/** What the window shows (not the whole page), at a laptop's and a desktop's size. */
async function screenshotsAtBothSizes(page: Page, name: string) {
  for (const size of [LAPTOP, DESKTOP]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize(LAPTOP);
}

test('the workshop page is in sections with their own addresses, fits a 1366 px laptop, and keeps the next meeting in view', async ({ app: { page } }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(LAPTOP);
  const workshopId = await planSeries(page);
  const sections = [
    { name: 'Schedule', path: `#/workshops/${workshopId}`, region: 'Schedule' },
    { name: 'Roster', path: `#/workshops/${workshopId}/roster`, region: 'Roster' },
    { name: 'Attendance and completion', path: `#/workshops/${workshopId}/attendance`, region: 'Attendance and completion' },
    { name: 'Surveys', path: `#/workshops/${workshopId}/surveys`, region: 'Surveys' },
    { name: 'Records and exports', path: `#/workshops/${workshopId}/records`, region: 'Records and exports' },
  ];

  await page.goto(page.url().replace(/#.*$/, sections[0]!.path));
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Workshop sections' });
  const strip = page.getByRole('group', { name: 'Status and next meeting' });
  for (const section of sections) {
    await menu.getByRole('link', { name: section.name }).click();
    await expect(page).toHaveURL(new RegExp(`${section.path.replace(/[/#]/g, '\\$&')}$`));
    await expect(page.getByRole('region', { name: section.region, exact: true })).toBeVisible();
    await expect(menu.getByRole('link', { name: section.name })).toHaveAttribute('aria-current', 'page');
    // Today is 2 March: the first meeting, 3:30 PM.
    await expect(strip).toContainText('Today: Meeting 1');
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);

    // Scrolled to the bottom, the next meeting is still in view.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const box = await strip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(LAPTOP.height);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshotsAtBothSizes(page, `workshop-${section.region.toLowerCase().replace(/ /g, '-')}`);
  }

  // An address opens its section directly, as after a reload.
  await page.goto(page.url().replace(/#.*$/, sections[2]!.path));
  await expect(page.getByRole('region', { name: 'Attendance and completion' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Attendance by meeting (scrolls sideways)' })).toBeVisible();
  await expectNoSidewaysScroll(page);

  // Edit details: a facilitator added since holds two roles here, and the page names both.
  await page.evaluate(async () => {
    const api = (window as unknown as { facilitator: Record<string, Record<string, (input: unknown) => Promise<unknown>>> }).facilitator;
    await api.settings!.saveFacilitator!({ name: 'Ben Okafor', roles: ['co-facilitator', 'survivor-mentor'] });
  });
  await page.reload();
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Edit the details' });
  await form.getByRole('checkbox', { name: 'Ben Okafor' }).check();
  await form.getByRole('group', { name: 'Roles of Ben Okafor' }).getByRole('checkbox', { name: 'Survivor mentor' }).check();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await screenshotsAtBothSizes(page, 'workshop-edit-details-roles');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Ben Okafor (Co-facilitator and Survivor mentor)')).toBeVisible();
});

test('every section of Settings fits a 1366 px laptop', async ({ app: { page } }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto(page.url().replace(/#.*$/, '#/settings'));
  const menu = page.getByRole('navigation', { name: 'Settings sections' });
  // The settings screen loads when first opened: wait for its menu before reading it.
  await expect(menu.getByRole('link')).toHaveCount(11);
  const names = await menu.getByRole('link').allTextContents();
  for (const name of names) {
    await menu.getByRole('link', { name, exact: true }).click();
    await expect(menu.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await screenshotsAtBothSizes(page, `settings-${name.toLowerCase().replace(/ /g, '-')}`);
  }
});

test('Today after the first start: the checklist ticks each step as it is done; planning gives one person several roles and keeps a half-filled plan', async ({
  app: { page },
}) => {
  await page.setViewportSize(LAPTOP);
  const checklist = page.getByRole('region', { name: 'Getting started' });
  await expect(checklist).toContainText('0 of 5 done');
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await screenshotsAtBothSizes(page, 'today-first-run');

  // Each step's link opens the section where it is done.
  await checklist.getByRole('link', { name: 'Your team of facilitators' }).click();
  await expect(page.getByRole('region', { name: 'Facilitators' })).toBeVisible();
  await page.getByRole('region', { name: 'Facilitators' }).getByLabel('Name').fill('Ben Okafor');
  await page.getByRole('region', { name: 'Facilitators' }).getByRole('checkbox', { name: 'Co-facilitator' }).check();
  await page.getByRole('region', { name: 'Facilitators' }).getByRole('checkbox', { name: 'Survivor mentor' }).check();
  await page.getByRole('region', { name: 'Facilitators' }).getByRole('button', { name: 'Add facilitator' }).click();
  await expect(page.getByRole('region', { name: 'Facilitators' }).getByText('Ben Okafor')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Your team of facilitators' })).toContainText('Done');
  await expect(checklist).toContainText('1 of 5 done');

  // Planning: one person can hold several roles; the module's required roles count them all.
  await checklist.getByRole('link', { name: 'Plan your first workshop' }).click();
  await page.getByRole('radio', { name: /Knowing Your Worth/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Title').fill('Unit B');
  await page.getByRole('button', { name: 'Next' }).click();
  const roles = page.getByRole('group', { name: 'Roles of Ben Okafor' });
  await roles.getByRole('checkbox', { name: 'Co-facilitator' }).check();
  await roles.getByRole('checkbox', { name: 'Survivor mentor' }).check();
  await roles.getByRole('combobox', { name: 'Add another role for Ben Okafor' }).selectOption({ label: 'Lead' });
  await expect(roles.getByRole('checkbox', { name: 'Lead' })).toBeChecked();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await screenshotsAtBothSizes(page, 'plan-facilitators-several-roles');

  // Leaving the plan half-filled, then coming back: it is offered again.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await page.goto(page.url().replace(/#.*$/, '#/workshops/new'));
  await expect(page.getByRole('group', { name: 'You have a plan you did not finish' })).toBeVisible();
  await screenshotsAtBothSizes(page, 'plan-resume-offer');
  await page.getByRole('button', { name: 'Resume your draft' }).click();
  await expect(page.getByRole('group', { name: 'Roles of Ben Okafor' }).getByRole('checkbox', { name: 'Survivor mentor' })).toBeChecked();
});

test('Settings shows where exports are saved first and can forget it; the getting-started list can be shown again', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize(LAPTOP);
  await page.goto(page.url().replace(/#.*$/, '#/settings/privacy'));
  const exportsSection = page.getByRole('region', { name: 'Export folder' });
  await expect(exportsSection).toContainText('Not chosen yet: the first save asks.');

  // The first save asks; the folder then chosen is shown once Settings is opened again.
  const outDir = await mkdtemp(join(tmpdir(), 'facilitator-'));
  const folder = join(outDir, 'County office exports', 'Spring term 2027');
  await mkdir(folder, { recursive: true });
  app.host.nextSaveTarget = join(folder, 'resources.pdf');
  // Saved from a page that holds no records: the local resources handout.
  await page.goto(page.url().replace(/#.*$/, '#/print/resources'));
  await page.evaluate(async () => {
    const api = (window as unknown as { facilitator: Record<string, Record<string, (input: unknown) => Promise<unknown>>> }).facilitator;
    const saved = (await api.print!.savePdf!({ fileName: 'resources.pdf' })) as { ok: boolean };
    if (!saved.ok) throw new Error('The resources handout was not saved.');
    await api.settings!.setPreferences!({ firstRunChecklistHidden: true });
  });
  await page.goto(page.url().replace(/#.*$/, '#/settings/privacy'));
  await page.reload();
  await expect(exportsSection).toContainText(`Where exports are saved first: ${folder}`);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await screenshotsAtBothSizes(page, 'settings-privacy-export-folder');
  await exportsSection.getByRole('button', { name: 'Forget this folder' }).click();
  await expect(exportsSection).toContainText('Not chosen yet: the first save asks.');
  await expect(exportsSection.getByRole('status')).toHaveText('Saved');

  await page.goto(page.url().replace(/#.*$/, '#/settings/organisation'));
  const gettingStarted = page.getByRole('region', { name: 'Getting started on Today' });
  await gettingStarted.scrollIntoViewIfNeeded();
  await expect(gettingStarted.getByRole('checkbox', { name: 'Show the “Getting started” list on Today' })).not.toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await screenshotsAtBothSizes(page, 'settings-organisation-getting-started');
  await gettingStarted.getByRole('checkbox', { name: 'Show the “Getting started” list on Today' }).check();
  await expect(gettingStarted.getByRole('status')).toHaveText('Saved');
  await page.goto(page.url().replace(/#.*$/, '#/today'));
  await expect(page.getByRole('region', { name: 'Getting started' })).toContainText('0 of 5 done');
  await rm(outDir, { recursive: true, force: true });
});
