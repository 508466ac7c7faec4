import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { pdfInfo, pdfText, pdfToImages } from '../support/pdf';
import { expect, expectNoSeriousA11yViolations, openScreen, screenshot, SCREENSHOT_DIR, test } from './fixtures';

const FIXTURES = resolve(__dirname, '../fixtures/curricula');
const MODULE = 'Friendship Basics (test module)';
const TITLE = 'Friendship group – Room 4';
const CODES = ['JH-26-101', 'JH-26-102', 'JH-26-103'];

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { reason: unknown } }>>>;

/** Imports the test module (its second session uses a youth and a facilitator handout) through the import panel. */
async function importTestModule(page: Page, app: { host: { nextOpenFile?: string } }): Promise<void> {
  await openScreen(page, 'Curricula');
  app.host.nextOpenFile = join(FIXTURES, 'valid-module.yaml');
  await page.getByRole('button', { name: 'Import a module…' }).click();
  await page
    .getByRole('region', { name: `Add “${MODULE}” to your library?` })
    .getByRole('button', { name: 'Add to library' })
    .click();
  await expect(page.getByText(`“${MODULE}” (version 1) is now in your library.`)).toBeVisible();
}

/** A group of three on the test module, both sessions in one meeting today (Tuesday 2 March 2027) at 15:30. */
async function planGroup(page: Page): Promise<void> {
  await page.evaluate(
    async ({ codes, title }) => {
      const api = (window as unknown as { facilitator: Bridge }).facilitator;
      const must = async (result: Promise<{ ok: boolean; value?: unknown; error?: { reason: unknown } }>) => {
        const settled = await result;
        if (!settled.ok) throw new Error(JSON.stringify(settled.error?.reason));
        return settled.value as Record<string, unknown>;
      };
      const ids: string[] = [];
      for (const code of codes) ids.push(((await must(api.participants!.save!({ code }))).participant as { id: string }).id);
      await must(
        api.workshops!.create!({
          title,
          audience: 'Grade 8, Room 4',
          facilitators: [],
          timeZone: 'America/Los_Angeles',
          moduleId: 'test-friendship-basics',
          plan: { startDate: '2027-03-02', weekdays: [2], startTime: '15:30', minutes: 90, everyWeeks: 1, coverage: 'two', skipDates: [] },
          participantIds: ids,
        }),
      );
    },
    { codes: CODES, title: TITLE },
  );
  await page.reload();
}

test('prints a youth handout from the session page to a PDF that names no one', async ({ app }) => {
  const { page } = app;
  await importTestModule(page, app);
  await planGroup(page);

  await openScreen(page, 'Curricula');
  await page.getByRole('link', { name: MODULE }).click();
  await page
    .getByRole('region', { name: 'Sessions' })
    .getByRole('link', { name: /When it feels wrong/ })
    .click();
  const handouts = page.getByRole('region', { name: 'Handouts' });
  await expect(handouts.getByRole('heading', { level: 3, name: /My Trusted Adults/ })).toContainText('For youth');
  await expect(handouts.getByRole('heading', { level: 3, name: /Scenario cards/ })).toContainText('For facilitators only');
  await handouts.getByText('Read “My Trusted Adults”').click();
  await expect(handouts.getByText('People I can talk to')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Run of show' })).toContainText('adaptable');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'curricula-session-handouts');

  await handouts.getByRole('link', { name: 'Print or save “My Trusted Adults”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My Trusted Adults' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'handout-print');

  const outDir = await mkdtemp(join(tmpdir(), 'facilitator-handout-'));
  try {
    const letter = join(outDir, 'handout.pdf');
    app.host.nextSaveTarget = letter;
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(page.getByText(`Saved to ${letter}`)).toBeVisible();
    const text = await pdfText(letter);
    for (const expected of ['My Trusted Adults', 'People I can talk to', 'Someone at school', 'You do not have to have the right words', MODULE.toUpperCase()])
      expect(text).toContain(expected);
    // Nothing from a workshop: no code, no group, no toolbar.
    for (const absent of [...CODES, 'JH-26', TITLE, 'Room 4', 'Save as PDF', 'Back to session']) expect(text).not.toContain(absent);
    expect((await pdfInfo(letter)).size).toMatch(/^612 x 792 pts/);
    await pdfToImages(letter, join(SCREENSHOT_DIR, 'handout-pdf'), 1);

    const a4 = join(outDir, 'handout-a4.pdf');
    app.host.nextSaveTarget = a4;
    await page.getByLabel('Paper').selectOption('a4');
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(page.getByText(`Saved to ${a4}`)).toBeVisible();
    expect((await pdfInfo(a4)).size).toMatch(/^59[45]\.\d+ x 841\.\d+ pts/);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }

  await page.getByRole('link', { name: 'Back to session 2: When it feels wrong' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session 2: When it feels wrong' })).toBeVisible();
});

test('shows a youth handout on the presenter screen from the runner, never a code', async ({ app }) => {
  const { page } = app;
  await importTestModule(page, app);
  await planGroup(page);

  await openScreen(page, 'Today');
  await page.getByRole('article').filter({ hasText: TITLE }).getByRole('link', { name: /Start/ }).click();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByText(/Running since/)).toBeVisible();
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  await expect.poll(() => app.presenterPage()).toBeTruthy();
  const presenter = app.presenterPage()!;

  const handouts = page.getByRole('region', { name: 'Handouts' });
  await expect(handouts.getByRole('button', { name: /Scenario cards/ })).toHaveCount(0);
  await handouts.getByRole('button', { name: 'Show “My Trusted Adults” on the presenter' }).click();
  await expect(presenter.getByRole('heading', { level: 1, name: 'My Trusted Adults' })).toBeVisible();
  await expect(presenter.getByText('You do not have to have the right words.', { exact: false })).toBeVisible();
  const shown = await presenter.locator('body').innerText();
  expect(shown).not.toMatch(/JH-26-\d{3}/);
  await expectNoSeriousA11yViolations(presenter);
  await screenshot(presenter, 'presenter-handout');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'runner-handouts');

  await handouts.getByRole('button', { name: 'Stop showing “My Trusted Adults”' }).click();
  await expect(presenter.getByRole('heading', { level: 1, name: 'My Trusted Adults' })).toHaveCount(0);
});
