/**
 * The coordinator's view: a computer holding every group of a program (34 groups of six facilitators
 * at four sites), read on Today and the calendar, narrowed by site and facilitator, with the
 * program's double bookings listed; and the funder report's change by site.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshot, test } from './fixtures';

type Result = { ok: boolean; value?: unknown; error?: { reason: unknown } };
type Bridge = Record<string, Record<string, (input?: unknown) => Promise<Result>>>;

const FACILITATORS = ['Ana Reyes', 'Ben Okafor', 'Carmen Díaz', 'Dev Patel', 'Elena Ruiz', 'Frank Osei'];
const SITES = ['Eastlake Juvenile Hall', 'Roosevelt Middle School', 'Harbor Outreach Center', 'Sylmar Residential'];
const MODULES = ['juvenile-hall-five-week-series', 'girls-group-ten-sessions', 'young-men-ending-demand', 'middle-school-girls-trust-and-safety'];
const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/**
 * 32 groups, 16 on Tuesdays and Thursdays and 16 on Mondays and Wednesdays, each day's 45 minutes
 * apart so none clash; then two that do, on Tuesdays: one more for Ana (at another site, over her
 * 8:00 group) and one more at Roosevelt (with Dev, over the 8:45 group there). The first groups of
 * the juvenile-hall series (one at each site) have six young people each, who took the pre- and
 * post-survey.
 */
async function planProgram(page: Page): Promise<void> {
  await page.evaluate(
    async ({ facilitators, sites, modules }) => {
      const api = (window as unknown as { facilitator: Bridge }).facilitator;
      const must = async (result: Promise<Result>) => {
        const settled = await result;
        if (!settled.ok) throw new Error(JSON.stringify(settled.error?.reason));
        return settled.value as Record<string, unknown>;
      };
      for (const name of facilitators) await must(api.settings!.saveFacilitator!({ name, roles: ['lead'] }));
      for (const name of sites) await must(api.settings!.saveSite!({ name, kind: 'school' }));
      const settings = await must(api.settings!.get!());
      const facilitatorIds = (settings.facilitators as { id: string }[]).map((one) => one.id);
      const siteIds = (settings.sites as { id: string }[]).map((one) => one.id);
      const at = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

      const create = async (
        title: string,
        moduleId: string,
        who: number[],
        site: number,
        weekdays: number[],
        startTime: string,
        participantIds: string[] = [],
      ) =>
        (
          await must(
            api.workshops!.create!({
              title,
              audience: 'Ages 13–17',
              siteId: siteIds[site],
              facilitators: who.map((index) => ({ facilitatorId: facilitatorIds[index], roles: ['lead'] })),
              timeZone: 'America/Los_Angeles',
              moduleId,
              plan: {
                startDate: weekdays[0] === 1 ? '2027-03-01' : '2027-03-02',
                weekdays,
                startTime,
                minutes: 45,
                everyWeeks: 1,
                coverage: 'one',
                skipDates: [],
              },
              participantIds,
            }),
          )
        ).workshop as { id: string; meetings: { id: string; date: string }[] };

      let code = 0;
      for (let index = 0; index < 32; index += 1) {
        const slot = index % 16;
        const weekdays = index < 16 ? [2, 4] : [1, 3];
        const module = modules[Math.floor(index / 4) % 4]!;
        const who = index % 3 === 0 ? [index % 6, (index + 1) % 6] : [index % 6];
        const surveyed = index < 4;
        const youth: string[] = [];
        if (surveyed) {
          for (let person = 0; person < 6; person += 1) {
            code += 1;
            youth.push(((await must(api.participants!.save!({ code: `JH-27-${String(code).padStart(3, '0')}` }))).participant as { id: string }).id);
          }
        }
        const title = `${sites[index % 4]!.split(' ')[0]} group ${index + 1}`;
        const workshop = await create(title, module, who, index % 4, weekdays, at(8 * 60 + slot * 45), youth);
        if (!surveyed) continue;
        // Before: unsure on everything; after: most answers as the key has them, the later half of the group less so.
        for (const [person, participantId] of youth.entries()) {
          for (const occasion of ['pre', 'post'] as const) {
            const view = await must(
              api.surveys!.start!({ workshopId: workshop.id, instrumentId: 'knowing-your-worth-survey', occasion, participantId, entry: 'paper' }),
            );
            const responseId = (view.response as { id: string }).id;
            const strong = occasion === 'post' && (person < 4 || index % 2 === 0);
            const answers: Record<string, unknown> = {
              'tactics-something-she-needs': strong ? 'owes-later' : 'not-sure',
              'tactics-boyfriend-or-friend': strong,
              'tactics-cutting-off': true,
              'tactics-control-signs': strong ? 5 : 3,
              'help-right-to-report': strong,
              'help-after-release': strong ? 'advocate' : 'not-sure',
              'help-victim-under-law': strong,
              'blame-going-back': strong ? 1 : 3,
              'blame-got-paid': strong ? 1 : 3,
              'blame-never-her-fault': strong ? 5 : 3,
              'seek-help-a-friend': strong ? 5 : 3,
              'seek-tell-someone': strong ? 5 : 2,
              'seek-keep-it-quiet': strong ? 1 : 3,
            };
            for (const [itemId, answer] of Object.entries(answers)) await must(api.surveys!.answer!({ workshopId: workshop.id, responseId, itemId, answer }));
          }
        }
      }
      await create('Make-up circle', modules[1]!, [0], 2, [2], '08:15');
      await create('Family night', modules[3]!, [3], 1, [2], '09:00');
    },
    { facilitators: FACILITATORS, sites: SITES, modules: MODULES },
  );
  await page.reload();
}

async function shootBoth(page: Page, name: string): Promise<void> {
  for (const size of SCREENS) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${size.width}x${size.height}`);
  }
}

test('a coordinator reads a day of many groups, narrows it, sees the double bookings, and the change by site', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.setViewportSize(SCREENS[0]!);
  await planProgram(page);

  // Today: every group of the day, each saying whose it is.
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const todays = page.getByRole('region', { name: 'Meetings today' });
  await expect(todays.getByRole('article')).toHaveCount(18);
  await expect(todays.getByRole('article', { name: 'Make-up circle' })).toContainText('Ana Reyes');
  await shootBoth(page, 'program-today');
  await page.getByLabel('With facilitator').selectOption('Ana Reyes');
  await expect(todays.getByRole('article')).toHaveCount(4);
  await expect(page.getByText('Showing 10 of 50 meetings.')).toBeVisible();
  await shootBoth(page, 'program-today-filtered');

  // The calendar's week: whose group each is, the two double bookings with both groups, narrowed to a site.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
  await page.getByRole('button', { name: 'Week' }).click();
  const clashes = page.getByRole('region', { name: '2 double bookings in this period' });
  await expect(clashes).toBeVisible();
  await expect(clashes.getByRole('listitem').first()).toContainText(
    'Ana Reyes is booked twice: “Eastlake group 1” with Ana Reyes and Ben Okafor at Eastlake Juvenile Hall',
  );
  await expect(clashes.getByRole('listitem').first()).toContainText('“Make-up circle” with Ana Reyes at Harbor Outreach Center');
  await expect(clashes.getByRole('listitem').nth(1)).toContainText('Roosevelt Middle School is booked twice');
  await shootBoth(page, 'program-calendar-week');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('At site').selectOption('Roosevelt Middle School');
  await expect(page).toHaveURL(/site=Roosevelt/);
  const week = page.getByRole('table');
  await expect(week.getByRole('link', { name: /^Eastlake/ })).toHaveCount(0);
  await expect(week.getByRole('link', { name: 'Family night' })).toBeVisible();
  await page.getByRole('button', { name: 'Month' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'March 2027' })).toBeVisible();
  await shootBoth(page, 'program-calendar-month-site');
  await page.getByRole('button', { name: 'Show all groups' }).click();
  await shootBoth(page, 'program-calendar-month');

  // The funder report over the program: the change by site, from the four surveyed groups.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const form = page.getByRole('region', { name: 'Funder report' });
  await form.getByLabel('From').fill('2027-03-01');
  await form.getByLabel('To').fill('2027-03-31');
  await form.getByRole('button', { name: 'Show the funder report' }).click();
  const bySite = page.getByRole('table', { name: 'Change by site' });
  await expect(bySite).toBeVisible();
  await expect(bySite.getByRole('rowgroup')).toHaveCount(5);
  await bySite.scrollIntoViewIfNeeded();
  for (const size of SCREENS) {
    await page.setViewportSize(size);
    await bySite.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test/artifacts/screens/program-outcomes-by-site-${size.width}x${size.height}.png` });
  }
});
