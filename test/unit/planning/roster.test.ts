import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { juvenileHallDraft, planningHarness } from './harness';

describe('participants', () => {
  it('keeps program codes unique without regard to case', async () => {
    const app = await planningHarness();
    await app.call('participants.save', { code: 'JH-26-014', initials: 'MT', pronouns: 'she/her' });
    const error = await app.fail('participants.save', { code: 'jh-26-014' });
    expect(error.reason).toEqual({ code: 'code-taken', params: { code: 'JH-26-014' } });
    expect(error.issues).toEqual([{ path: 'code', rule: 'as-reason' }]);
    const saved = JSON.parse(await readFile(join(app.dir, 'participants.json'), 'utf8'));
    expect(saved.participants).toHaveLength(1);
    expect(saved.participants[0]).toMatchObject({ code: 'JH-26-014', initials: 'MT', pronouns: 'she/her', createdAt: '2027-03-04T18:00:00.000Z' });
  });

  it('records when a code was corrected (other computers take the newer code), and only then', async () => {
    const app = await planningHarness();
    const { participant } = await app.call('participants.save', { code: 'JH-26-014', initials: 'MT' });
    expect(participant.codeSetAt).toBeUndefined();

    app.setNow('2027-03-06T17:00:00Z');
    expect((await app.call('participants.save', { id: participant.id, code: 'JH-26-041', initials: 'MT' })).participant).toMatchObject({
      code: 'JH-26-041',
      createdAt: '2027-03-04T18:00:00.000Z',
      codeSetAt: '2027-03-06T17:00:00.000Z',
    });
    app.setNow('2027-03-09T17:00:00Z');
    const saved = JSON.parse(await readFile(join(app.dir, 'participants.json'), 'utf8'));
    expect(saved.participants[0]).toMatchObject({ code: 'JH-26-041', codeSetAt: '2027-03-06T17:00:00.000Z' });
    // Other details changed later leave the code's time as it was.
    expect((await app.call('participants.save', { id: participant.id, code: 'JH-26-041', initials: 'MR' })).participant.codeSetAt).toBe(
      '2027-03-06T17:00:00.000Z',
    );
    expect((await app.fail('participants.save', { id: participant.id, code: 'JH-26-041', codeSetAt: '2030-01-01T00:00:00.000Z' } as never)).code).toBe(
      'invalid-input',
    );
  });

  it('takes full names only when the organisation turned them on', async () => {
    const app = await planningHarness();
    const refused = await app.fail('participants.save', { code: 'JH-26-015', fullName: 'Maria Torres' });
    expect(refused.reason).toEqual({ code: 'full-names-off' });
    expect(refused.issues?.[0]).toEqual({ path: 'fullName', rule: 'as-reason' });
    await app.call('settings.setPreferences', { allowFullNames: true });
    const saved = await app.call('participants.save', { code: 'JH-26-015', fullName: 'Maria Torres' });
    expect(saved.participant.fullName).toBe('Maria Torres');
  });

  it('refuses fields the registry never keeps', async () => {
    const app = await planningHarness();
    const error = await app.fail('participants.save', { code: 'JH-26-016', dateOfBirth: '2011-01-01' } as never);
    expect(error.code).toBe('invalid-input');
    expect(JSON.stringify(await app.call('participants.list'))).not.toContain('2011-01-01');
  });

  it('removes only someone who was never on a roster', async () => {
    const app = await planningHarness();
    const kept = await app.call('participants.save', { code: 'JH-26-017' });
    const spare = await app.call('participants.save', { code: 'JH-26-018' });
    await app.call('workshops.create', juvenileHallDraft({ participantIds: [kept.participant.id] }));
    expect((await app.fail('participants.remove', { id: kept.participant.id })).reason).toMatchObject({
      code: 'participant-has-history',
      params: { count: 1 },
    });
    const left = await app.call('participants.remove', { id: spare.participant.id });
    expect(left.map((view) => view.participant.code)).toEqual(['JH-26-017']);
  });
});

describe('the roster', () => {
  it('enrols, exits with a reason, and keeps the stay in the history', async () => {
    const app = await planningHarness();
    const youth = await app.call('participants.save', { code: 'JH-26-020' });
    const view = await app.call('workshops.create', juvenileHallDraft());
    const workshopId = view.workshop.id;
    await app.call('roster.enrol', { workshopId, participantIds: [youth.participant.id], enrolledOn: '2027-03-04' });
    expect((await app.fail('roster.enrol', { workshopId, participantIds: [youth.participant.id], enrolledOn: '2027-03-05' })).reason).toMatchObject({
      code: 'already-enrolled',
      params: { code: 'JH-26-020' },
    });
    expect((await app.fail('roster.exit', { workshopId, participantId: youth.participant.id, on: '2027-03-01', reason: 'released' })).reason).toEqual({
      code: 'exit-before-enrolment',
      params: { code: 'JH-26-020', date: '2027-03-04' },
    });
    const exited = await app.call('roster.exit', { workshopId, participantId: youth.participant.id, on: '2027-03-10', reason: 'released' });
    expect(exited.workshop.roster).toEqual([{ participantId: youth.participant.id, enrolledOn: '2027-03-04', exit: { on: '2027-03-10', reason: 'released' } }]);
    const [history] = await app.call('participants.list');
    expect(history!.enrolments).toMatchObject([{ workshopTitle: 'Knowing Your Worth – Unit B', enrolledOn: '2027-03-04', exit: { reason: 'released' } }]);
  });

  it('moves a participant released from juvenile hall into a community group, keeping both stays', async () => {
    const app = await planningHarness();
    const youth = await app.call('participants.save', { code: 'JH-26-021' });
    const hall = await app.call('workshops.create', juvenileHallDraft({ participantIds: [youth.participant.id] }));
    const community = await app.call('workshops.create', { ...juvenileHallDraft(), title: 'Community group' });
    const moved = await app.call('roster.move', {
      fromWorkshopId: hall.workshop.id,
      toWorkshopId: community.workshop.id,
      participantId: youth.participant.id,
      on: '2027-03-12',
    });
    expect(moved.workshop.id).toBe(community.workshop.id);
    expect(moved.workshop.roster).toEqual([{ participantId: youth.participant.id, enrolledOn: '2027-03-12', fromWorkshopId: hall.workshop.id }]);
    const hallNow = await app.call('workshops.get', { workshopId: hall.workshop.id });
    expect(hallNow.workshop.roster[0]!.exit).toEqual({ on: '2027-03-12', reason: 'moved', toWorkshopId: community.workshop.id });
    const [history] = await app.call('participants.list');
    expect(history!.enrolments.map((stay) => stay.workshopTitle)).toEqual(['Knowing Your Worth – Unit B', 'Community group']);
  });
});

describe('importing a roster from CSV', () => {
  const csv = ['code,initials,pronouns', 'JH-26-030,AB,she/her', 'JH-26-031,=CMD,', 'jh-26-030,CD,', 'JH-26-032,EF,they/them', ',GH,'].join('\n');

  it('previews every row, changes nothing until confirmed, then enrols the good rows', async () => {
    const app = await planningHarness();
    const existing = await app.call('participants.save', { code: 'JH-26-032', initials: 'EF' });
    const view = await app.call('workshops.create', juvenileHallDraft());
    const workshopFile = join(app.dir, 'workshops', `${view.workshop.id}.json`);
    const before = {
      workshop: await readFile(workshopFile),
      registry: await readFile(join(app.dir, 'participants.json')),
      mtime: (await stat(workshopFile)).mtimeMs,
    };

    await app.pickFile('unit-b.csv', csv);
    const preview = await app.call('roster.chooseImport', { workshopId: view.workshop.id, enrolledOn: '2027-03-04' });
    expect(app.host.dialogs.at(-1)).toBe('roster');
    if (preview.status !== 'ready') throw new Error(`expected a ready preview, got ${preview.status}`);
    expect(preview.rows.map((row) => [row.line, row.code, row.status])).toEqual([
      [2, 'JH-26-030', 'new'],
      [3, 'JH-26-031', 'error'],
      [4, 'jh-26-030', 'error'],
      [5, 'JH-26-032', 'existing'],
      [6, '', 'error'],
    ]);
    expect(preview.importable).toBe(2);
    expect(await readFile(workshopFile)).toEqual(before.workshop);
    expect(await readFile(join(app.dir, 'participants.json'))).toEqual(before.registry);
    expect((await stat(workshopFile)).mtimeMs).toBe(before.mtime);

    const after = await app.call('roster.confirmImport', { token: preview.token });
    const codes = after.participants.map((participant) => participant.code).sort();
    expect(codes).toEqual(['JH-26-030', 'JH-26-032']);
    expect(after.workshop.roster.every((entry) => entry.enrolledOn === '2027-03-04')).toBe(true);
    expect(after.participants.find((participant) => participant.id === existing.participant.id)).toBeDefined();
    expect((await app.fail('roster.confirmImport', { token: preview.token })).reason).toEqual({ code: 'roster-import-expired' });
  });

  it('refuses a file with a column the app never keeps, saying which', async () => {
    const app = await planningHarness();
    const view = await app.call('workshops.create', juvenileHallDraft());
    await app.pickFile('with-dob.csv', 'code,date of birth\nJH-26-040,2011-02-03\n');
    const preview = await app.call('roster.chooseImport', { workshopId: view.workshop.id, enrolledOn: '2027-03-04' });
    expect(preview.status).toBe('invalid');
    if (preview.status === 'invalid') expect(preview.problems).toMatchObject([{ code: 'roster-column-birth-dates', params: { column: 'date of birth' } }]);
    app.host.nextOpenFile = undefined;
    expect(await app.call('roster.chooseImport', { workshopId: view.workshop.id, enrolledOn: '2027-03-04' })).toEqual({ status: 'cancelled' });
  });
});

describe('Today and the calendar', () => {
  it('lists today’s and the rest of this week’s meetings across workshops, leaving out archived ones', async () => {
    const app = await planningHarness(); // Thursday 2027-03-04, 10:00 in Los Angeles
    const hall = await app.call('workshops.create', juvenileHallDraft());
    const archived = await app.call('workshops.create', { ...juvenileHallDraft(), title: 'Old group' });
    await app.call('workshops.archive', { workshopId: archived.workshop.id });
    const today = await app.call('schedule.today');
    expect(today).toMatchObject({ today: '2027-03-04', weekStart: '2027-03-01', weekEnd: '2027-03-07' });
    expect(today.meetings.map((item) => [item.workshopTitle, item.meeting.date])).toEqual([['Knowing Your Worth – Unit B', '2027-03-04']]);
    expect(today.meetings[0]!.sessions[0]).toMatchObject({ number: 2 });

    const month = await app.call('schedule.range', { from: '2027-03-01', to: '2027-03-31' });
    expect(month.meetings.filter((item) => item.workshopId === hall.workshop.id)).toHaveLength(9);
    expect((await app.fail('schedule.range', { from: '2027-03-01', to: '2027-12-31' })).code).toBe('invalid-input');
  });

  it('says what today is in the computer’s time zone, not in UTC', async () => {
    const app = await planningHarness({ now: '2027-03-05T05:00:00Z' }); // still Thursday evening in Los Angeles
    expect((await app.call('schedule.today')).today).toBe('2027-03-04');
  });
});
