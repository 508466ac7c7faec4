import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import type { Workshop } from '../../core/domain/workshop';
import { pdfInfo, pdfText, pdfToImages } from '../support/pdf';
import { workshopOnDisk } from '../support/workshopOnDisk';
import { expect, expectNoSeriousA11yViolations, SCREENSHOT_DIR, screenshot, test } from './fixtures';

const TITLE = 'Knowing Your Worth – Winter';
const SMALL_TITLE = 'Knowing Your Worth – Unit C';
const CODES = Array.from({ length: 12 }, (_, index) => `JH-26-${String(index + 1).padStart(3, '0')}`);

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { reason: unknown } }>>>;

/**
 * The five-week series held from 5 January to 4 February 2027 (before the tests' "now", 2 March),
 * for twelve young people with initials: JH-26-011 missed four meetings and JH-26-012 missed the first
 * (a required session), so ten completed. A second, small workshop at another site for three people.
 */
async function heldSeries(page: Page): Promise<string> {
  const workshopId = await page.evaluate(
    async ({ codes, title, smallTitle }) => {
      const api = (window as unknown as { facilitator: Bridge }).facilitator;
      const must = async (result: Promise<{ ok: boolean; value?: unknown; error?: { reason: unknown } }>) => {
        const settled = await result;
        if (!settled.ok) throw new Error(JSON.stringify(settled.error?.reason));
        return settled.value as Record<string, unknown>;
      };
      await must(api.settings!.setOrganisation!({ name: 'Harbor Youth Services' }));
      await must(
        api.settings!.saveResource!({
          name: 'Youth Crisis Line',
          contact: 'Text 555-0100',
          hours: '24 hours, every day',
          notes: 'Free, and you can stay anonymous.',
        }),
      );
      await must(api.settings!.saveResource!({ name: 'Harbor Drop-in Center', contact: '555-0142', hours: 'Mon–Fri 10am–6pm', notes: '' }));
      const withStaff = await must(api.settings!.saveFacilitator!({ name: 'Ana Reyes', roles: ['lead'] }));
      const withHall = await must(api.settings!.saveSite!({ name: 'Hillcrest Juvenile Hall', kind: 'detention' }));
      const withSchool = await must(api.settings!.saveSite!({ name: 'Bayview High School', kind: 'school' }));
      const facilitatorId = (withStaff.facilitators as { id: string }[])[0]!.id;
      const [hall, school] = (withSchool.sites as { id: string; name: string }[]).map((site) => site.id);
      void withHall;

      const ids: string[] = [];
      for (const [index, code] of codes.entries()) {
        const initials = `${String.fromCharCode(65 + index)}${String.fromCharCode(77 + (index % 10))}`;
        ids.push(((await must(api.participants!.save!({ code, initials }))).participant as { id: string }).id);
      }
      const plan = (startDate: string) => ({ startDate, weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] });
      const create = async (workshopTitle: string, siteId: string, participantIds: string[], startDate: string) =>
        (
          await must(
            api.workshops!.create!({
              title: workshopTitle,
              audience: 'Girls 14–17',
              siteId,
              facilitators: [{ facilitatorId, roles: ['lead'] }],
              timeZone: 'America/Los_Angeles',
              moduleId: 'juvenile-hall-five-week-series',
              plan: plan(startDate),
              participantIds,
            }),
          )
        ).workshop as { id: string; meetings: { id: string }[] };

      const markEveryone = async (workshop: { id: string; meetings: { id: string }[] }, absences: Record<string, number[]>) => {
        for (const [index, meeting] of workshop.meetings.entries()) {
          await must(
            api.attendance!.markAll!({ workshopId: workshop.id, meetingId: meeting.id, statusId: 'present', overwrite: false, confirmPastEdit: true }),
          );
          for (const [participantId, meetings] of Object.entries(absences)) {
            if (meetings.includes(index + 1)) {
              await must(api.attendance!.mark!({ workshopId: workshop.id, meetingId: meeting.id, participantId, statusId: 'absent', confirmPastEdit: true }));
            }
          }
        }
      };
      const winter = await create(title, hall!, ids, '2027-01-05');
      await markEveryone(winter, { [ids[10]!]: [3, 5, 7, 9], [ids[11]!]: [1] });
      const smallGroup = await create(smallTitle, school!, ids.slice(0, 3), '2027-01-12');
      await markEveryone(smallGroup, {});
      return winter.id;
    },
    { codes: CODES, title: TITLE, smallTitle: SMALL_TITLE },
  );
  await page.reload();
  return workshopId;
}

async function workshopFile(dataDir: string, id: string): Promise<Workshop> {
  return await workshopOnDisk(dataDir, id);
}

/** Saves the record on screen as a PDF to `name` in the data folder's parent, and reads it back. */
async function savePdf(app: { page: Page; host: { nextSaveTarget: string | undefined } }, dataDir: string, name: string) {
  const target = join(dataDir, name);
  app.host.nextSaveTarget = target;
  await app.page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(app.page.getByText(`Saved to ${target}`)).toBeVisible();
  await pdfToImages(target, join(SCREENSHOT_DIR, name.replace(/\.pdf$/, '')), 2);
  return { path: target, text: await pdfText(target), info: await pdfInfo(target) };
}

test('prints a sign-in sheet, the attendance summary, letters, certificates and the resources handout as PDFs', async ({ app, dataDir }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const workshopId = await heldSeries(page);

  // From the workshop's Records and exports: the sign-in sheet for the first meeting.
  await page.goto(page.url().replace(/#.*$/, `#/workshops/${workshopId}/records`));
  await page.getByLabel('Meeting', { exact: true }).selectOption({ index: 0 });
  await page.getByRole('link', { name: 'Sign-in sheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in sheet' })).toBeVisible();
  await expect(page.getByText('People are identified by program code.').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'print-sign-in');
  const letterSheet = await savePdf(app, dataDir, 'sign-in-letter.pdf');
  expect(letterSheet.info.size).toMatch(/^612 x 792 pts/);
  for (const code of CODES) expect(letterSheet.text).toContain(code);
  expect(letterSheet.text).toMatch(/Sign-in sheet/);
  expect(letterSheet.text).toMatch(/Signature/);
  expect(letterSheet.text).toMatch(/Tuesday, January 5, 2027/);

  // A4, by initials: the codes are gone from the page and the file.
  await page.getByLabel('Paper').selectOption('a4');
  await page.getByLabel('Identify people by').selectOption('initials');
  await expect(page.getByRole('cell', { name: 'AM', exact: true })).toBeVisible();
  const a4Sheet = await savePdf(app, dataDir, 'sign-in-a4.pdf');
  expect(a4Sheet.info.size).toMatch(/^59[45]\.\d+ x 841\.\d+ pts/);
  expect(a4Sheet.text).not.toMatch(/JH-26-/);
  expect(a4Sheet.text).toContain('AM');
  const logged = (await workshopFile(dataDir, workshopId)).audit.filter((entry) => entry.kind === 'exported');
  expect(logged.map((entry) => entry.kind === 'exported' && [entry.what, entry.identification])).toEqual([
    ['sign-in sheet for 2027-01-05, PDF (Letter)', 'codes'],
    ['sign-in sheet for 2027-01-05, PDF (A4)', 'initials'],
  ]);

  // The attendance summary: every code, the totals and each one's completion.
  await page.goto(page.url().replace(/#.*$/, `#/print/workshops/${workshopId}/attendance-summary?paper=letter`));
  await expect(page.getByRole('heading', { level: 1, name: 'Attendance summary' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const summary = await savePdf(app, dataDir, 'attendance-summary.pdf');
  for (const code of CODES) expect(summary.text).toContain(code);
  expect(summary.text.match(/Completed/g)?.length).toBeGreaterThanOrEqual(10);
  expect(summary.text.match(/Not completed/g)).toHaveLength(2);
  expect(summary.text).toMatch(/JH-26-011\s+P\s+P\s+A\s+P\s+A\s+P\s+A\s+P\s+A\s+P\s+6\s+10\s+60%\s+Not completed/);

  // Letters: one page each, in neutral words.
  await page.goto(page.url().replace(/#.*$/, `#/print/workshops/${workshopId}/attendance-letter?paper=letter`));
  await expect(page.getByRole('heading', { level: 1, name: 'Attendance letter' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'print-letters');
  const letters = await savePdf(app, dataDir, 'attendance-letters.pdf');
  expect(letters.info.pages).toBe(12);
  expect(letters.text).toMatch(/the participant with program code JH-26-011/);
  expect(letters.text).toMatch(/They attended 6 of them \(60%\)/);

  // One participant's letter.
  await page.getByLabel('For').selectOption({ label: 'JH-26-012' });
  const oneLetter = await savePdf(app, dataDir, 'attendance-letter-one.pdf');
  expect(oneLetter.info.pages).toBe(1);
  expect(oneLetter.text).toContain('JH-26-012');
  expect(oneLetter.text).not.toContain('JH-26-011');

  // Certificates: the ten who completed, one landscape page each.
  await page.goto(page.url().replace(/#.*$/, `#/print/workshops/${workshopId}/certificate?paper=letter`));
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates of completion' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'print-certificates');
  const certificates = await savePdf(app, dataDir, 'certificates.pdf');
  expect(certificates.info.pages).toBe(10);
  expect(certificates.info.size).toMatch(/^792 x 612 pts/);
  expect(certificates.text).not.toMatch(/JH-26-01[12]/);

  // Nothing sent to a court or school says what the group is about.
  const workshop = await workshopFile(dataDir, workshopId);
  for (const record of [letters.text, certificates.text]) {
    expect(record).not.toMatch(/exploit|traffick|sexual|CSEC|grooming/i);
    for (const revealing of [TITLE, workshop.module.title, workshop.audience, 'Knowing Your Worth', 'Hillcrest', 'Juvenile Hall'])
      expect(record).not.toContain(revealing);
  }

  // The local resources handout, from Settings.
  await page.goto(page.url().replace(/#.*$/, '#/settings/resources'));
  await page.getByRole('link', { name: 'Print a handout of these resources' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People you can reach' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const handout = await savePdf(app, dataDir, 'resources-handout.pdf');
  expect(handout.text).toMatch(/Youth Crisis Line/);
  expect(handout.text).toMatch(/Text 555-0100/);
  expect(handout.text).toMatch(/Harbor Drop-in Center/);
});

test('shows the funder report with charts, and saves it as CSV and PDF with small counts hidden', async ({ app, dataDir }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const workshopId = await heldSeries(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const form = page.getByRole('region', { name: 'Funder report' });
  await form.getByLabel('From').fill('2027-01-01');
  await form.getByLabel('To').fill('2027-02-28');
  await form.getByRole('button', { name: 'Show the funder report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Funder report' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Attendance at each meeting of a series/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Completion by module/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'funder-report');

  const csvTarget = join(dataDir, 'funder.csv');
  app.host.nextSaveTarget = csvTarget;
  await page.getByRole('button', { name: 'Save as CSV…' }).click();
  await expect(page.getByText(`Saved to ${csvTarget}`)).toBeVisible();
  const rows = Papa.parse<string[]>((await readFile(csvTarget, 'utf8')).slice(1), { skipEmptyLines: true }).data;
  const row = (group: string, name: string) => rows.find((cells) => cells[0] === group && cells[1] === name)!;
  // 12 people in all; the school's group of three shows as "<5", and its rates are left blank.
  expect(row('All workshops', '').slice(2, 6)).toEqual(['2', '20', '20', '12']);
  expect(row('Site', 'Bayview High School')[5]).toBe('<5');
  expect(row('Site', 'Bayview High School')[6]).toBe('');
  expect(row('Site', 'Hillcrest Juvenile Hall')[5]).toBe('12');

  const pdf = await savePdf(app, dataDir, 'funder-report.pdf');
  expect(pdf.text).toMatch(/Funder report/);
  expect(pdf.text).toMatch(/Bayview High School.*<5/);
  expect(pdf.text).toMatch(/Completion by module/);
  expect(pdf.text).not.toMatch(/JH-26-/);
  const audit = (await workshopFile(dataDir, workshopId)).audit
    .filter((entry) => entry.kind === 'exported')
    .map((entry) => entry.kind === 'exported' && entry.identification);
  expect(audit).toEqual(['none', 'none']);
});
