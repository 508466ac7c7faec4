import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import type { SurveyResponse } from '../../core/domain/surveys/response';
import type { Workshop } from '../../core/domain/workshop';
import { pdfInfo, pdfText, pdfToImages } from '../support/pdf';
import { workshopOnDisk } from '../support/workshopOnDisk';
import { expect, expectNoSeriousA11yViolations, openScreen, screenshot, SCREENSHOT_DIR, test } from './fixtures';
import { planSeries, TITLE } from './series';

/**
 * Issue 18's survey run on the five-week juvenile-hall series: the pre-survey at the first meeting
 * (six by keyboard entry in the grid, one through the youth screen, the rest not given), the
 * post-survey at the last meeting to the same youths, then the change report read back.
 *
 * The series' survey has 13 questions: multiple choice (a-d), true/false (t/f) and agree-disagree (1-5).
 */
const PRE = 'aft3fbf343343';
const POST = 'btt5tbt115551';
const SURVEY = 'knowing-your-worth-survey';

const go = (page: Page, route: string) => page.goto(page.url().replace(/#.*$/, `#${route}`));

async function surveysOnDisk(dataDir: string, workshopId: string, occasion: 'pre' | 'post'): Promise<SurveyResponse[]> {
  const workshop: Workshop = await workshopOnDisk(dataDir, workshopId);
  return (workshop.surveys ?? []).filter((response) => response.instrumentId === SURVEY && response.occasion === occasion);
}

/** The screen at a 1366x768 laptop's size and at 1920x1080; `window`: what shows without scrolling (a long print page). */
async function shoot(page: Page, name: string, { window = false } = {}) {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    const file = `${name}-${width}x${height}`;
    if (window) await page.screenshot({ path: join(SCREENSHOT_DIR, `${file}.png`) });
    else await screenshot(page, file);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('gives the pre- and post-survey of the five-week series: keyboard entry, the youth screen, and the change report', async ({ app, dataDir }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const workshopId = await planSeries(page);
  const participants = (await workshopOnDisk(dataDir, workshopId)).roster.map((entry) => entry.participantId);

  // From the runner of the first meeting: "Give the pre-survey".
  await openScreen(page, 'Today');
  await page.getByRole('article').filter({ hasText: TITLE }).getByRole('link', { name: /Start/ }).click();
  await page.getByRole('link', { name: 'Give the pre-survey' }).click();
  const grid = page.getByRole('grid', { name: 'Pre-survey answers' });
  await expect(grid).toBeVisible();
  await expect(page.getByRole('row', { name: /Pre-survey/ })).toContainText('0 of 12 enrolled');

  // Six paper forms typed in one run of keys: the cursor moves on by itself, row after row; the sixth is partial.
  await grid.getByRole('gridcell', { name: /^JH-26-001, question 1:/ }).click();
  await page.keyboard.type(PRE.repeat(5) + PRE.slice(0, 6));
  await expect
    .poll(async () => (await surveysOnDisk(dataDir, workshopId, 'pre')).map((response) => Object.keys(response.answers).length))
    .toEqual([13, 13, 13, 13, 13, 6]);
  const firstPre = (await surveysOnDisk(dataDir, workshopId, 'pre'))[0]!;
  expect(firstPre).toMatchObject({ participantId: participants[0], entry: 'paper' });
  expect(firstPre.answers).toMatchObject({ 'tactics-something-she-needs': 'generous', 'tactics-boyfriend-or-friend': false, 'tactics-control-signs': 3 });
  await expect(grid.getByRole('row', { name: /JH-26-006/ })).toContainText('6 of 13');
  await expect(grid.getByRole('row', { name: /JH-26-006/ }).getByText('Partial')).toBeVisible();
  await expect(page.getByRole('row', { name: /Pre-survey/ })).toContainText('6 of 12 enrolled');
  // An answer off the scale is refused by main, worded beside the row, and nothing is kept.
  await grid.getByRole('gridcell', { name: /^JH-26-006, question 8:/ }).click();
  await page.keyboard.press('8');
  await expect(page.getByText('Not saved: Question 8 takes an answer from 1 to 5.')).toBeVisible();
  expect((await surveysOnDisk(dataDir, workshopId, 'pre'))[5]!.answers).not.toHaveProperty('blame-going-back');
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'surveys-grid');

  // The printed forms: one per young person, code only, no answer key; in Spanish from the translation.
  await page.getByRole('link', { name: 'Print forms' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Survey forms/ })).toBeVisible();
  const sheet = page.locator('.doc-sheet');
  await expect(sheet.getByText('Code: JH-26-012')).toBeVisible();
  await expect(sheet).not.toContainText('Name:');
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'surveys-forms-en', { window: true });
  await page.getByLabel('Language of the page').selectOption('es');
  await expect(sheet.getByText('Conoce tu valor: lo que sé y lo que pienso').first()).toBeVisible();
  await expect(sheet.getByText('Código: JH-26-001')).toBeVisible();
  await expect(sheet.getByText('Muy de acuerdo').first()).toBeVisible();
  await shoot(page, 'surveys-forms-es', { window: true });
  // Saving the forms with codes is noted in the workshop's log (what and how identified, never who).
  app.host.nextSaveTarget = join(dataDir, 'forms-with-codes.pdf');
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByText(/Saved to/)).toBeVisible();
  expect((await workshopOnDisk(dataDir, workshopId)).audit.at(-1)).toMatchObject({
    kind: 'exported',
    what: `survey forms (${SURVEY}, pre), PDF (Letter)`,
    identification: 'codes',
  });
  // Anonymous numbered forms, saved as a PDF: no code on them, each form on its own pages.
  await page.getByLabel('Forms', { exact: true }).selectOption('numbered');
  await page.getByLabel('How many').fill('2');
  await page.getByLabel('First number').fill('41');
  await expect(sheet.getByText('Formulario n.º 42')).toBeVisible();
  const formsPdf = join(dataDir, 'formularios.pdf');
  app.host.nextSaveTarget = formsPdf;
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByText(/formularios\.pdf/)).toBeVisible();
  const formsText = await pdfText(formsPdf);
  expect(formsText).toContain('Formulario n.º 41');
  expect(formsText).toContain('Formulario n.º 42');
  expect(formsText).not.toMatch(/JH-26-|Código/);
  expect((await pdfInfo(formsPdf)).size).toContain('letter');
  await pdfToImages(formsPdf, join(SCREENSHOT_DIR, 'surveys-forms-es-pdf'), 2);
  await page.getByRole('link', { name: 'Back to the workshop' }).click();

  // The seventh young person takes it on the laptop: a plain data folder, so a handover code.
  await expect(grid).toBeVisible();
  await page.getByLabel('Young person', { exact: true }).selectOption({ label: 'JH-26-007' });
  await page.getByLabel('Handover code', { exact: true }).fill('blue-river');
  await page.getByLabel('The handover code again').fill('blue-river');
  await page.getByRole('button', { name: 'Hand the laptop to JH-26-007' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thanks for taking this survey.' })).toBeVisible();
  // Only the survey: no navigation, no one's code; and main refuses everything else meanwhile.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toMatch(/JH-26-/);
  const refused = await page.evaluate(async () => {
    const api = (window as unknown as { facilitator: { workshops: { list: () => Promise<{ ok: boolean }> } } }).facilitator;
    return (await api.workshops.list()).ok;
  });
  expect(refused).toBe(false);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'surveys-youth-intro');
  await page.getByRole('button', { name: 'Start' }).click();
  for (const [index, key] of [...PRE].entries()) {
    await expect(page.getByText(`Question ${index + 1} of 13`)).toBeVisible();
    await page.keyboard.press(key);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    if (index === 3) await shoot(page, 'surveys-youth-question');
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'For the facilitator' })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/JH-26-/);
  await page.getByLabel('Handover code', { exact: true }).fill('not-it');
  await page.getByRole('button', { name: 'Leave the survey screen' }).click();
  await expect(page.getByText('That is not the handover code.')).toBeVisible();
  await page.getByLabel('Handover code', { exact: true }).fill('blue-river');
  await page.getByRole('button', { name: 'Leave the survey screen' }).click();
  await expect(grid).toBeVisible();
  const pre = await surveysOnDisk(dataDir, workshopId, 'pre');
  expect(pre).toHaveLength(7);
  expect(pre[6]).toMatchObject({ participantId: participants[6], entry: 'youth-screen' });
  expect(Object.keys(pre[6]!.answers)).toHaveLength(13);
  await expect(page.getByRole('row', { name: /Pre-survey/ })).toContainText('7 of 12 enrolled');

  // The post-survey at the last meeting, to the same seven.
  const meetings = [...(await workshopOnDisk(dataDir, workshopId)).meetings].sort((a, b) => `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`));
  await go(page, `/workshops/${workshopId}/meetings/${meetings.at(-1)!.id}`);
  await page.getByRole('link', { name: 'Give the post-survey' }).click();
  const postGrid = page.getByRole('grid', { name: 'Post-survey answers' });
  await postGrid.getByRole('gridcell', { name: /^JH-26-001, question 1:/ }).click();
  await page.keyboard.type(POST.repeat(7));
  await expect
    .poll(async () => (await surveysOnDisk(dataDir, workshopId, 'post')).map((response) => Object.keys(response.answers).length))
    .toEqual([13, 13, 13, 13, 13, 13, 13]);
  const post = await surveysOnDisk(dataDir, workshopId, 'post');
  expect(post.map((response) => response.participantId)).toEqual(participants.slice(0, 7));
  expect(post.every((response) => response.meetingId === meetings.at(-1)!.id)).toBe(true);
  await expect(page.getByRole('row', { name: /Post-survey/ })).toContainText('7 of 12 enrolled');

  // The change report: the funder report's outcomes over the series' dates, read back from its CSV and its PDF.
  // By the survey's answer key, the typed pre answers score 37.5 on recognising tactics (a 0 on question 1
  // and 2, 1 on 3, 3 of 5 on 4) and every post answer 100; the sixth young person's partial pre (6 of 13)
  // scores the first two scales only, so the last two have six pairs.
  await openScreen(page, 'Reports');
  const form = page.getByRole('region', { name: 'Funder report' });
  await form.getByLabel('From').fill('2027-03-01');
  await form.getByLabel('To').fill('2027-04-30');
  await form.getByRole('button', { name: 'Show the funder report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Funder report' })).toBeVisible();
  const csvTarget = join(dataDir, 'funder.csv');
  app.host.nextSaveTarget = csvTarget;
  await page.getByRole('button', { name: 'Save as CSV…' }).click();
  await expect(page.getByText(`Saved to ${csvTarget}`)).toBeVisible();
  const rows = Papa.parse<string[]>((await readFile(csvTarget, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const header = rows.findIndex((cells) => cells[2] === 'Scale' && cells[3] === 'Pairs');
  expect(rows[header]!.slice(0, 9)).toEqual(['Module', 'Survey', 'Scale', 'Pairs', 'Mean before', 'Mean after', 'Mean change', 'Improved', 'Improved %']);
  const change = (scale: string) =>
    rows
      .slice(header + 1)
      .find((cells) => cells[2] === scale)!
      .slice(3, 9);
  expect(change('Recognising recruitment and control tactics')).toEqual(['7', '37.5', '100', '62.5', '7', '100']);
  expect(change('Knowing where to get help')).toEqual(['7', '35.7', '100', '64.3', '7', '100']);
  expect(change('Rejecting victim-blaming')).toEqual(['6', '41.7', '100', '58.3', '6', '100']);
  expect(change('Help-seeking intentions')).toEqual(['6', '58.3', '100', '41.7', '6', '100']);
  expect(rows.flat().join(' ')).not.toMatch(/JH-26-/);

  const reportPdf = join(dataDir, 'funder-report.pdf');
  app.host.nextSaveTarget = reportPdf;
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByText(`Saved to ${reportPdf}`)).toBeVisible();
  const reportText = await pdfText(reportPdf);
  expect(reportText).toMatch(/Recognising recruitment and control tactics[\s\S]*?37\.5[\s\S]*?100[\s\S]*?62\.5/);
  expect(reportText).toMatch(/Help-seeking intentions/);
  expect(reportText).not.toMatch(/JH-26-/);
});
