import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edited, validText } from '../curricula/helpers';
import { FIXTURE_DIR } from '../curricula/helpers';
import { workshopOnDisk } from '../../support/workshopOnDisk';
import { juvenileHallDraft, planningHarness, type PlanningHarness } from '../planning/harness';

const spanishText = async (): Promise<string> => readFile(join(FIXTURE_DIR, 'valid-module-es.yaml'), 'utf8');

async function importModule(app: PlanningHarness, name: string, text: string) {
  await app.pickFile(name, text);
  const preview = await app.call('curricula.chooseImport');
  if (!('token' in preview)) throw new Error(`expected an importable module, got ${JSON.stringify(preview)}`);
  await app.call('curricula.confirmImport', { token: preview.token });
  return preview;
}

describe('curriculum translations, on real files', () => {
  it('imports a translation of a module not yet in the library with a notice, then shows both on one card', async () => {
    const app = await planningHarness();
    const first = await importModule(app, 'es.yaml', await spanishText());
    expect(first.status === 'new' ? first.notices : []).toEqual([
      {
        path: 'translationOf',
        line: 7,
        column: 16,
        message: { code: 'translation-original-missing', params: { original: 'test-friendship-basics@1' } },
      },
    ]);
    await importModule(app, 'en.yaml', validText());
    const library = await app.call('curricula.list');
    const english = library.find((summary) => summary.id === 'test-friendship-basics');
    expect(english?.languages).toEqual([
      { id: 'test-friendship-basics', language: 'en' },
      { id: 'test-friendship-basics-es', language: 'es' },
    ]);
    expect(library.find((summary) => summary.id === 'test-friendship-basics-es')).toMatchObject({ translationOf: 'test-friendship-basics@1', language: 'es' });
    const family = await app.call('curricula.translations', { id: 'test-friendship-basics-es', version: 1 });
    expect(family.map((entry) => [entry.module.id, entry.module.language, entry.origin])).toEqual([
      ['test-friendship-basics', 'en', 'imported'],
      ['test-friendship-basics-es', 'es', 'imported'],
    ]);
    const shippedFamily = await app.call('curricula.translations', { id: 'juvenile-hall-five-week-series', version: 1 });
    expect(shippedFamily.map((entry) => [entry.module.id, entry.module.language])).toEqual([
      ['juvenile-hall-five-week-series', 'en'],
      ['juvenile-hall-five-week-series-es', 'es'],
    ]);
  });

  it('refuses a translation whose ids differ from its original in the library, saving nothing', async () => {
    const app = await planningHarness();
    await importModule(app, 'en.yaml', validText());
    await app.pickFile('es.yaml', edited('      - id: friend-map', '      - id: friends-map', await spanishText()));
    const preview = await app.call('curricula.chooseImport');
    expect(preview).toMatchObject({
      status: 'invalid',
      problems: [
        {
          path: 'sessions[0].activities',
          line: 53,
          column: 7,
          message: { code: 'translation-lacks-activity', params: { id: 'friend-map', original: 'test-friendship-basics@1', session: 'what-friends-do' } },
        },
        {
          path: 'sessions[0].activities[1].id',
          line: 58,
          column: 13,
          message: { code: 'translation-extra-activity', params: { id: 'friends-map', original: 'test-friendship-basics@1', session: 'what-friends-do' } },
        },
      ],
    });
    expect((await app.call('curricula.list')).map((summary) => summary.id)).not.toContain('test-friendship-basics-es');
  });

  it('shows a workshop planned in English in Spanish on the presenter, keeping its module and its attendance by the same ids', async () => {
    const app = await planningHarness();
    await importModule(app, 'en.yaml', validText());
    await importModule(app, 'es.yaml', await spanishText());
    const { id: participantId } = (await app.call('participants.save', { code: 'JH-26-001' })).participant;
    const plan = { startDate: '2027-03-04', weekdays: [4], startTime: '15:30', minutes: 45, everyWeeks: 1, coverage: 'one' as const, skipDates: [] };
    const { workshop } = await app.call('workshops.create', juvenileHallDraft({ moduleId: 'test-friendship-basics', plan, participantIds: [participantId] }));
    const meeting = workshop.meetings[0]!;
    const ref = { workshopId: workshop.id, meetingId: meeting.id };

    const spanish = await app.call('presenter.show', { ...ref, sessionId: 'what-friends-do', activityId: 'friend-map', paused: false, textLanguage: 'es' });
    expect(spanish).toMatchObject({ activityTitle: 'Mapa de amistades', prompt: '¿Qué hace un buen amigo?' });
    const english = await app.call('presenter.show', { ...ref, sessionId: 'what-friends-do', activityId: 'friend-map', paused: false });
    expect(english).toMatchObject({ activityTitle: 'Friend map', prompt: 'What does a good friend do?' });
    const noTranslation = await app.call('presenter.show', {
      ...ref,
      sessionId: 'what-friends-do',
      activityId: 'friend-map',
      paused: false,
      textLanguage: 'fr',
    });
    expect(noTranslation.prompt).toBe('What does a good friend do?');

    await app.call('attendance.mark', { ...ref, participantId, statusId: 'present' });
    const saved = await workshopOnDisk(app.dir, workshop.id);
    expect({ id: saved.module.id, language: saved.module.language, title: saved.module.sessions[0]?.title }).toEqual({
      id: 'test-friendship-basics',
      language: 'en',
      title: 'What friends do',
    });
    expect(saved.attendance).toMatchObject([{ meetingId: meeting.id, participantId, statusId: 'present' }]);
  });
});
