import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { moduleFileName } from '../../electron/storage/layout';
import { parseModuleText } from '../../core/domain/curriculum/parse';
import { pdfInfo, pdfText, pdfToImages } from '../support/pdf';
import { expect, expectNoSeriousA11yViolations, openScreen, screenshot, SCREENSHOT_DIR, test } from './fixtures';

const FIXTURES = resolve(__dirname, '../fixtures/curricula');
const SERIES = 'Knowing Your Worth: A Five-Week Series for Girls in Juvenile Hall';

test('browse and filter the library, open a module and a session, and save its plan as a PDF', async ({ app }) => {
  const { page } = app;
  await app.store.settings.update((settings) => ({
    ...settings,
    resources: [{ id: randomUUID(), name: 'County Youth Crisis Line', contact: '555-0100', hours: '24 hours', notes: '' }],
  }));
  await page.reload();
  await openScreen(page, 'Curricula');

  const modules = page.getByRole('main').getByRole('article');
  await expect(modules).toHaveCount(5);
  await expect(page.getByText('5 modules')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'curricula-library');

  await page.getByLabel('Who it is for').selectOption({ label: 'Boys' });
  await expect(modules).toHaveCount(2);
  await expect(page.getByText('2 of 5 modules match')).toBeVisible();
  await page.getByLabel('Setting').selectOption({ label: 'Detention' });
  await expect(modules).toHaveCount(1);
  await expect(modules.first()).toContainText('Manhood Reframed');
  await expect(modules.first()).toContainText('Structure inferred');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Age').selectOption('12');
  await expect(modules).toHaveCount(3); // the three girls' modules serve 12-year-olds
  await page.getByLabel('Setting').selectOption({ label: 'Detention' });
  await expect(modules).toHaveCount(1);

  await page.getByRole('link', { name: SERIES }).click();
  await expect(page.getByRole('heading', { level: 1, name: SERIES })).toBeVisible();
  for (const section of [
    'Who it is for',
    'How it runs',
    'Completing the module',
    'The six components of promising services',
    'Sessions',
    'Surveys',
    'Where it comes from',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByText('It is not the licensed program or its materials.')).toBeVisible();
  await expect(page.getByText(/At least 70% of the 10 sessions, including session 1\./)).toBeVisible();
  const sessionLinks = page.getByRole('region', { name: 'Sessions' }).getByRole('link');
  await expect(sessionLinks).toHaveCount(10);
  // The module's survey: its questions, and the answer key only when the facilitator asks for it.
  const surveys = page.getByRole('region', { name: 'Surveys' });
  await expect(surveys.getByRole('article')).toHaveCount(1);
  await expect(surveys).toContainText('Given at the first meeting (pre) and at the last meeting (post)');
  await expect(surveys.getByText('Answer key:')).toHaveCount(0);
  await surveys.getByRole('checkbox', { name: 'Show answer key' }).check();
  await expect(surveys.getByText('Answer key:').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'curricula-module');
  await surveys.getByRole('checkbox', { name: 'Show answer key' }).uncheck();

  await sessionLinks.first().click();
  const sessionTitle = 'Session 1: Starting Together: What This Group Is';
  await expect(page.getByRole('heading', { level: 1, name: sessionTitle })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Content notice' })).toBeVisible();
  const runOfShow = page
    .getByRole('region', { name: 'Run of show' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
  // As many as the shipped module's first session has (its content is revised apart from the app).
  const shipped = parseModuleText(await readFile(resolve(__dirname, '../../curricula/juvenile-hall-five-week-series.yaml'), 'utf8'));
  if (!shipped.ok) throw new Error('The shipped series does not validate.');
  await expect(runOfShow).toHaveCount(shipped.module.sessions[0]!.activities.length);
  await expect(runOfShow.first()).toContainText('0:00–0:08');
  await expect(runOfShow.last()).toContainText('Closing');
  await expect(page.getByText('County Youth Crisis Line')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'curricula-session');

  const outDir = await mkdtemp(join(tmpdir(), 'facilitator-pdf-'));
  try {
    const target = join(outDir, 'session-plan.pdf');
    app.host.nextSaveTarget = target;
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(page.getByText(`Saved to ${target}`)).toBeVisible();
    expect(app.host.suggestedNames.at(-1)).toBe(`${SERIES} - ${sessionTitle}.pdf`.replace(/:/g, ' ').replace(/\s+/g, ' '));

    const text = await pdfText(target);
    for (const expected of [
      'Starting Together: What This Group Is',
      'Content notice',
      'Objectives',
      'Run of show',
      'Welcome and check-in',
      '0:00–0:08',
      'Writing our agreements',
      'Closing and grounding',
      'County Youth Crisis Line',
      SERIES,
    ]) {
      expect(text).toContain(expected);
    }
    // A handout, not a screenshot of the app: no navigation, buttons or notices.
    for (const absent of ['Participants', 'Save as PDF', 'Print…', 'Skip to main content']) expect(text).not.toContain(absent);
    await pdfToImages(target, join(SCREENSHOT_DIR, 'session-plan-pdf'));
    expect((await pdfInfo(target)).size).toMatch(/^612 x 792 pts/);

    // On A4, for a printer outside North America.
    const a4 = join(outDir, 'session-plan-a4.pdf');
    app.host.nextSaveTarget = a4;
    await page.getByLabel('Paper').selectOption('a4');
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(page.getByText(`Saved to ${a4}`)).toBeVisible();
    expect((await pdfInfo(a4)).size).toMatch(/^59[45]\.\d+ x 841\.\d+ pts/);
    await pdfToImages(a4, join(SCREENSHOT_DIR, 'session-plan-a4-pdf'), 1);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});

test('a broken module shows every problem with its line and changes nothing; a good one is added, then removed', async ({ app, dataDir }) => {
  const { page } = app;
  const work = await mkdtemp(join(tmpdir(), 'facilitator-import-'));
  try {
    const valid = await readFile(join(FIXTURES, 'valid-module.yaml'), 'utf8');
    const broken = valid
      .replace('version: 1', 'version: one')
      .replace('        minutes: 25', '        minutes: 35')
      .replace('    number: 2\n', '    number: 2\n    colour: blue\n');
    await writeFile(join(work, 'broken.yaml'), broken);
    await openScreen(page, 'Curricula');

    app.host.nextOpenFile = join(work, 'broken.yaml');
    await page.getByRole('button', { name: 'Import a module…' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'nothing was imported' });
    await expect(problems.getByRole('heading', { name: 'broken.yaml has 3 problems, so nothing was imported' })).toBeVisible();
    await expect(problems).toContainText('Line 4, column 10');
    await expect(problems).toContainText('should be a number');
    await expect(problems).toContainText('Session 1 › activities');
    await expect(problems).toContainText('the activities add up to 55 minutes, 10 minutes longer than the session (45 minutes)');
    await expect(problems).toContainText('Session 2 › colour');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'curricula-import-errors');
    expect(await readdir(join(dataDir, 'curricula'))).toEqual([]);
    await problems.getByRole('button', { name: 'Close' }).click();

    app.host.nextOpenFile = join(FIXTURES, 'valid-module.yaml');
    await page.getByRole('button', { name: 'Import a module…' }).click();
    const preview = page.getByRole('region', { name: 'Add “Friendship Basics (test module)” to your library?' });
    await expect(preview).toBeVisible();
    await screenshot(page, 'curricula-import-preview');
    await preview.getByRole('button', { name: 'Add to library' }).click();
    await expect(page.getByText('“Friendship Basics (test module)” (version 1) is now in your library.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(6);
    expect(await readFile(join(dataDir, 'curricula', moduleFileName('test-friendship-basics', 1)), 'utf8')).toBe(valid);

    await page.getByRole('link', { name: 'Friendship Basics (test module)' }).click();
    await page.getByRole('button', { name: 'Remove “Friendship Basics (test module)”…' }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Curricula' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(5);
    expect(await readdir(join(dataDir, 'curricula'))).toEqual([]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
