import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import type { Workshop } from '../../core/domain/workshop';
import { workshopOnDisk as storedWorkshop } from '../support/workshopOnDisk';
import { expect, expectNoSeriousA11yViolations, openScreen, screenshot, test } from './fixtures';

const SERIES = 'Knowing Your Worth: A Five-Week Series for Girls in Juvenile Hall';
const TITLE = 'Knowing Your Worth – Unit B';
const ROSTER_CSV = resolve(__dirname, '../fixtures/roster/juvenile-hall-part.csv');
const MIXED_CSV = resolve(__dirname, '../fixtures/roster/mixed-problems.csv');

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<{ ok: boolean }>>>;

/** What a coordinator set up beforehand: staff, the hall, and seven young people in the registry. */
async function seed(page: Page): Promise<void> {
  const failures = await page.evaluate(async () => {
    const api = (window as unknown as { facilitator: Bridge }).facilitator;
    const results = [
      await api.settings!.setOrganisation!({ name: 'Harbor Youth Services' }),
      await api.settings!.saveFacilitator!({ name: 'Ana Reyes', roles: ['lead', 'clinician'] }),
      await api.settings!.saveFacilitator!({ name: 'Dee Carter', roles: ['survivor-mentor'] }),
      await api.settings!.saveSite!({ name: 'Hillcrest Juvenile Hall', kind: 'detention' }),
    ];
    const initials = ['AB', 'CD', 'EF', 'GH', 'JK', 'LM', 'NP'];
    for (const [index, value] of initials.entries()) {
      results.push(await api.participants!.save!({ code: `JH-26-00${index + 1}`, initials: value }));
    }
    return results.filter((result) => !result.ok).length;
  });
  expect(failures).toBe(0);
  await page.reload();
}

async function workshopOnDisk(dataDir: string, page: Page): Promise<Workshop> {
  const id = /#\/workshops\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`Not on a workshop page: ${page.url()}`);
  return await storedWorkshop(dataDir, id);
}

test('plans the five-week juvenile-hall series, imports part of the roster, exports the .ics and sees it on Today', async ({ app, dataDir }) => {
  const { page, host } = app;
  await seed(page);

  // From the module in the library to the planning steps.
  await openScreen(page, 'Curricula');
  await page.getByRole('link', { name: SERIES }).click();
  await page.getByRole('link', { name: 'Plan a workshop from this module' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a workshop' })).toBeVisible();
  await expect(page.getByRole('radio', { name: new RegExp(SERIES) })).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'plan-1-module');
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByLabel('Title').fill(TITLE);
  await page.getByLabel('Who it is for').fill('Girls 14–17, Unit B');
  await page.getByLabel(/^Site/).selectOption({ label: 'Hillcrest Juvenile Hall' });
  await expect(page.getByLabel('Time zone')).toHaveValue('America/Los_Angeles');
  await screenshot(page, 'plan-2-details');
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('checkbox', { name: 'Ana Reyes' }).check();
  await page.getByRole('checkbox', { name: 'Dee Carter' }).check();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'plan-3-facilitators');
  await page.getByRole('button', { name: 'Next' }).click();

  // Two sessions a week: Tuesday and Thursday are chosen for this module already.
  await expect(page.getByRole('checkbox', { name: 'Tuesday' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Thursday' })).toBeChecked();
  await page.getByLabel('First day').fill('2027-03-02');
  await page.getByLabel('Start time').fill('15:30');
  const meetings = page.getByRole('table', { name: /meetings/i });
  await expect(meetings.getByRole('row')).toHaveCount(11); // a header and ten meetings
  await expect(page.getByText(/Thursday, April 1, 2027/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'plan-4-schedule');
  await page.getByRole('button', { name: 'Next' }).click();

  for (let n = 1; n <= 7; n += 1) await page.getByRole('checkbox', { name: new RegExp(`JH-26-00${n}`) }).check();
  await screenshot(page, 'plan-5-roster');
  await page.getByRole('button', { name: 'Next' }).click();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'plan-6-review');
  await page.getByRole('button', { name: 'Create workshop' }).click();

  // The workshop page, and the file behind it.
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  let saved = await workshopOnDisk(dataDir, page);
  expect(saved.module).toMatchObject({ id: 'juvenile-hall-five-week-series', version: 1 });
  expect(saved.meetings.map((meeting) => meeting.date)).toEqual([
    '2027-03-02',
    '2027-03-04',
    '2027-03-09',
    '2027-03-11',
    '2027-03-16',
    '2027-03-18',
    '2027-03-23',
    '2027-03-25',
    '2027-03-30',
    '2027-04-01',
  ]);
  expect(saved.facilitators.map((facilitator) => facilitator.name)).toEqual(['Ana Reyes', 'Dee Carter']);
  expect(saved.roster).toHaveLength(7);

  // A file with mistakes: every row is shown with its problems, and nothing changes.
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: 'Roster' }).click();
  await page.getByRole('button', { name: 'Import from CSV…' }).click();
  host.nextOpenFile = MIXED_CSV;
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await expect(page.getByText('JH-26-013 is also on line 2.', { exact: false })).toBeVisible();
  await expect(page.getByText('which spreadsheet programs run as a formula', { exact: false }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'workshop-roster-import-problems');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  expect((await workshopOnDisk(dataDir, page)).roster).toHaveLength(7);

  // Five more young people from the unit's list, through a preview.
  await page.getByRole('button', { name: 'Import from CSV…' }).click();
  host.nextOpenFile = ROSTER_CSV;
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  const rows = page.getByRole('table', { name: 'Rows of the file' });
  await expect(rows.getByRole('row')).toHaveCount(6);
  await expect(page.getByText('Nothing has changed yet.', { exact: false })).toBeVisible();
  expect((await workshopOnDisk(dataDir, page)).roster).toHaveLength(7);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'workshop-roster-import');
  await page.getByRole('button', { name: 'Enrol 5 participants' }).click();
  await expect(rows).toHaveCount(0);
  await expect(page.getByText('12 participants on the roster now')).toBeVisible();
  saved = await workshopOnDisk(dataDir, page);
  expect(saved.roster).toHaveLength(12);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'workshop');

  // The schedule as an iCalendar file, read back with a real parser.
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: 'Records and exports' }).click();
  const target = join(dataDir, 'unit-b.ics');
  host.nextSaveTarget = target;
  await page.getByRole('button', { name: 'Export schedule (.ics)' }).click();
  await expect(page.getByText(`Saved to ${target}`, { exact: false })).toBeVisible();
  const calendar = new ICAL.Component(ICAL.parse(await readFile(target, 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  expect(events).toHaveLength(10);
  expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-03-02T23:30:00.000Z');
  // After the clocks change on 14 March, 15:30 in Los Angeles is an hour earlier in UTC.
  expect(events[4]!.startDate.toJSDate().toISOString()).toBe('2027-03-16T22:30:00.000Z');
  expect(events.map((event) => event.uid)).toEqual(saved.meetings.map((meeting) => `${meeting.id}@facilitator.invalid`));
  expect(await readFile(target, 'utf8')).not.toContain('JH-26-');

  // A lockdown on 9 March: the meeting is cancelled and its session handed on to the later ones.
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Cancel…' }).nth(2).click();
  await page.getByRole('radio', { name: 'Lockdown' }).check();
  await page.getByLabel('Note').fill('Unit on lockdown');
  await page.getByRole('checkbox', { name: /Hand its sessions on/ }).check();
  await page.getByRole('button', { name: 'Cancel the meeting' }).click();
  await expect(page.getByText('Unit on lockdown')).toBeVisible();
  saved = await workshopOnDisk(dataDir, page);
  expect(saved.meetings).toHaveLength(11);
  expect(saved.meetings[2]).toMatchObject({ date: '2027-03-09', cancellation: { reason: 'lockdown', note: 'Unit on lockdown' } });
  expect(saved.meetings[10]).toMatchObject({ date: '2027-04-06', sessionIds: [saved.module.sessions[9]!.id] });
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'workshop-cancelled');

  // Today is Tuesday 2 March 2027: the first meeting, with a way to start it.
  await openScreen(page, 'Today');
  const card = page.getByRole('article').filter({ hasText: TITLE }).first();
  await expect(card).toContainText('Starting Together');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'today');
  await card.getByRole('link', { name: /Start/ }).click();
  await expect(page.getByRole('heading', { name: /Starting Together/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'meeting');

  await openScreen(page, 'Calendar');
  await expect(page.getByRole('link', { name: new RegExp(TITLE) })).toHaveCount(10); // nine in March, and 1 April in the grid's last week
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'calendar-month');
  await page.getByRole('button', { name: 'Week' }).click();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'calendar-week');

  await openScreen(page, 'Participants');
  await expect(page.getByRole('heading', { name: 'JH-26-012' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'participants');

  await openScreen(page, 'Workshops');
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'workshops');
});
