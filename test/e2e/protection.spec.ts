import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBridgedRenderer } from '../support/bridgedRenderer';
import { E2E_NOW, E2E_TIME_ZONE, expect, expectNoSeriousA11yViolations, screenshot, test } from './fixtures';

const PASSPHRASE = 'lantern river coat maple';
const CODE = 'JH-26-014';

/** Every file under `dir` whose bytes hold `text`. */
/**
 * The files under `dir` whose bytes hold `text`. The app may still be saving (a temporary file renamed
 * over its target between the listing and the reading), so a scan that meets a vanished file starts again.
 */
async function filesHolding(dir: string, text: string): Promise<string[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const holding: string[] = [];
      for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile()) continue;
        const path = join(entry.parentPath, entry.name);
        if ((await readFile(path)).includes(Buffer.from(text))) holding.push(path);
      }
      return holding;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt === 5) throw error;
    }
  }
}

test('protects the data at the first start, locks with the button and Ctrl+L, and unlocks with the passphrase or the recovery key', async ({ dataDir }) => {
  test.setTimeout(120_000);
  const app = await launchBridgedRenderer({ dir: dataDir, askAtFirstStart: true, clock: { now: () => E2E_NOW, timeZone: E2E_TIME_ZONE } });
  try {
    const { page } = app;
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Facilitator' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Protect with a passphrase (recommended)' })).toBeChecked();
    // The e2e browser has no keychain: the screen says so instead of offering it.
    await expect(page.getByText('This computer offers no keychain the app can use')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'first-start');

    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Protect the data and continue' }).click();
    await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
    // Shown in groups of four, to copy by hand.
    const shown = (await page.getByRole('definition').first().textContent()) ?? '';
    expect(shown.trim()).toMatch(/^([0-9A-Z]{4} ){7}[0-9A-Z]{4}$/);
    const recoveryKey = shown.replace(/\s+/g, '');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'recovery-key');
    await page.getByRole('checkbox', { name: /I have printed or written down the recovery key/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // The app itself: add a participant, then check the disk holds nothing readable.
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Participants' }).click();
    await page.getByRole('button', { name: /Add a participant/ }).click();
    await page.getByLabel('Program code').fill(CODE);
    await page
      .getByRole('button', { name: /Add participant|Save/ })
      .first()
      .click();
    await expect(page.getByText(CODE).first()).toBeVisible();
    expect(await filesHolding(dataDir, CODE)).toEqual([]);
    expect(await filesHolding(dataDir, recoveryKey)).toEqual([]);

    // Locked by the button: nothing of the data is left on the page.
    await page.getByRole('button', { name: /^Lock/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Facilitator is locked' })).toBeVisible();
    expect(await page.locator('body').innerText()).not.toContain(CODE);
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'locked');

    await page.getByLabel('Passphrase').fill('lantern river coat');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText('That passphrase does not unlock the data.').first()).toBeVisible();
    await expect(page.getByLabel('Passphrase')).toBeFocused();
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: /^Lock/ })).toBeVisible();

    // Ctrl+L locks from anywhere; the recovery key unlocks.
    await page.keyboard.press('Control+l');
    await expect(page.getByRole('heading', { level: 1, name: 'Facilitator is locked' })).toBeVisible();
    await page.getByRole('button', { name: 'Forgot the passphrase? Use the recovery key' }).click();
    await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Protection' }).click();
    const protection = page.getByRole('region', { name: 'Protection' });
    await expect(protection.getByText('The data is protected with a passphrase.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'settings-protection');

    // Starting again: the app opens locked.
    await app.restart();
    await expect(page.getByRole('heading', { level: 1, name: 'Facilitator is locked' })).toBeVisible();
  } finally {
    await app.close();
  }
});
