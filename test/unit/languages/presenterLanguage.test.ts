import { describe, expect, it } from 'vitest';
import { juvenileHallDraft, planningHarness } from '../planning/harness';

describe('the presenter’s language', () => {
  it('welcomes and then shows the room in the group’s language, sending the session by number and title rather than an English sentence', async () => {
    const app = await planningHarness();
    await app.call('settings.setPreferences', { language: 'es' });
    const { workshop } = await app.call('workshops.create', juvenileHallDraft());
    expect(workshop.language).toBe('es');
    const meeting = workshop.meetings[1]!;

    await app.call('presenter.open', { workshopId: workshop.id, meetingId: meeting.id });
    expect(await app.call('presenter.state')).toEqual({ waiting: true, language: 'es' });

    await app.call('presenter.show', { workshopId: workshop.id, meetingId: meeting.id, paused: false });
    const shown = await app.call('presenter.state');
    // The room reads the session in the group's language: the Spanish translation's words, with the planned ids.
    const [, spanish] = await app.call('curricula.translations', { id: workshop.module.id, version: workshop.module.version });
    const session = spanish!.module.sessions.find((candidate) => candidate.id === meeting.sessionIds[0])!;
    expect(session.title).not.toBe(workshop.module.sessions.find((candidate) => candidate.id === session.id)!.title);
    expect(shown).toMatchObject({ language: 'es', session: { number: session.number, title: session.title } });
    expect(JSON.stringify(shown)).not.toMatch(/Session \d/);

    await app.call('presenter.show', { workshopId: workshop.id, meetingId: meeting.id, paused: false, language: 'en' });
    const planned = workshop.module.sessions.find((candidate) => candidate.id === session.id)!;
    expect(await app.call('presenter.state')).toMatchObject({ language: 'en', session: { title: planned.title } });
  });
});
