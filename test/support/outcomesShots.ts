/**
 * Screenshots of the funder report with outcomes and fidelity, at 1366x768 and 1920x1080, and its
 * printed PDF: a five-week series held for twelve young people, surveyed before and after, with a
 * fidelity log. Run after a build: `npx tsx test/support/outcomesShots.ts <folder>`.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SurveyResponse } from '../../core/domain/surveys/response';
import type { Workshop } from '../../core/domain/workshop';
import { answersFor, knowledgeSurvey } from '../unit/reports/outcomesHelpers';
import { ENTRY_URL, launchBridgedRenderer } from './bridgedRenderer';
import { callThroughPage } from './pageCall';

const NOW = new Date('2027-04-10T18:00:00.000Z');

async function main(folder: string) {
  await mkdir(folder, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), 'outcomes-shots-'));
  const app = await launchBridgedRenderer({ dir, now: () => NOW, clock: { now: () => NOW, timeZone: 'America/Los_Angeles' } });
  const { page } = app;
  const call = callThroughPage(page);
  await page.waitForFunction(() => 'facilitator' in window);
  await call('settings.setOrganisation', { name: 'Harbor Youth Services' });
  const { sites } = await call('settings.saveSite', { name: 'Hillcrest Juvenile Hall', kind: 'detention' });
  const ids: string[] = [];
  for (let index = 1; index <= 12; index++)
    ids.push(((await call('participants.save', { code: `JH-26-${String(index).padStart(3, '0')}` })) as { participant: { id: string } }).participant.id);
  const created = (await call('workshops.create', {
    title: 'Knowing Your Worth – Unit B',
    audience: 'Girls 14–17, Unit B',
    facilitators: [],
    timeZone: 'America/Los_Angeles',
    moduleId: 'juvenile-hall-five-week-series',
    plan: { startDate: '2027-03-02', weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
    participantIds: ids,
    siteId: (sites as { id: string }[])[0]!.id,
  })) as { workshop: Workshop };
  const workshop = created.workshop;
  for (const meeting of workshop.meetings) {
    for (const [index, participantId] of ids.entries()) {
      await call('attendance.mark', {
        workshopId: workshop.id,
        meetingId: meeting.id,
        participantId,
        statusId: (index + meeting.date.length) % 7 === 0 ? 'absent' : 'present',
        confirmPastEdit: true,
      });
    }
  }
  await app.store.workshops.update(workshop.id, (current): Workshop => {
    const at = (day: string, index: number) => `${day}T23:${String(10 + index).padStart(2, '0')}:00.000Z`;
    const response = (participantId: string, occasion: 'pre' | 'post', index: number, answers: SurveyResponse['answers']): SurveyResponse => ({
      id: crypto.randomUUID(),
      instrumentId: 'knowledge',
      occasion,
      participantId,
      entry: 'paper',
      answers,
      createdAt: at(occasion === 'pre' ? '2027-03-02' : '2027-04-01', index),
      updatedAt: at(occasion === 'pre' ? '2027-03-02' : '2027-04-01', index),
    });
    const surveys = ids.flatMap((id, index) => [
      response(id, 'pre', index, answersFor(index % 3 === 0 ? 0 : 50, 2 + (index % 2))),
      ...(index < 11 ? [response(id, 'post', index, answersFor(index % 4 === 0 ? 50 : 100, 4 + (index % 2)))] : []),
    ]);
    const runs = current.module.sessions.slice(0, 10).map((session, index) => ({
      meetingId: current.meetings[index]!.id,
      startedAt: `${current.meetings[index]!.date}T22:30:00.000Z`,
      endedAt: `${current.meetings[index]!.date}T23:30:00.000Z`,
      fidelity: session.activities.flatMap((activity, activityIndex) =>
        (index + activityIndex) % 5 === 4
          ? []
          : [
              {
                sessionId: session.id,
                activityId: activity.id,
                outcome:
                  (index + activityIndex) % 4 === 1 ? ('adapted' as const) : (index + activityIndex) % 7 === 3 ? ('skipped' as const) : ('as-planned' as const),
                note: (index + activityIndex) % 4 === 1 ? 'Shortened: the unit count ran late' : (index + activityIndex) % 7 === 3 ? 'Lockdown drill' : '',
              },
            ],
      ),
      notes: '',
    }));
    return { ...current, module: { ...current.module, instruments: [knowledgeSurvey()] }, surveys, runs };
  });

  const url = `${ENTRY_URL}#/print/funder?from=2027-03-01&to=2027-04-30`;
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`${ENTRY_URL}#/reports`);
    await page.getByRole('button', { name: 'Show the funder report' }).waitFor();
    await page.getByRole('combobox', { name: 'Workshop', exact: true }).waitFor({ timeout: 10_000 });
    await page.getByRole('region', { name: 'Funder report' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(folder, `reports-${width}.png`) });
    await page.goto(url);
    await page.getByRole('region', { name: 'Outcomes: pre- and post-surveys' }).waitFor();
    await page.screenshot({ path: join(folder, `funder-${width}.png`) });
    await page.getByRole('heading', { name: 'Outcomes: pre- and post-surveys' }).evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: join(folder, `funder-outcomes-${width}.png`) });
    await page.getByRole('heading', { name: 'Fidelity: sessions delivered as designed' }).evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: join(folder, `funder-fidelity-${width}.png`) });
  }
  // The page in Spanish, as a funder would get it printed.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${url}&lang=es`);
  await page.getByRole('heading', { name: 'Resultados: encuestas al inicio y al final' }).evaluate((heading) => heading.scrollIntoView());
  await page.screenshot({ path: join(folder, 'funder-outcomes-es-1366.png') });
  await page.goto(url);
  await page.getByRole('region', { name: 'Outcomes: pre- and post-surveys' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  await writeFile(join(folder, 'funder.pdf'), await page.pdf({ format: 'Letter', printBackground: true }));
  await app.close();
}

void main(process.argv[2] ?? 'test/artifacts/screens/outcomes');
