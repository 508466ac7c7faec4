/**
 * The app in Spanish, end to end. Screen labels are read from the Spanish catalog (es.ts), so this
 * keeps passing as its texts are translated; what it asserts on is the language plumbing itself:
 * the group's language, Spanish dates and numbers on printed pages, and Spanish file headers.
 */
import { workshopOnDisk } from '../support/workshopOnDisk';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { en } from '../../renderer/i18n/en';
import { es } from '../../renderer/i18n/es';
import { ENTRY_URL } from '../support/bridgedRenderer';
import { pdfText } from '../support/pdf';
import { expect, expectNoSeriousA11yViolations, SCREENSHOT_DIR, test } from './fixtures';

const TITLE = 'Conociendo tu valor – Unidad B';
const CODES = ['JH-26-001', 'JH-26-002'];

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { reason: unknown } }>>>;

/** Each changed screen, in Spanish, at the two sizes every screen must fit. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `es-${name}-${width}x${height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function go(page: Page, route: string): Promise<void> {
  await page.goto(`${ENTRY_URL}#${route}`);
}

/**
 * The five-week series (ten sessions, Tuesdays and Thursdays) for two young people, planned with no
 * language given, so it takes the app's. It began on Thursday 28 January: nine meetings are over,
 * both attended them, and the tenth is today (Tuesday 2 March 2027).
 */
async function planSeriesInProgress(page: Page): Promise<{ workshopId: string; today: string }> {
  return page.evaluate(
    async ({ codes, title }) => {
      const api = (window as unknown as { facilitator: Bridge }).facilitator;
      const must = async (result: Promise<{ ok: boolean; value?: unknown; error?: { reason: unknown } }>) => {
        const settled = await result;
        if (!settled.ok) throw new Error(JSON.stringify(settled.error?.reason));
        return settled.value as Record<string, unknown>;
      };
      const ids: string[] = [];
      for (const code of codes) ids.push(((await must(api.participants!.save!({ code }))).participant as { id: string }).id);
      const view = await must(
        api.workshops!.create!({
          title,
          audience: 'Chicas de 14 a 17 años, Unidad B',
          facilitators: [],
          timeZone: 'America/Los_Angeles',
          moduleId: 'juvenile-hall-five-week-series',
          plan: { startDate: '2027-01-28', weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
          participantIds: ids,
        }),
      );
      const workshop = view.workshop as { id: string; meetings: { id: string; date: string }[] };
      for (const meeting of workshop.meetings.filter((each) => each.date < '2027-03-02')) {
        for (const participantId of ids) {
          await must(api.attendance!.mark!({ workshopId: workshop.id, meetingId: meeting.id, participantId, statusId: 'present', confirmPastEdit: true }));
        }
      }
      return { workshopId: workshop.id, today: workshop.meetings.find((each) => each.date === '2027-03-02')!.id };
    },
    { codes: CODES, title: TITLE },
  );
}

/** The fixed English wording of a printed document (the parts between placeholders), to find none of it in its Spanish PDF. */
function englishWordingOf(texts: object): string[] {
  return Object.values(texts).flatMap((value: unknown) =>
    typeof value === 'string'
      ? value
          .split(/\{\{[^}]+\}\}|<\/?\w+>/)
          .map((fragment) => fragment.trim())
          .filter((fragment) => fragment.length >= 12)
      : typeof value === 'object' && value !== null
        ? englishWordingOf(value)
        : [],
  );
}

test('in Spanish: plans the five-week series, runs a meeting, shows the presenter, prints a certificate and a letter, exports a CSV', async ({
  app,
  dataDir,
}) => {
  test.setTimeout(180_000);
  const { page } = app;

  // Settings › Language: the choice applies at once.
  await go(page, '/settings/language');
  await page.locator('#app-language').selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 2, name: es.languages.settings.heading })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'settings-language');

  // The plan wizard's details offer the group's language, the app's to begin with.
  await go(page, '/workshops/new?module=juvenile-hall-five-week-series');
  const groupLanguage = page.locator('#plan-language');
  if (!(await groupLanguage.isVisible())) await page.getByRole('button', { name: es.workshops.plan.next }).click();
  await expect(groupLanguage).toHaveValue('es');
  await screenshots(page, 'plan-details');

  const { workshopId, today } = await planSeriesInProgress(page);
  expect((await workshopOnDisk(dataDir, workshopId)).language).toBe('es');

  // The workshop page says the group's language.
  await go(page, `/workshops/${workshopId}`);
  await expect(page.getByText('Español', { exact: true })).toBeVisible();
  await screenshots(page, 'workshop');

  // Run today's meeting: attendance by keyboard (p = present).
  await go(page, `/workshops/${workshopId}/meetings/${today}`);
  await page.getByRole('button', { name: es.run.actions.start }).click();
  const grid = page.getByRole('grid', { name: es.attendance.gridLabel });
  const markedToday = async () => (await workshopOnDisk(dataDir, workshopId)).attendance.filter((mark) => mark.meetingId === today).length;
  for (const [index, code] of CODES.entries()) {
    await grid.getByRole('rowheader', { name: new RegExp(code) }).focus();
    await page.keyboard.press('p');
    await expect.poll(markedToday).toBe(index + 1);
  }
  await screenshots(page, 'runner');

  // The projector window, in the group's language.
  await page.getByRole('button', { name: es.run.actions.presenter }).click();
  await expect.poll(() => app.presenterPage()).toBeTruthy();
  const presenter = app.presenterPage()!;
  await expect(presenter.locator('html')).toHaveAttribute('lang', 'es');
  await expect(presenter.getByRole('main')).toBeVisible();
  await screenshots(presenter, 'presenter');

  const outDir = await mkdtemp(join(tmpdir(), 'facilitator-es-'));
  try {
    // A certificate: both completed (ten of ten), today.
    await go(page, `/print/workshops/${workshopId}/certificate`);
    await expect(page.locator('#print-language')).toHaveValue('es');
    await expect(page.locator('.doc-sheet')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('article')).toHaveCount(2);
    await screenshots(page, 'certificate');
    const certificate = join(outDir, 'certificado.pdf');
    app.host.nextSaveTarget = certificate;
    await page.getByRole('button', { name: es.print.toolbar.savePdf }).click();
    await expect(page.getByText(certificate, { exact: false })).toBeVisible();
    const certificateText = await pdfText(certificate);
    expect(certificateText).toContain('martes, 2 de marzo de 2027');
    expect(certificateText).toContain('JH-26-001');
    for (const english of ['Tuesday', 'March', 'Language of the page', 'Save as PDF', ...englishWordingOf(en.print.certificate)])
      expect(certificateText).not.toContain(english);

    // An attendance letter for one of them, in Spanish too: dates and the percentage.
    await go(page, `/print/workshops/${workshopId}/attendance-letter`);
    await expect(page.getByRole('article')).toHaveCount(2);
    await screenshots(page, 'letter');
    const letter = join(outDir, 'carta.pdf');
    app.host.nextSaveTarget = letter;
    await page.getByRole('button', { name: es.print.toolbar.savePdf }).click();
    await expect(page.getByText(letter, { exact: false })).toBeVisible();
    const letterText = await pdfText(letter);
    expect(letterText).toContain('jueves, 28 de enero de 2027');
    expect(letterText).toContain('100 %');
    for (const english of ['Thursday', 'January', 'March', '100%', ...englishWordingOf(en.print.letter)]) expect(letterText).not.toContain(english);

    // The attendance CSV, in the group's language unless chosen otherwise.
    await go(page, `/workshops/${workshopId}/records`);
    await expect(page.locator('#records-attendance-language')).toHaveValue('es');
    await screenshots(page, 'records');
    const csv = join(outDir, 'asistencia.csv');
    app.host.nextSaveTarget = csv;
    await page.getByRole('button', { name: es.exports.attendance.save.csv }).click();
    await expect(page.getByText(csv, { exact: false })).toBeVisible();
    const parsed = Papa.parse<Record<string, string | number>>((await readFile(csv, 'utf8')).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 4)).toEqual(['Taller', 'Módulo', 'Lugar', 'Fecha de la reunión']);
    expect(parsed.meta.fields).toContain('Asistencia');
    expect(parsed.meta.fields).not.toContain('Status');
    expect(new Set(parsed.data.map((row) => row['Asistencia']))).toEqual(new Set(['Presente']));
    expect(parsed.data).toHaveLength(20);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});
