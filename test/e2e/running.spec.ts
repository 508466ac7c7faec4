import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Workshop } from '../../core/domain/workshop';
import { workshopOnDisk } from '../support/workshopOnDisk';
import { expect, expectNoSeriousA11yViolations, openScreen, screenshot, test } from './fixtures';
import { CODES, planSeries, TITLE } from './series';

async function workshopFile(dataDir: string, id: string): Promise<Workshop> {
  return await workshopOnDisk(dataDir, id);
}

test('runs the first meeting of the five-week series: attendance by keyboard, fidelity, presenter view, end, progress', async ({ app, dataDir }) => {
  test.setTimeout(180_000); // a whole meeting, activity by activity, with axe on three screens
  const { page } = app;
  const workshopId = await planSeries(page);

  await openScreen(page, 'Today');
  await page.getByRole('article').filter({ hasText: TITLE }).getByRole('link', { name: /Start/ }).click();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByText(/Running since/)).toBeVisible();

  // Attendance by keyboard only: p = present, l = late, a = absence (1 = the first reason), x = excused (Enter = no reason).
  const grid = page.getByRole('grid', { name: 'Attendance for each participant' });
  await grid.getByRole('rowheader', { name: /JH-26-001/ }).focus();
  for (const key of ['p', 'p', 'l', 'p', 'a', '1', 'p', 'p', 'e', 'p', 'p', 'x', 'Enter', 'p']) await page.keyboard.press(key);
  await expect.poll(async () => (await workshopFile(dataDir, workshopId)).attendance.length).toBe(12);
  const marks = (await workshopFile(dataDir, workshopId)).attendance;
  const statusOf = (code: string) => marks.find((mark) => mark.participantId === participantIdOf(code))?.statusId;
  const participants = JSON.parse(await readFile(join(dataDir, 'participants.json'), 'utf8')) as { participants: { id: string; code: string }[] };
  const participantIdOf = (code: string) => participants.participants.find((participant) => participant.code === code)?.id;
  expect(CODES.map(statusOf)).toEqual([
    'present',
    'present',
    'late',
    'present',
    'absent',
    'present',
    'present',
    'left-early',
    'present',
    'present',
    'excused',
    'present',
  ]);
  expect(marks.find((mark) => mark.statusId === 'absent')?.reasonId).toBe('court-date');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'runner-attendance');

  // The projector window: the activity and timer, never a code.
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  await expect.poll(() => app.presenterPage()).toBeTruthy();
  const presenter = app.presenterPage()!;
  await expect(presenter.getByText('Youth Crisis Line')).toBeVisible();

  // Each activity: move to it (reading any content notice first), and record how it went.
  const steps = page.locator('li.run-step');
  const count = await steps.count();
  expect(count).toBeGreaterThan(3);
  for (let index = 0; index < count; index += 1) {
    const notice = page.getByRole('button', { name: 'Continue to the activity' });
    if (await notice.isVisible()) await notice.click();
    const step = steps.nth(index);
    await step.getByRole('button', { name: 'How did it go?' }).click();
    if (index === 1) {
      await step.getByRole('radio', { name: 'Adapted' }).check();
      await step.getByLabel('What did you change?').fill('Shorter: the unit was called early');
    } else {
      await step.getByRole('radio', { name: 'As planned' }).check();
    }
    await step.getByRole('button', { name: 'Save' }).click();
    await expect(step.getByText(/How it went:/)).toBeVisible();
    if (index === 0) {
      const firstActivity = (await workshopFile(dataDir, workshopId)).module.sessions[0]!.activities[0]!;
      await expect(presenter.getByText(firstActivity.title).first()).toBeVisible();
      await screenshot(presenter, 'presenter');
    }
    if (index < count - 1) await page.getByRole('button', { name: 'Next activity' }).click();
  }
  const presenterText = await presenter.locator('body').innerText();
  expect(presenterText).not.toMatch(/JH-26-\d{3}/);
  await expectNoSeriousA11yViolations(presenter);

  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Yes, end the session' }).click();
  await expect(page.getByText(/^Held,/)).toBeVisible();
  const saved = await workshopFile(dataDir, workshopId);
  const run = saved.runs.find((item) => item.meetingId === saved.meetings[0]!.id)!;
  expect(run).toMatchObject({ startedAt: expect.any(String), endedAt: expect.any(String) });
  expect(run.fidelity).toHaveLength(count);
  expect(run.fidelity.filter((entry) => entry.outcome === 'adapted')).toHaveLength(1);
  await screenshot(page, 'runner-ended');

  // The workshop page: the grid and completion now count the held meeting.
  await page
    .getByRole('link', { name: `Back to the workshop “${TITLE}”` })
    .first()
    .click();
  const sectionMenu = page.getByRole('navigation', { name: 'Workshop sections' });
  await sectionMenu.getByRole('link', { name: 'Attendance and completion' }).click();
  const progress = page.getByRole('region', { name: /Attendance and completion/ });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('table')).toContainText('JH-26-012');
  await expect(progress.getByText(/1 of 1/).first()).toBeVisible();
  // Absent (court date) and excused from session 1, which the module requires: at risk until a make-up.
  await expect(progress.getByText('At risk', { exact: true })).toHaveCount(2);
  await expect(progress.getByRole('button', { name: 'Schedule a make-up' })).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'workshop-progress');

  // The attendance as CSV, by program code, read back with a CSV parser.
  await sectionMenu.getByRole('link', { name: 'Records and exports' }).click();
  const target = join(dataDir, 'unit-b-attendance.csv');
  app.host.nextSaveTarget = target;
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'workshop-export');
  await page.getByRole('button', { name: 'Save attendance as CSV…' }).click();
  await expect(page.getByText(`Saved to ${target}`)).toBeVisible();
  const text = await readFile(target, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1).trim(), { skipEmptyLines: true }).data;
  expect(rows).toHaveLength(13); // a header and the twelve youths at the held meeting
  expect(
    rows
      .slice(1)
      .map((row) => row.find((cell) => /^JH-26-\d{3}$/.test(cell)))
      .sort(),
  ).toEqual(CODES);
  const audit = (await workshopFile(dataDir, workshopId)).audit;
  expect(audit.at(-1)).toMatchObject({ kind: 'exported', identification: 'codes' });
});
