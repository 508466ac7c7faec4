import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, openScreen, SCREENSHOT_DIR, test } from './fixtures';
import { planSeries, TITLE } from './series';

/** Where an element sits against the window, without scrolling anything. */
async function fullyInView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize()!;
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

const pageScroll = (page: Page) =>
  page.evaluate(() => ({ x: window.scrollX, y: window.scrollY, sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth }));

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the runner at ${size.width} x ${size.height}: the current activity, its timer and the attendance list in view without scrolling`, async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await page.setViewportSize(size);
    await planSeries(page);
    await page.evaluate(() =>
      (window as unknown as { facilitator: { settings: { saveResource: (input: unknown) => Promise<unknown> } } }).facilitator.settings.saveResource({
        name: 'National Human Trafficking Hotline',
        contact: 'Call 1-888-373-7888 or text 233733 (BeFree)',
        hours: '24 hours, 7 days',
        notes: '',
      }),
    );

    await openScreen(page, 'Today');
    await page.getByRole('article').filter({ hasText: TITLE }).getByRole('link', { name: /Start/ }).click();
    await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOT_DIR, `runner-before-start-${size.width}x${size.height}.png`) });
    await page.getByRole('button', { name: 'Start session' }).click();
    await expect(page.getByText(/Running since/)).toBeVisible();

    const current = page.locator('li.run-step[aria-current="step"]');
    const heading = current.locator('h4');
    // Focus lands on the activity to run, and nothing scrolled to get there.
    await expect(heading).toBeFocused();
    const timer = current.getByRole('timer');
    const grid = page.getByRole('grid', { name: 'Attendance for each participant' });
    const firstRow = grid.getByRole('row').filter({ hasText: 'JH-26-001' });
    await expect(timer).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOT_DIR, `runner-started-${size.width}x${size.height}.png`) });
    expect(await pageScroll(page)).toEqual({ x: 0, y: 0, sideways: 0 });
    expect(await fullyInView(page, heading)).toBe(true);
    expect(await fullyInView(page, timer)).toBe(true);
    // The timer's card whole, its controls included.
    const timerCard = current.getByRole('region', { name: /^Timer for/ });
    expect(await fullyInView(page, timerCard)).toBe(true);
    for (const control of await timerCard.getByRole('button').all()) expect(await fullyInView(page, control)).toBe(true);
    expect(await fullyInView(page, firstRow)).toBe(true);
    expect(await fullyInView(page, page.getByRole('button', { name: /^All present/ }))).toBe(true);
    // In the pane a status button shows its key; its name (and tooltip) stays the status's.
    const present = firstRow.getByRole('button', { name: 'Present', exact: true });
    await expect(present).toHaveText('P', { useInnerText: true });
    await expect(present).toHaveAttribute('title', 'Present');
    // Most of the group on a laptop, all of it on a larger screen, without scrolling the list.
    const rows = await grid
      .getByRole('row')
      .filter({ hasText: /JH-26-/ })
      .all();
    expect(rows).toHaveLength(12);
    const rowsInView = (await Promise.all(rows.map((row) => fullyInView(page, row)))).filter(Boolean).length;
    expect(rowsInView).toBeGreaterThanOrEqual(size.width >= 1920 ? 12 : 8);

    // Marking from the list and starting the timer leave everything where it was.
    await firstRow.getByRole('rowheader').focus();
    await page.keyboard.press('p');
    await current.getByRole('button', { name: 'Start', exact: true }).click();
    expect(await pageScroll(page)).toEqual({ x: 0, y: 0, sideways: 0 });
    expect(await fullyInView(page, timer)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `runner-${size.width}x${size.height}.png`) });

    // The whole group marked present by key: each row gains its presence toggles, and a larger screen still shows every row.
    await grid.getByRole('row').filter({ hasText: 'JH-26-002' }).getByRole('rowheader').focus();
    for (let marked = 1; marked < rows.length; marked += 1) await page.keyboard.press('p');
    await expect(grid.getByRole('button', { name: 'Passed' })).toHaveCount(12);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `runner-all-present-${size.width}x${size.height}.png`) });
    // On a laptop the header may scroll away; the session controls, the timer and the last row marked stay in view.
    expect((await pageScroll(page)).sideways).toBe(0);
    expect(await fullyInView(page, heading)).toBe(true);
    expect(await fullyInView(page, timerCard)).toBe(true);
    expect(await fullyInView(page, page.getByRole('button', { name: 'Pause', exact: true }).first())).toBe(true);
    expect(await fullyInView(page, rows[rows.length - 1]!)).toBe(true);
    if (size.width >= 1920) for (const row of rows) expect(await fullyInView(page, row)).toBe(true);

    // The projector: hotline numbers whole.
    await page.getByRole('button', { name: 'Open presenter view' }).click();
    await expect.poll(() => app.presenterPage()).toBeTruthy();
    const presenter = app.presenterPage()!;
    await presenter.setViewportSize(size);
    await expect(presenter.getByText('National Human Trafficking Hotline')).toBeVisible();
    const number = presenter.locator('.run-whole-number', { hasText: '1-888-373-7888' });
    expect(await number.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('nowrap');
    // One line box: the number is not split.
    expect(await number.evaluate((element) => element.getClientRects().length)).toBe(1);
    await presenter.screenshot({ path: join(SCREENSHOT_DIR, `presenter-${size.width}x${size.height}.png`) });
  });
}
