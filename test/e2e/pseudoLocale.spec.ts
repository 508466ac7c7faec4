import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { defaultAbsenceReasons, defaultAttendanceStatuses } from '../../core/domain/attendance';
import { en } from '../../renderer/i18n/en';
import { pseudoLocalizeText as pseudo } from '../../renderer/i18n/pseudo';
import { settingsPages } from '../../renderer/screens/settings/settingsPages';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { curriculumData, findProblems, settle, usePseudoLocale, type PageFindings } from './pseudoLocale';
import { CODES, planSeries, TITLE } from './series';

const LAPTOP = { width: 1366, height: 768 };
const DESKTOP = { width: 1920, height: 1080 };
const MODULE_ID = 'juvenile-hall-five-week-series';

/**
 * Data, which stays as written: what planSeries entered, the workshop's time zone, the test build's
 * version, the curricula, and the attendance statuses and absence reasons Settings holds (their
 * defaults are English data, not interface text: see the final report of issue 17's translation).
 */
const settingsLabels = [...defaultAttendanceStatuses, ...defaultAbsenceReasons].map((entry) => entry.label);
const DATA = {
  entered: [
    TITLE,
    'Girls 14–17, Unit B',
    ...CODES,
    'Youth Crisis Line',
    'Text 555-0100',
    'Text',
    '24 hours',
    // The workshop's time zone, as Intl names it ("Pacific Time (Los Angeles)").
    'Pacific Time',
    'Los Angeles',
    '0.0.0-bridged',
    ...settingsLabels,
    ...settingsLabels.map((label) => label.toLocaleLowerCase()),
  ],
  ...curriculumData(),
};

/**
 * Known findings, each with where it is made: reported, to be fixed by whoever owns that code (then
 * its line here goes). They match "screen: kind: where: text"; anything else fails the test.
 */
const KNOWN = [
  // renderer/screens/workshopPage/workshop.css:36: the status strip cuts the next meeting with an ellipsis by design.
  /^workshop-[a-z]+: clipped: .*span\.workshop-strip-meeting: /,
];

const go = (page: Page, route: string) => page.goto(page.url().replace(/#.*$/, `#${route}`));

test('the main screens show only pseudo-localized text, none of it clipped, at 1366 x 768', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  await page.setViewportSize(LAPTOP);
  await usePseudoLocale(page);
  const workshopId = await planSeries(page);
  const problems = new Map<string, PageFindings>();

  /** Checks the page as it is now and saves what it looks like at both sizes. */
  async function check(name: string, on: Page = page) {
    await settle(on);
    problems.set(name, await findProblems(on, DATA));
    for (const size of [LAPTOP, DESKTOP]) {
      await on.setViewportSize(size);
      await on.screenshot({ path: join(SCREENSHOT_DIR, `pseudo-${name}-${size.width}x${size.height}.png`), fullPage: true });
    }
    await on.setViewportSize(LAPTOP);
  }
  async function visit(name: string, route: string) {
    await go(page, route);
    await check(name);
  }

  // The pseudo-locale is on: the navigation is accented, not English.
  await expect(page.getByRole('navigation', { name: pseudo(en.nav.label) })).toBeVisible();

  await visit('today', '/today');
  await visit('workshops', '/workshops');
  await visit('plan-wizard', '/workshops/new');
  await visit('calendar', '/calendar');
  await visit('participants', '/participants');
  await visit('curricula', '/curricula');
  await visit('module', `/curricula/${MODULE_ID}`);
  await visit('reports', '/reports');
  for (const section of ['', '/roster', '/attendance', '/records'])
    await visit(`workshop${section.replace('/', '-') || '-schedule'}`, `/workshops/${workshopId}${section}`);
  for (const section of settingsPages) await visit(`settings-${section}`, `/settings/${section}`);

  // The meeting page, before and while the session runs, with its pause and disclosure panels and the presenter screen.
  await go(page, `/workshops/${workshopId}`);
  await page.locator('li.workshop-meeting').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/meetings\//);
  const meetingId = /\/meetings\/([^/?]+)/.exec(page.url())![1]!;
  await check('meeting');
  await page.getByRole('button', { name: pseudo(en.run.actions.start) }).click();
  await expect(page.getByRole('button', { name: pseudo(en.run.actions.end) })).toBeVisible();
  await check('meeting-running');
  await page.getByRole('button', { name: pseudo(en.run.actions.presenter) }).click();
  await expect.poll(() => app.presenterPage()).toBeTruthy();
  await check('presenter', app.presenterPage()!);
  await page.getByRole('button', { name: pseudo(en.run.actions.pause), exact: true }).click();
  await check('meeting-pause');
  await page.getByRole('button', { name: pseudo(en.run.pause.close) }).click();
  await page.getByRole('button', { name: pseudo(en.run.actions.disclosure) }).click();
  await check('meeting-disclosure');
  await page.getByRole('button', { name: pseudo(en.run.disclosure.close) }).click();
  await page.getByRole('button', { name: pseudo(en.run.actions.end) }).click();
  await page.getByRole('button', { name: pseudo(en.run.actions.endConfirm) }).click();
  await check('meeting-held');

  // The printable records and the funder report.
  await visit('print-sign-in', `/print/workshops/${workshopId}/sign-in?meeting=${meetingId}`);
  await visit('print-summary', `/print/workshops/${workshopId}/attendance-summary`);
  await visit('print-letters', `/print/workshops/${workshopId}/attendance-letter`);
  await visit('print-certificates', `/print/workshops/${workshopId}/certificate`);
  await visit('print-resources', '/print/resources');
  await visit('funder-report', '/print/funder?from=2027-03-01&to=2027-03-31');

  const findings = [...problems].flatMap(([name, found]) => [
    ...found.untranslated.map((text) => `${name}: not pseudo-localized: ${text}`),
    ...found.clipped.map((text) => `${name}: clipped: ${text}`),
  ]);
  const isKnown = (finding: string) => KNOWN.some((known) => known.test(finding));
  // Listed in the test's report, so a known finding that is gone can be taken off the list.
  for (const finding of findings.filter(isKnown)) test.info().annotations.push({ type: 'known finding', description: finding });
  const report = findings.filter((finding) => !isKnown(finding));
  expect(report, report.join('\n')).toEqual([]);
});
