import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workshopOnDisk } from '../../support/workshopOnDisk';
import type { Workshop } from '../../../core/domain/workshop';
import { juvenileHallDraft, planningHarness, type PlanningHarness } from './harness';
import { wholeWorkshops } from '../../../electron/services/workshopReads';

const onDisk = (app: PlanningHarness, id: string): Promise<Workshop> => workshopOnDisk(app.dir, id);

async function withStaff(app: PlanningHarness) {
  const settings = await app.call('settings.saveFacilitator', { name: 'Ana Reyes', roles: ['lead', 'clinician'] });
  const withSite = await app.call('settings.saveSite', { name: 'Hillcrest Juvenile Hall', kind: 'detention' });
  return { ana: settings.facilitators[0]!.id, hall: withSite.sites[0]!.id };
}

describe('planning a workshop', () => {
  it('previews the five-week juvenile-hall series as ten dated meetings, leaving out skip dates', async () => {
    const app = await planningHarness();
    const { plan, moduleId, timeZone, facilitators } = juvenileHallDraft();
    const preview = await app.call('workshops.previewSchedule', { moduleId, timeZone, facilitators, plan: { ...plan, skipDates: ['2027-03-11'] } });
    expect(preview.meetings.map((meeting) => meeting.date)).toEqual([
      '2027-03-02',
      '2027-03-04',
      '2027-03-09',
      '2027-03-16',
      '2027-03-18',
      '2027-03-23',
      '2027-03-25',
      '2027-03-30',
      '2027-04-01',
      '2027-04-06',
    ]);
    expect(preview.skipped).toEqual(['2027-03-11']);
    expect(preview.meetings[0]).toMatchObject({ startTime: '15:30', minutes: 60, sessionIds: ['welcome-and-agreements'] });
    expect(await wholeWorkshops(app.store, await app.store.workshops.summaries())).toEqual([]);
  });

  it('creates the workshop durably, with a snapshot of the module, its staff and the roster', async () => {
    const app = await planningHarness();
    const { ana, hall } = await withStaff(app);
    const youth = await app.call('participants.save', { code: 'JH-26-001', initials: 'AB' });
    const view = await app.call(
      'workshops.create',
      juvenileHallDraft({ siteId: hall, facilitators: [{ facilitatorId: ana, roles: ['lead'] }], participantIds: [youth.participant.id] }),
    );
    const saved = await onDisk(app, view.workshop.id);
    expect(saved.module).toMatchObject({ id: 'juvenile-hall-five-week-series', version: 1 });
    expect(saved.module.sessions).toHaveLength(10);
    expect(saved.meetings).toHaveLength(10);
    expect(saved.site).toEqual({ siteId: hall, name: 'Hillcrest Juvenile Hall', kind: 'detention' });
    expect(saved.facilitators).toEqual([{ facilitatorId: ana, name: 'Ana Reyes', roles: ['lead'] }]);
    expect(saved.roster).toEqual([{ participantId: youth.participant.id, enrolledOn: '2027-03-02' }]);
    // The clock says Thursday 2027-03-04 in Los Angeles: the second meeting is today.
    expect(view).toMatchObject({ status: 'running', today: '2027-03-04' });
    expect(view.participants.map((participant) => participant.code)).toEqual(['JH-26-001']);
  });

  it('keeps every role one facilitator holds in the workshop, and refuses none or the same role twice', async () => {
    const app = await planningHarness();
    const { ana } = await withStaff(app);
    const view = await app.call('workshops.create', juvenileHallDraft({ facilitators: [{ facilitatorId: ana, roles: ['clinician', 'survivor-mentor'] }] }));
    expect((await onDisk(app, view.workshop.id)).facilitators).toEqual([{ facilitatorId: ana, name: 'Ana Reyes', roles: ['clinician', 'survivor-mentor'] }]);

    const none = await app.fail('workshops.create', juvenileHallDraft({ facilitators: [{ facilitatorId: ana, roles: [] }] }));
    expect(none.issues).toContainEqual({ path: 'facilitators[0].roles', rule: 'too-few', params: { minimum: 1 } });
    const twice = await app.fail('workshops.create', juvenileHallDraft({ facilitators: [{ facilitatorId: ana, roles: ['lead', 'lead'] }] }));
    expect(twice.issues).toContainEqual({ path: 'facilitators[0].roles', rule: 'duplicate' });
  });

  it('refuses a plan it cannot follow, naming the field', async () => {
    const app = await planningHarness();
    const draft = juvenileHallDraft();
    const error = await app.fail('workshops.create', { ...draft, plan: { ...draft.plan, weekdays: [] } });
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toContainEqual({ path: 'plan.weekdays', rule: 'too-few', params: { minimum: 1 } });
    const unknownSite = await app.fail('workshops.create', { ...draft, siteId: crypto.randomUUID() });
    expect(unknownSite.issues?.[0]?.path).toBe('siteId');
    expect(await wholeWorkshops(app.store, await app.store.workshops.summaries())).toEqual([]);
  });

  it('keeps the module version it was planned from when the library module is upgraded', async () => {
    const app = await planningHarness();
    const view = await app.call('workshops.create', juvenileHallDraft());
    const shipped = await readFile(join(__dirname, '../../../curricula/juvenile-hall-five-week-series.yaml'), 'utf8');
    await app.pickFile('upgrade.yaml', shipped.replace(/^version: 1$/m, 'version: 2').replace(/^title: .*$/m, 'title: Knowing Your Worth (revised)'));
    const preview = await app.call('curricula.chooseImport');
    expect(preview.status).toBe('upgrade');
    if (preview.status === 'upgrade') await app.call('curricula.confirmImport', { token: preview.token });
    const after = await app.call('workshops.get', { workshopId: view.workshop.id });
    expect(after.workshop.module.version).toBe(1);
    expect(after.workshop.module.title).not.toContain('revised');
  });

  it('warns when a facilitator or site would be booked twice, across workshops', async () => {
    const app = await planningHarness();
    const { ana, hall } = await withStaff(app);
    const staff = { siteId: hall, facilitators: [{ facilitatorId: ana, roles: ['lead' as const] }] };
    const first = await app.call('workshops.create', juvenileHallDraft(staff));
    const { plan } = juvenileHallDraft();
    const preview = await app.call('workshops.previewSchedule', {
      moduleId: 'juvenile-hall-five-week-series',
      timeZone: 'America/Los_Angeles',
      ...staff,
      plan: { ...plan, startTime: '16:00', weekdays: [4] },
    });
    expect(preview.conflicts.length).toBeGreaterThan(0);
    expect(preview.conflicts.map((conflict) => conflict.kind).sort()).toContain('facilitator');
    expect(preview.conflicts.map((conflict) => conflict.kind)).toContain('site');
    const second = await app.call('workshops.create', {
      ...juvenileHallDraft(staff),
      title: 'Second group',
      plan: { ...plan, startTime: '16:00', weekdays: [4] },
    });
    expect(second.conflicts.length).toBeGreaterThan(0);
    const firstNow = await app.call('workshops.get', { workshopId: first.workshop.id });
    expect(firstNow.conflicts.some((conflict) => conflict.first.workshopTitle === 'Second group' || conflict.second.workshopTitle === 'Second group')).toBe(
      true,
    );
  });

  it('lists workshops with their status, and archives and restores them', async () => {
    const app = await planningHarness();
    const running = await app.call('workshops.create', juvenileHallDraft());
    const { plan } = juvenileHallDraft();
    await app.call('workshops.create', { ...juvenileHallDraft(), title: 'Spring group', plan: { ...plan, startDate: '2027-04-05' } });
    await app.call('workshops.create', { ...juvenileHallDraft(), title: 'Winter group', plan: { ...plan, startDate: '2026-11-03' } });
    const byTitle = (list: { title: string; status: string }[]) => Object.fromEntries(list.map((item) => [item.title, item.status]));
    expect(byTitle(await app.call('workshops.list'))).toEqual({
      'Knowing Your Worth – Unit B': 'running',
      'Spring group': 'planned',
      'Winter group': 'finished',
    });
    const summary = (await app.call('workshops.list')).find((item) => item.id === running.workshop.id)!;
    expect(summary).toMatchObject({ meetingCount: 10, pastMeetingCount: 1, firstDate: '2027-03-02', lastDate: '2027-04-01' });

    const archived = await app.call('workshops.archive', { workshopId: running.workshop.id });
    expect(archived.status).toBe('archived');
    expect((await onDisk(app, running.workshop.id)).archivedAt).toBe('2027-03-04T18:00:00.000Z');
    const refused = await app.fail('meetings.restore', { workshopId: running.workshop.id, meetingId: running.workshop.meetings[0]!.id });
    expect(refused.reason).toMatchObject({ code: 'workshop-archived' });
    const restored = await app.call('workshops.restore', { workshopId: running.workshop.id });
    expect(restored.status).toBe('running');
    expect((await onDisk(app, running.workshop.id)).archivedAt).toBeUndefined();
  });

  it('edits details, keeping the names of staff as they were when chosen', async () => {
    const app = await planningHarness();
    const { ana, hall } = await withStaff(app);
    const view = await app.call('workshops.create', juvenileHallDraft({ siteId: hall }));
    const updated = await app.call('workshops.update', {
      workshopId: view.workshop.id,
      title: 'Unit C group',
      audience: 'Girls 15–17',
      facilitators: [{ facilitatorId: ana, roles: ['clinician'] }],
      timeZone: 'America/Los_Angeles',
    });
    expect(updated.workshop).toMatchObject({ title: 'Unit C group', audience: 'Girls 15–17', facilitators: [{ name: 'Ana Reyes', roles: ['clinician'] }] });
    expect(updated.workshop.site).toBeUndefined();
    expect((await onDisk(app, view.workshop.id)).title).toBe('Unit C group');
  });
});

describe('changing the schedule', () => {
  it('cancels a meeting for a lockdown and hands its session on, adding a meeting at the end', async () => {
    const app = await planningHarness();
    const view = await app.call('workshops.create', juvenileHallDraft());
    const third = view.workshop.meetings[2]!;
    const after = await app.call('meetings.cancel', {
      workshopId: view.workshop.id,
      meetingId: third.id,
      reason: 'lockdown',
      note: 'Unit on lockdown',
      moveSessionsLater: true,
    });
    const meetings = (await onDisk(app, view.workshop.id)).meetings;
    expect(meetings).toHaveLength(11);
    expect(meetings[2]).toMatchObject({ id: third.id, cancellation: { reason: 'lockdown', note: 'Unit on lockdown' } });
    expect(meetings[3]!.sessionIds).toEqual(third.sessionIds);
    expect(meetings[10]).toMatchObject({ date: '2027-04-06', sessionIds: [view.workshop.module.sessions[9]!.id] });
    expect(after.workshop.meetings).toEqual(meetings);
  });

  it('moves one meeting, or shifts the later ones along the pattern', async () => {
    const app = await planningHarness();
    const view = await app.call('workshops.create', juvenileHallDraft());
    const id = view.workshop.id;
    const [, second, third] = view.workshop.meetings;
    const moved = await app.call('meetings.move', {
      workshopId: id,
      meetingId: second!.id,
      date: '2027-03-05',
      startTime: '10:00',
      minutes: 60,
      shiftLater: false,
    });
    expect(moved.workshop.meetings.find((meeting) => meeting.id === second!.id)).toMatchObject({ date: '2027-03-05', startTime: '10:00', sequence: 1 });
    expect(moved.workshop.meetings.find((meeting) => meeting.id === third!.id)!.date).toBe('2027-03-09');

    const shifted = await app.call('meetings.move', {
      workshopId: id,
      meetingId: third!.id,
      date: '2027-03-11',
      startTime: '15:30',
      minutes: 60,
      shiftLater: true,
    });
    expect(shifted.workshop.meetings.map((meeting) => meeting.date).slice(2, 5)).toEqual(['2027-03-11', '2027-03-16', '2027-03-18']);
  });

  it('adds a make-up meeting for chosen participants on the roster only', async () => {
    const app = await planningHarness();
    const youth = await app.call('participants.save', { code: 'JH-26-002' });
    const stranger = await app.call('participants.save', { code: 'JH-26-003' });
    const view = await app.call('workshops.create', juvenileHallDraft({ participantIds: [youth.participant.id] }));
    const sessionId = view.workshop.module.sessions[0]!.id;
    const base = { workshopId: view.workshop.id, kind: 'make-up' as const, date: '2027-03-06', startTime: '13:00', minutes: 60, sessionIds: [sessionId] };
    const refused = await app.fail('meetings.add', { ...base, participantIds: [stranger.participant.id] });
    expect(refused.reason.code).toBe('never-on-roster');
    const added = await app.call('meetings.add', { ...base, participantIds: [youth.participant.id] });
    expect(added.workshop.meetings).toHaveLength(11);
    expect(added.workshop.meetings.find((meeting) => meeting.kind === 'make-up')).toMatchObject({ date: '2027-03-06', participantIds: [youth.participant.id] });
    const unknown = await app.fail('meetings.setSessions', {
      workshopId: view.workshop.id,
      meetingId: view.workshop.meetings[0]!.id,
      sessionIds: ['no-such-session'],
    });
    expect(unknown.code).toBe('invalid-input');
  });

  it('exports the neutral schedule by default, only where the user chooses, and notes it in the audit log', async () => {
    const app = await planningHarness();
    const view = await app.call('workshops.create', juvenileHallDraft());
    app.host.nextSaveTarget = undefined;
    expect(await app.call('workshops.exportCalendar', { workshopId: view.workshop.id })).toEqual({ status: 'cancelled' });
    const target = join(app.dir, '..', `${view.workshop.id}.ics`);
    app.host.nextSaveTarget = target;
    expect(await app.call('workshops.exportCalendar', { workshopId: view.workshop.id })).toEqual({ status: 'saved', path: target });
    expect(app.host.suggestedNames.at(-1)).toBe('Group sessions.ics');
    const text = await readFile(target, 'utf8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(10);
    expect(text.match(/SUMMARY:Group session\r\n/g)).toHaveLength(10);
    expect(text).toContain('TZID=America/Los_Angeles');
    for (const secret of ['Knowing Your Worth', 'Unit B', view.workshop.module.title, 'Session 1']) expect(text).not.toContain(secret);

    const onDisk = (await workshopOnDisk(app.dir, view.workshop.id)) as unknown as {
      audit: { kind: string; what: string; identification: string }[];
    };
    expect(onDisk.audit.filter((entry) => entry.kind === 'exported')).toEqual([
      expect.objectContaining({ what: 'schedule (.ics, neutral)', identification: 'none' }),
    ]);
  });

  it('exports the detailed schedule only when it is chosen', async () => {
    const app = await planningHarness();
    const view = await app.call('workshops.create', juvenileHallDraft());
    const target = join(app.dir, '..', 'detailed.ics');
    app.host.nextSaveTarget = target;
    expect(await app.call('workshops.exportCalendar', { workshopId: view.workshop.id, detail: 'detailed' })).toEqual({ status: 'saved', path: target });
    expect(app.host.suggestedNames.at(-1)).toBe('Knowing Your Worth – Unit B.ics');
    expect(await readFile(target, 'utf8')).toContain('Knowing Your Worth');
    const onDisk = (await workshopOnDisk(app.dir, view.workshop.id)) as unknown as { audit: { kind: string; what: string }[] };
    expect(onDisk.audit.filter((entry) => entry.kind === 'exported').map((entry) => entry.what)).toEqual(['schedule (.ics, detailed)']);
  });
});
