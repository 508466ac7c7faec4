import { describe, expect, it } from 'vitest';
import { workshopOnDisk } from '../../support/workshopOnDisk';
import type { Workshop } from '../../../core/domain/workshop';
import { juvenileHallDraft, planningHarness, type PlanningHarness } from '../planning/harness';

const onDisk = (app: PlanningHarness, id: string): Promise<Workshop> => workshopOnDisk(app.dir, id);

/** The five-week series with three young people; the clock is Thursday 4 March 2027, the second meeting's day. */
async function seriesWithRoster(app: PlanningHarness) {
  const ids: string[] = [];
  for (const code of ['JH-26-001', 'JH-26-002', 'JH-26-003']) ids.push((await app.call('participants.save', { code })).participant.id);
  const view = await app.call('workshops.create', juvenileHallDraft({ participantIds: ids }));
  const [first, second] = view.workshop.meetings;
  return { workshopId: view.workshop.id, first: first!.id, second: second!.id, ids };
}

describe('taking attendance', () => {
  it('saves each mark to the workshop file before answering, with live counts', async () => {
    const app = await planningHarness();
    const { workshopId, second, ids } = await seriesWithRoster(app);
    const view = await app.call('attendance.get', { workshopId, meetingId: second });
    expect(view.roster.map((participant) => participant.code)).toEqual(['JH-26-001', 'JH-26-002', 'JH-26-003']);

    const result = await app.call('attendance.mark', { workshopId, meetingId: second, participantId: ids[0]!, statusId: 'present' });
    expect(result.counts).toMatchObject({ expected: 3, unmarked: 2, attended: 1 });
    expect((await onDisk(app, workshopId)).attendance).toEqual([
      { meetingId: second, participantId: ids[0], statusId: 'present', at: '2027-03-04T18:00:00.000Z' },
    ]);

    const absent = await app.call('attendance.mark', { workshopId, meetingId: second, participantId: ids[1]!, statusId: 'absent', reasonId: 'court-date' });
    expect(absent.marks.find((mark) => mark.participantId === ids[1])).toMatchObject({ statusId: 'absent', reasonId: 'court-date' });
    const wrongReason = await app.fail('attendance.mark', { workshopId, meetingId: second, participantId: ids[0]!, statusId: 'present', reasonId: 'ill' });
    expect(wrongReason.reason).toEqual({ code: 'reason-not-for-status', params: { status: 'Present' } });

    const undone = await app.call('attendance.mark', { workshopId, meetingId: second, participantId: ids[0]!, statusId: null });
    expect(undone.counts.unmarked).toBe(2);
    expect((await onDisk(app, workshopId)).audit).toEqual([]);
  });

  it('marks everyone present without overwriting, unless asked', async () => {
    const app = await planningHarness();
    const { workshopId, second, ids } = await seriesWithRoster(app);
    await app.call('attendance.mark', { workshopId, meetingId: second, participantId: ids[2]!, statusId: 'late' });
    const all = await app.call('attendance.markAll', { workshopId, meetingId: second, statusId: 'present', overwrite: false });
    expect(all.marks.map((mark) => mark.statusId).sort()).toEqual(['late', 'present', 'present']);
    const overwritten = await app.call('attendance.markAll', { workshopId, meetingId: second, statusId: 'present', overwrite: true });
    expect(overwritten.counts.byStatus).toEqual({ present: 3 });
  });

  it('asks before changing a meeting that is over, and records the change', async () => {
    const app = await planningHarness();
    const { workshopId, first, ids } = await seriesWithRoster(app); // the first meeting was on Tuesday
    const refused = await app.fail('attendance.mark', { workshopId, meetingId: first, participantId: ids[0]!, statusId: 'present' });
    expect(refused.reason).toEqual({ code: 'past-edit-unconfirmed' });
    await app.call('attendance.mark', { workshopId, meetingId: first, participantId: ids[0]!, statusId: 'present', confirmPastEdit: true });
    await app.call('attendance.mark', { workshopId, meetingId: first, participantId: ids[0]!, statusId: 'excused', confirmPastEdit: true });
    expect((await onDisk(app, workshopId)).audit).toEqual([
      { at: '2027-03-04T18:00:00.000Z', kind: 'attendance-changed', meetingId: first, participantId: ids[0], to: 'present' },
      { at: '2027-03-04T18:00:00.000Z', kind: 'attendance-changed', meetingId: first, participantId: ids[0], from: 'present', to: 'excused' },
    ]);
  });

  it('adds a walk-in by code, enrolled from the meeting date, and keeps passes apart from absence', async () => {
    const app = await planningHarness();
    const { workshopId, second } = await seriesWithRoster(app);
    const view = await app.call('attendance.walkIn', { workshopId, meetingId: second, code: 'JH-26-050', initials: 'ZZ', statusId: 'present' });
    const walkIn = view.roster.find((participant) => participant.code === 'JH-26-050')!;
    expect(view.marks.find((mark) => mark.participantId === walkIn.id)?.statusId).toBe('present');
    const saved = await onDisk(app, workshopId);
    expect(saved.roster.find((entry) => entry.participantId === walkIn.id)).toEqual({ participantId: walkIn.id, enrolledOn: '2027-03-04' });

    const activityId = saved.module.sessions[1]!.activities[1]!.id;
    const passed = await app.call('attendance.presence', { workshopId, meetingId: second, participantId: walkIn.id, activityId, kind: 'passed', on: true });
    expect(passed.presence).toEqual([{ meetingId: second, participantId: walkIn.id, activityId, kind: 'passed' }]);
    expect(passed.marks.find((mark) => mark.participantId === walkIn.id)?.statusId).toBe('present');
  });

  it('refuses marks for someone not on the roster that day, and for a cancelled meeting', async () => {
    const app = await planningHarness();
    const { workshopId, second } = await seriesWithRoster(app);
    const outsider = await app.call('participants.save', { code: 'JH-26-099' });
    expect((await app.fail('attendance.mark', { workshopId, meetingId: second, participantId: outsider.participant.id, statusId: 'present' })).reason).toEqual({
      code: 'not-on-meeting-roster',
    });
    await app.call('meetings.cancel', { workshopId, meetingId: second, reason: 'lockdown', note: '', moveSessionsLater: false });
    const cancelled = await app.fail('attendance.mark', { workshopId, meetingId: second, participantId: outsider.participant.id, statusId: 'present' });
    expect(cancelled.reason).toEqual({ code: 'meeting-cancelled' });
  });
});

describe('running a session', () => {
  it('records the start, how each activity went, notes, and the end that makes the meeting held', async () => {
    const app = await planningHarness();
    const { workshopId, second } = await seriesWithRoster(app);
    const started = await app.call('run.start', { workshopId, meetingId: second });
    expect(started.run).toMatchObject({ startedAt: '2027-03-04T18:00:00.000Z', fidelity: [], notes: '' });
    const session = started.meeting.sessionIds[0]!;
    const [first, secondActivity] = started.workshop.module.sessions.find((item) => item.id === session)!.activities;
    await app.call('run.fidelity', { workshopId, meetingId: second, sessionId: session, activityId: first!.id, outcome: 'as-planned', note: '' });
    const needsNote = await app.fail('run.fidelity', {
      workshopId,
      meetingId: second,
      sessionId: session,
      activityId: secondActivity!.id,
      outcome: 'skipped',
      note: '',
    });
    expect(needsNote.issues?.[0]).toMatchObject({ path: 'note' });
    await app.call('run.fidelity', {
      workshopId,
      meetingId: second,
      sessionId: session,
      activityId: secondActivity!.id,
      outcome: 'adapted',
      note: 'Shorter: the unit was called to dinner',
    });
    await app.call('run.notes', { workshopId, meetingId: second, notes: 'Good energy; two new members.' });
    app.setNow('2027-03-04T19:05:00Z');
    const ended = await app.call('run.end', { workshopId, meetingId: second });
    expect(ended.run).toMatchObject({ startedAt: '2027-03-04T18:00:00.000Z', endedAt: '2027-03-04T19:05:00.000Z', notes: 'Good energy; two new members.' });
    expect(ended.run!.fidelity.map((entry) => entry.outcome)).toEqual(['as-planned', 'adapted']);
    const progress = await app.call('progress.get', { workshopId });
    expect(progress.meetings.find((meeting) => meeting.id === second)?.held).toBe(true);
  });

  it('records that a follow-up is needed and when it was done, nothing more', async () => {
    const app = await planningHarness();
    const { workshopId, second, ids } = await seriesWithRoster(app);
    const view = await app.call('followUps.add', { workshopId, meetingId: second, participantId: ids[1]!, kind: 'referral' });
    const [followUp] = view.followUps;
    expect(Object.keys(followUp!).sort()).toEqual(['id', 'kind', 'meetingId', 'neededAt', 'participantId']);
    const done = await app.call('followUps.setDone', { workshopId, followUpId: followUp!.id, done: true });
    expect(done[0]!.doneAt).toBe('2027-03-04T18:00:00.000Z');
    expect(
      (await app.fail('followUps.add', { workshopId, meetingId: second, participantId: ids[1]!, kind: 'referral', note: 'she said…' } as never)).code,
    ).toBe('invalid-input');
  });

  it('keeps the group agreements and a completion rule for the workshop', async () => {
    const app = await planningHarness();
    const { workshopId } = await seriesWithRoster(app);
    expect(await app.call('workshops.setAgreements', { workshopId, agreements: ['One voice at a time', 'Pass is always OK'] })).toEqual([
      'One voice at a time',
      'Pass is always OK',
    ]);
    const progress = await app.call('workshops.setCompletionRule', {
      workshopId,
      rule: { minimumSessions: 8, requiredSessionIds: ['welcome-and-agreements'] },
    });
    expect(progress.rule).toMatchObject({ source: 'workshop', minimumSessions: 8 });
    expect((await app.fail('workshops.setCompletionRule', { workshopId, rule: { minimumSessions: 11, requiredSessionIds: [] } })).reason).toEqual({
      code: 'minimum-over-sessions',
      params: { count: 10 },
    });
    expect((await app.call('workshops.setCompletionRule', { workshopId, rule: null })).rule.source).toBe('module');

    const credit = { statuses: ['present'], madeUpCounts: false, excusedMadeUpOnly: false };
    expect((await app.call('workshops.setCredit', { workshopId, credit })).rule.credit).toEqual({ source: 'workshop', ...credit });
    expect((await app.fail('workshops.setCredit', { workshopId, credit: { ...credit, statuses: ['on-leave'] } })).reason).toEqual({
      code: 'unknown-status',
      params: { status: 'on-leave' },
    });
    expect((await app.fail('workshops.setCredit', { workshopId, credit: { ...credit, excusedMadeUpOnly: true } })).issues?.[0]?.path).toBe(
      'credit.excusedMadeUpOnly',
    );
    expect((await app.call('workshops.setCredit', { workshopId, credit: null })).rule.credit.source).not.toBe('workshop');
  });
});

describe('the presenter view', () => {
  it('holds only titles, the prompt, the timer, agreements and resources — never a code', async () => {
    const app = await planningHarness();
    const { workshopId, second } = await seriesWithRoster(app);
    await app.call('settings.saveResource', { name: 'Youth Crisis Line', contact: 'Text 555-0100', hours: '24 hours', notes: 'internal note' });
    expect(await app.call('presenter.state')).toBeNull();
    expect(await app.call('presenter.open', { workshopId, meetingId: second })).toEqual({ opened: true });
    expect(app.host.presenter.opened).toBe(1);
    const view = await app.call('attendance.get', { workshopId, meetingId: second });
    const activity = view.workshop.module.sessions.find((session) => session.id === view.meeting.sessionIds[0])!.activities[0]!;
    await app.call('presenter.show', { workshopId, meetingId: second, activityId: activity.id, timer: { running: false, secondsLeft: 480 }, paused: false });
    const state = await app.call('presenter.state');
    expect(state).toMatchObject({
      language: 'en',
      activityTitle: activity.title,
      timer: { running: false, secondsLeft: 480 },
      resources: [{ name: 'Youth Crisis Line', contact: 'Text 555-0100', hours: '24 hours' }],
    });
    expect(JSON.stringify(state)).not.toMatch(/JH-26-|internal note/);
  });

  it('shows a youth handout of the meeting’s sessions, and refuses a facilitator handout or one of another session', async () => {
    const app = await planningHarness();
    const { workshopId } = await seriesWithRoster(app);
    const { workshop } = await app.call('workshops.get', { workshopId });
    const handoutOf = (audience: 'youth' | 'facilitator') =>
      workshop.meetings.flatMap((meeting) =>
        meeting.sessionIds
          .flatMap((id) => workshop.module.sessions.find((session) => session.id === id)?.handouts ?? [])
          .flatMap((handoutId) => {
            const handout = workshop.module.handouts.find((candidate) => candidate.id === handoutId);
            return handout?.audience === audience ? [{ meetingId: meeting.id, handout }] : [];
          }),
      )[0];
    const youth = handoutOf('youth');
    const facilitator = handoutOf('facilitator');
    // The shipped series names its materials as handouts (issue 13); without them there is nothing to show.
    if (!youth) throw new Error('the shipped series has no youth handout in any session');

    const state = await app.call('presenter.show', { workshopId, meetingId: youth.meetingId, paused: false, handoutId: youth.handout.id });
    expect(state.handout).toEqual({ title: youth.handout.title, body: youth.handout.body });
    expect(JSON.stringify(state)).not.toMatch(/JH-26-/);
    if (facilitator) {
      expect((await app.fail('presenter.show', { workshopId, meetingId: facilitator.meetingId, paused: false, handoutId: facilitator.handout.id })).code).toBe(
        'forbidden',
      );
    }
    const elsewhere = workshop.meetings.find(
      (meeting) => !meeting.sessionIds.some((id) => workshop.module.sessions.find((session) => session.id === id)?.handouts.includes(youth.handout.id)),
    );
    if (elsewhere) {
      expect((await app.fail('presenter.show', { workshopId, meetingId: elsewhere.id, paused: false, handoutId: youth.handout.id })).code).toBe('not-found');
    }
    // What was shown last stays: a refused request changes nothing.
    expect(await app.call('presenter.state')).toMatchObject({ handout: { title: youth.handout.title } });
  });
});

describe('no record says a meeting was held in the future', () => {
  /** The clock is Thursday 4 March 2027: the first meeting (Tuesday) is past, the third is next week. */
  async function series(app: PlanningHarness) {
    const made = await seriesWithRoster(app);
    const meetings = (await app.call('workshops.get', { workshopId: made.workshopId })).workshop.meetings;
    return { ...made, third: meetings[2]!.id, thirdDate: meetings[2]!.date };
  }

  it('refuses to start, mark or add a walk-in for a meeting after today, and writes nothing', async () => {
    const app = await planningHarness();
    const { workshopId, third, thirdDate, ids } = await series(app);
    expect(thirdDate > '2027-03-04').toBe(true);
    const before = await onDisk(app, workshopId);
    const start = await app.fail('run.start', { workshopId, meetingId: third });
    expect(start.reason).toMatchObject({ code: 'meeting-in-future' });
    expect((await app.fail('attendance.mark', { workshopId, meetingId: third, participantId: ids[0]!, statusId: 'present' })).reason.code).toBe(
      'meeting-in-future',
    );
    expect((await app.fail('attendance.markAll', { workshopId, meetingId: third, statusId: 'present', overwrite: false })).reason.code).toBe(
      'meeting-in-future',
    );
    expect((await app.fail('attendance.walkIn', { workshopId, meetingId: third, code: 'JH-26-077', statusId: 'present' })).reason.code).toBe(
      'meeting-in-future',
    );
    expect((await app.fail('run.recordHeld', { workshopId, meetingId: third, startTime: '10:00', endTime: '11:00' })).reason.code).toBe('held-on-not-past');
    const after = await onDisk(app, workshopId);
    expect(after.runs).toEqual(before.runs);
    expect(after.attendance).toEqual(before.attendance);
    expect((await app.call('progress.get', { workshopId })).meetings.find((meeting) => meeting.id === third)?.held).toBe(false);
  });

  it('moves a meeting planned for another day to today, at the current time, and starts it', async () => {
    const app = await planningHarness();
    const { workshopId, third } = await series(app);
    const started = await app.call('run.start', { workshopId, meetingId: third, moveToToday: true });
    expect(started.meeting.date).toBe('2027-03-04');
    expect(started.run?.startedAt).toBe('2027-03-04T18:00:00.000Z');
    const saved = await onDisk(app, workshopId);
    expect(saved.meetings.find((meeting) => meeting.id === third)).toMatchObject({ date: '2027-03-04', startTime: '10:00' });
  });

  it('asks a past meeting to be moved or recorded with its times, and records it as held on its own date', async () => {
    const app = await planningHarness();
    const { workshopId, first } = await series(app);
    expect((await app.fail('run.start', { workshopId, meetingId: first })).reason.code).toBe('meeting-in-past');
    const wrongWay = await app.fail('run.recordHeld', { workshopId, meetingId: first, startTime: '11:00', endTime: '10:00' });
    expect(wrongWay.reason).toEqual({ code: 'end-before-start' });
    const recorded = await app.call('run.recordHeld', { workshopId, meetingId: first, startTime: '10:05', endTime: '11:20' });
    expect(recorded.meeting.date).toBe('2027-03-02');
    expect(recorded.run).toMatchObject({ startedAt: '2027-03-02T18:05:00.000Z', endedAt: '2027-03-02T19:20:00.000Z' });
    expect((await onDisk(app, workshopId)).runs.find((run) => run.meetingId === first)?.endedAt).toBe('2027-03-02T19:20:00.000Z');
    expect((await app.fail('run.recordHeld', { workshopId, meetingId: first, startTime: '10:05', endTime: '11:20' })).reason).toEqual({ code: 'already-held' });
  });
});
