import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { FacilitatorApi } from '../../core/contract/bridge';
import { ENTRY_URL } from '../support/bridgedRenderer';
import { expect, expectNoSeriousA11yViolations, openScreen, screenshot, test } from './fixtures';

const FIXTURES = resolve(__dirname, '../fixtures/curricula');
const ENGLISH = 'Friendship Basics (test module)';
const SPANISH = 'Lo básico de la amistad (módulo de prueba)';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Screenshots of the page at the laptop size and a large screen. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${size.width}x${size.height}`);
  }
}

test('a module and its Spanish translation: one library card, a language switch on the module and session pages, and the runner in Spanish', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize(SIZES[0]!);
  // The translation is imported first: its original is not there yet, which is only a notice.
  for (const file of ['valid-module-es.yaml', 'valid-module.yaml']) {
    app.host.nextOpenFile = resolve(FIXTURES, file);
    const status = await page.evaluate(async () => {
      const api = (window as unknown as { facilitator: FacilitatorApi }).facilitator;
      const preview = await api.curricula.chooseImport();
      if (!preview.ok || !('token' in preview.value)) return JSON.stringify(preview);
      const confirmed = await api.curricula.confirmImport({ token: preview.value.token });
      return confirmed.ok ? preview.value.status : JSON.stringify(confirmed.error.reason);
    });
    expect(status).toBe('new');
  }

  await openScreen(page, 'Curricula');
  const card = page.getByRole('article', { name: ENGLISH });
  await expect(card.getByRole('link', { name: 'Español' })).toBeVisible();
  await expect(page.getByRole('article', { name: SPANISH })).toHaveCount(0);
  await expect(page.getByText('6 modules')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'languages-library');

  await card.getByRole('link', { name: ENGLISH }).click();
  const switcher = page.getByRole('navigation', { name: 'This module in other languages' });
  await switcher.getByRole('link', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SPANISH })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'languages-module-es');

  await page.getByRole('link', { name: 'Session 2: Cuando algo no se siente bien' }).click();
  await switcher.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session 2: When it feels wrong' })).toBeVisible();
  await switcher.getByRole('link', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session 2: Cuando algo no se siente bien' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'languages-session-es');

  // A workshop planned from the English module, run with the Spanish text.
  const { workshopId, meetingId } = await page.evaluate(async () => {
    const api = (window as unknown as { facilitator: FacilitatorApi }).facilitator;
    const created = await api.workshops.create({
      title: 'Tuesday group',
      audience: 'Ages 13–17',
      facilitators: [],
      timeZone: 'America/Los_Angeles',
      moduleId: 'test-friendship-basics',
      plan: { startDate: '2027-03-02', weekdays: [2], startTime: '15:30', minutes: 45, everyWeeks: 1, coverage: 'one', skipDates: [] },
      participantIds: [],
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error.reason));
    return { workshopId: created.value.workshop.id, meetingId: created.value.workshop.meetings[0]!.id };
  });
  await page.goto(`${ENTRY_URL}#/workshops/${workshopId}/meetings/${meetingId}`);
  const choice = page.getByRole('group', { name: 'Session text in' });
  await expect(choice.getByRole('radio', { name: 'English' })).toBeChecked();
  await choice.getByText('Español').click();
  await expect(page.getByRole('heading', { level: 3, name: 'Session 1: Lo que hacen los amigos' })).toBeVisible();
  await expect(page.getByText('Mapa de amistades')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'languages-runner-es');

  // The projector shows the Spanish words too; the workshop keeps the English module it was planned from.
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByText(/Running since/)).toBeVisible();
  await page.getByRole('button', { name: 'Open presenter view' }).click();
  await expect(page.getByText('The presenter view is open in its own window.')).toBeVisible();
  await expect.poll(() => app.presenterPage(), { timeout: 15_000 }).toBeTruthy();
  const presenter = app.presenterPage()!;
  await expect(presenter.getByRole('heading', { level: 1, name: '¿Cómo llegamos hoy?' })).toBeVisible();
  // The session's own title; how "Session 1" around it is worded is the presenter's language, not the module's.
  await expect(presenter.getByText(/Lo que hacen los amigos/)).toBeVisible();
  await screenshot(presenter, 'languages-presenter-es');
  await page.getByRole('group', { name: 'Session text in' }).getByText('English').click();
  await expect(presenter.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
  const saved = await app.store.workshops.get(workshopId);
  expect(saved?.module).toMatchObject({ id: 'test-friendship-basics', language: 'en' });
});
