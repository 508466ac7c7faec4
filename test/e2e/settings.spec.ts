import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings } from '../../core/domain/settings';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, openScreen, screenshot, test } from './fixtures';

const settingsOnDisk = async (dataDir: string): Promise<Settings> => JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as Settings;

/** Opens one section of Settings by its menu. */
async function openSettingsSection(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name }).click();
  await expect(page.getByRole('region', { name })).toBeVisible();
}

test('every screen is reachable from the navigation and passes axe', async ({ app: { page } }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  for (const screen of ['Today', 'Calendar', 'Workshops', 'Participants', 'Curricula', 'Reports', 'Settings']) {
    await nav.getByRole('link', { name: screen }).click();
    await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
    await expect(nav.getByRole('link', { name: screen })).toHaveAttribute('aria-current', 'page');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `screen-${screen.toLowerCase()}`);
  }
});

test('settings are saved to disk as they are made and are there after a restart', async ({ app, dataDir }) => {
  const { page } = app;
  await openScreen(page, 'Settings');

  const orgName = page.getByLabel('Organisation name');
  await orgName.fill('Harbor Youth Services');
  await orgName.press('Enter');
  await expect(page.getByText('Saved').first()).toBeVisible();
  await expect.poll(async () => (await settingsOnDisk(dataDir)).organisation.name).toBe('Harbor Youth Services');

  await openSettingsSection(page, 'Facilitators');
  const facilitators = page.getByRole('region', { name: 'Facilitators' });
  await facilitators.getByLabel('Name').fill('Dana Reyes');
  await facilitators.getByRole('checkbox', { name: 'Lead' }).check();
  await facilitators.getByRole('checkbox', { name: 'Survivor mentor' }).check();
  await facilitators.getByRole('button', { name: 'Add facilitator' }).click();
  await expect(facilitators.getByText('Dana Reyes')).toBeVisible();
  await screenshot(page, 'settings-facilitators');

  await openSettingsSection(page, 'Sites');
  const sites = page.getByRole('region', { name: 'Sites' });
  await sites.getByLabel('Site name').fill('East Juvenile Hall');
  await sites.getByLabel('Kind of site').selectOption({ label: 'Detention' });
  await sites.getByRole('button', { name: 'Add site' }).click();
  await expect(sites.getByText('East Juvenile Hall')).toBeVisible();
  await screenshot(page, 'settings-sites');

  await openSettingsSection(page, 'Local resources');
  const resources = page.getByRole('region', { name: 'Local resources' });
  await resources.getByLabel('Name').fill('National Human Trafficking Hotline');
  await resources.getByLabel('Phone or text line').fill('1-888-373-7888, text 233733');
  await resources.getByLabel('Hours').fill('24 hours, every day');
  await resources.getByRole('button', { name: 'Add resource' }).click();
  await expect(resources.getByText('National Human Trafficking Hotline')).toBeVisible();

  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'settings-filled');

  const saved = await settingsOnDisk(dataDir);
  expect(saved.facilitators).toEqual([{ id: expect.any(String), name: 'Dana Reyes', roles: ['lead', 'survivor-mentor'] }]);
  expect(saved.sites).toEqual([{ id: expect.any(String), name: 'East Juvenile Hall', kind: 'detention' }]);
  expect(saved.resources).toEqual([
    { id: expect.any(String), name: 'National Human Trafficking Hotline', contact: '1-888-373-7888, text 233733', hours: '24 hours, every day', notes: '' },
  ]);

  await page.reload();
  await openScreen(page, 'Settings');
  await expect(page.getByLabel('Organisation name')).toHaveValue('Harbor Youth Services');

  await app.restart();
  await openScreen(page, 'Settings');
  await expect(page.getByLabel('Organisation name')).toHaveValue('Harbor Youth Services');
  await openSettingsSection(page, 'Facilitators');
  await expect(page.getByRole('region', { name: 'Facilitators' }).getByText('Dana Reyes')).toBeVisible();
  // Each section has its own address, kept across a reload.
  await openSettingsSection(page, 'Sites');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Sites' }).getByText('East Juvenile Hall')).toBeVisible();
});

test('a refused change shows its message next to the field and keeps what was typed', async ({ app: { page }, dataDir }) => {
  await openScreen(page, 'Settings');
  await openSettingsSection(page, 'Facilitators');
  const facilitators = page.getByRole('region', { name: 'Facilitators' });
  await facilitators.getByLabel('Name').fill('Ana Ortiz');
  await facilitators.getByRole('button', { name: 'Add facilitator' }).click();
  await expect(facilitators.getByText(/needs at least one\./)).toBeVisible();
  await expect(facilitators.getByLabel('Name')).toHaveValue('Ana Ortiz');
  expect((await settingsOnDisk(dataDir)).facilitators).toEqual([]);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'settings-error');
});

test('a damaged settings file is replaced by its newest backup, with a notice', async ({ app, dataDir }) => {
  // Later than the fixture's own first open (E2E_NOW, 2 March 2027), so these generations are the newest.
  const day = (n: number) => () => new Date(Date.UTC(2027, 3, n, 12));
  await app.restart({ now: day(1) });
  await openScreen(app.page, 'Settings');
  const orgName = app.page.getByLabel('Organisation name');
  await orgName.fill('Harbor Youth Services');
  await orgName.press('Enter');
  await expect.poll(async () => (await settingsOnDisk(dataDir)).organisation.name).toBe('Harbor Youth Services');

  await app.restart({ now: day(2) }); // the day's backup now holds the organisation name
  await app.store.close();
  await writeFile(join(dataDir, 'settings.json'), '{"schemaVersion": 1, "organisa');
  await app.restart({ now: day(3) });

  const notice = app.page.getByRole('region', { name: 'Important notices about your data' });
  await expect(notice.getByText('A damaged data file was replaced by its backup')).toBeVisible();
  await expect(notice.getByText(/settings\.json/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(app.page);
  await screenshot(app.page, 'notice-recovered');

  await openScreen(app.page, 'Settings');
  await expect(app.page.getByLabel('Organisation name')).toHaveValue('Harbor Youth Services');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice.getByText('A damaged data file was replaced by its backup')).toHaveCount(0);
});

test('the page cannot reach the network', async ({ app: { page } }) => {
  const blocked = await page.evaluate(() =>
    fetch('https://example.org/').then(
      () => false,
      () => true,
    ),
  );
  expect(blocked).toBe(true);
});
