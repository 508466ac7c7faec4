import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ScheduleError,
  addMeeting,
  cancelMeeting,
  moveMeeting,
  restoreMeeting,
  setMeetingSessions,
  sortMeetings,
  uncoveredSessionIds,
} from '../../../core/domain/schedule/edit';
import { workshopSchema, type Meeting, type Workshop } from '../../../core/domain/workshop';
import { custodyWorkshop, deepFreeze, lockdown } from './helpers';

/** The meeting covering `sessionId` (the first one, in date order). */
function meetingFor(workshop: Workshop, sessionId: string): Meeting {
  const meeting = workshop.meetings.find((candidate) => candidate.sessionIds.includes(sessionId));
  if (!meeting) throw new Error(`No meeting covers ${sessionId}`);
  return meeting;
}

function byId(workshop: Workshop, id: string): Meeting {
  const meeting = workshop.meetings.find((candidate) => candidate.id === id);
  if (!meeting) throw new Error(`No meeting ${id}`);
  return meeting;
}

/** Each meeting as "date time sessions (sequence)", in the workshop's order. */
function rows(workshop: Workshop): string[] {
  return workshop.meetings.map(
    (meeting) =>
      `${meeting.date} ${meeting.startTime} ${meeting.sessionIds.join('+')}${meeting.part ? `/${meeting.part}` : ''}` +
      `${meeting.cancellation ? ' cancelled' : ''} #${meeting.sequence}`,
  );
}

function scheduleError(run: () => unknown): ScheduleError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScheduleError) return error;
    throw error;
  }
  throw new Error('Expected a ScheduleError');
}

describe('moveMeeting', () => {
  it('moves one meeting without shifting the others and bumps only its sequence', () => {
    const workshop = custodyWorkshop();
    const third = meetingFor(workshop, 'session-3');
    const moved = moveMeeting(workshop, third.id, { date: '2027-03-19', startTime: '16:00', minutes: 45 }, false);
    expect(rows(moved).slice(2, 7)).toEqual([
      '2027-03-11 15:30 session-4 #0',
      '2027-03-16 15:30 session-5 #0',
      '2027-03-18 15:30 session-6 #0',
      '2027-03-19 16:00 session-3 #1',
      '2027-03-23 15:30 session-7 #0',
    ]);
    expect(byId(moved, third.id).minutes).toBe(45);
    expect(workshopSchema.parse(moved)).toEqual(moved);
  });

  it('shifts every later planned meeting along the pattern, each keeping its own time and length', () => {
    const base = custodyWorkshop({ skipDates: ['2027-03-23'] }, {});
    // Meeting 6 was already moved to a morning slot; an extra meeting and a cancelled one must stay put.
    const sixth = meetingFor(base, 'session-6');
    let workshop = moveMeeting(base, sixth.id, { date: '2027-03-18', startTime: '10:00', minutes: 90 }, false);
    workshop = addMeeting(workshop, { id: randomUUID(), kind: 'extra', date: '2027-03-17', startTime: '12:00', minutes: 30, sessionIds: ['session-1'] });
    workshop = cancelMeeting(workshop, meetingFor(workshop, 'session-8').id, lockdown, false, randomUUID);

    const moved = moveMeeting(workshop, meetingFor(workshop, 'session-3').id, { date: '2027-03-11', startTime: '15:30', minutes: 60 }, true);
    expect(rows(moved)).toEqual([
      '2027-03-02 15:30 session-1 #0',
      '2027-03-04 15:30 session-2 #0',
      '2027-03-11 15:30 session-3 #1',
      '2027-03-16 15:30 session-4 #1',
      '2027-03-17 12:00 session-1 #0',
      '2027-03-18 15:30 session-5 #1',
      '2027-03-25 10:00 session-6 #2',
      '2027-03-30 15:30 session-7 #1',
      '2027-03-30 15:30 session-8 cancelled #1',
      // Skipping 03-23, the shifted meetings catch up with the old dates here: these two did not change.
      '2027-04-01 15:30 session-9 #0',
      '2027-04-06 15:30 session-10 #0',
    ]);
    expect(byId(moved, sixth.id).minutes).toBe(90);
  });

  it('counts "later" from where the meeting was, so moving a meeting back pulls the rest back', () => {
    const workshop = custodyWorkshop();
    const moved = moveMeeting(workshop, meetingFor(workshop, 'session-9').id, { date: '2027-03-26', startTime: '15:30', minutes: 60 }, true);
    expect(rows(moved).slice(7)).toEqual(['2027-03-25 15:30 session-8 #0', '2027-03-26 15:30 session-9 #1', '2027-03-30 15:30 session-10 #1']);
  });

  it('does not bump a meeting the shift leaves where it was', () => {
    const workshop = custodyWorkshop();
    // Tuesday 03-09 to Wednesday 03-10: the next pattern date is Thursday 03-11, where meeting 4 already is.
    const moved = moveMeeting(workshop, meetingFor(workshop, 'session-3').id, { date: '2027-03-10', startTime: '15:30', minutes: 60 }, true);
    expect(rows(moved).slice(2, 5)).toEqual(['2027-03-10 15:30 session-3 #1', '2027-03-11 15:30 session-4 #0', '2027-03-16 15:30 session-5 #0']);
  });

  it('refuses to move a cancelled meeting', () => {
    const workshop = custodyWorkshop();
    const cancelled = cancelMeeting(workshop, meetingFor(workshop, 'session-2').id, lockdown, false, randomUUID);
    const error = scheduleError(() =>
      moveMeeting(cancelled, meetingFor(cancelled, 'session-2').id, { date: '2027-03-05', startTime: '15:30', minutes: 60 }, false),
    );
    expect(error.code).toBe('invalid');
    expect(error.reason).toEqual({ code: 'meeting-cancelled-cannot-move' });
  });
});

describe('cancelMeeting', () => {
  it('only records the cancellation when the sessions are not handed on', () => {
    const workshop = custodyWorkshop();
    const third = meetingFor(workshop, 'session-3');
    const cancelled = cancelMeeting(workshop, third.id, lockdown, false, () => {
      throw new Error('no new meeting expected');
    });
    expect(byId(cancelled, third.id)).toEqual({ ...third, cancellation: lockdown, sequence: 1 });
    expect(cancelled.meetings.filter((meeting) => meeting.id !== third.id)).toEqual(workshop.meetings.filter((meeting) => meeting.id !== third.id));
    expect(uncoveredSessionIds(cancelled)).toEqual(['session-3']);
  });

  it('hands the sessions on to the later meetings and adds one meeting at the next pattern date', () => {
    const workshop = custodyWorkshop();
    const newId = randomUUID();
    let calls = 0;
    const cancelled = cancelMeeting(workshop, meetingFor(workshop, 'session-3').id, lockdown, true, () => {
      calls += 1;
      return newId;
    });
    expect(calls).toBe(1);
    expect(rows(cancelled)).toEqual([
      '2027-03-02 15:30 session-1 #0',
      '2027-03-04 15:30 session-2 #0',
      '2027-03-09 15:30 session-3 cancelled #1',
      '2027-03-11 15:30 session-3 #1',
      '2027-03-16 15:30 session-4 #1',
      '2027-03-18 15:30 session-5 #1',
      '2027-03-23 15:30 session-6 #1',
      '2027-03-25 15:30 session-7 #1',
      '2027-03-30 15:30 session-8 #1',
      '2027-04-01 15:30 session-9 #1',
      '2027-04-06 15:30 session-10 #0',
    ]);
    expect(byId(cancelled, newId)).toEqual({
      id: newId,
      date: '2027-04-06',
      startTime: '15:30',
      minutes: 60,
      sessionIds: ['session-10'],
      kind: 'planned',
      sequence: 0,
    });
    expect(uncoveredSessionIds(cancelled)).toEqual([]);
    expect(workshopSchema.parse(cancelled)).toEqual(cancelled);
  });

  it('hands on the halves of split sessions and the new meeting uses the plan time even if the last meeting moved', () => {
    const split = custodyWorkshop({ coverage: 'split' });
    const lastId = split.meetings.at(-1)!.id;
    const workshop = moveMeeting(split, lastId, { date: '2027-05-13', startTime: '09:00', minutes: 30 }, false);
    const newId = randomUUID();
    const cancelled = cancelMeeting(workshop, workshop.meetings[17]!.id, lockdown, true, () => newId);
    expect(rows(cancelled).slice(17)).toEqual([
      '2027-04-29 15:30 session-9/2 cancelled #1',
      '2027-05-04 15:30 session-9/2 #1',
      '2027-05-13 09:00 session-10/1 #2',
      '2027-05-18 15:30 session-10/2 #0',
    ]);
    expect(byId(cancelled, newId).part).toBe(2);
  });

  it('cancels an extra meeting without handing anything on', () => {
    const extraId = randomUUID();
    const workshop = addMeeting(custodyWorkshop(), {
      id: extraId,
      kind: 'extra',
      date: '2027-03-05',
      startTime: '12:00',
      minutes: 30,
      sessionIds: ['session-2'],
    });
    const cancelled = cancelMeeting(workshop, extraId, lockdown, true, randomUUID);
    expect(cancelled.meetings).toHaveLength(workshop.meetings.length);
    expect(rows(cancelled).filter((row) => !row.includes('cancelled'))).toEqual(rows(workshop).filter((row) => !row.startsWith('2027-03-05')));
  });

  it('refuses to cancel a meeting twice', () => {
    const workshop = custodyWorkshop();
    const id = meetingFor(workshop, 'session-1').id;
    const error = scheduleError(() => cancelMeeting(cancelMeeting(workshop, id, lockdown, false, randomUUID), id, lockdown, false, randomUUID));
    expect(error.code).toBe('invalid');
    expect(error.reason).toEqual({ code: 'meeting-already-cancelled' });
  });
});

describe('restoreMeeting', () => {
  it('takes the cancellation away and bumps the sequence again', () => {
    const workshop = custodyWorkshop();
    const id = meetingFor(workshop, 'session-4').id;
    const restored = restoreMeeting(cancelMeeting(workshop, id, lockdown, false, randomUUID), id);
    expect(byId(restored, id)).toEqual({ ...byId(workshop, id), sequence: 2 });
    expect(byId(restored, id)).not.toHaveProperty('cancellation');
    expect(uncoveredSessionIds(restored)).toEqual([]);
  });

  it('does not take back sessions that were handed on', () => {
    const workshop = custodyWorkshop();
    const id = meetingFor(workshop, 'session-9').id;
    const restored = restoreMeeting(cancelMeeting(workshop, id, lockdown, true, randomUUID), id);
    expect(rows(restored).slice(8)).toEqual(['2027-03-30 15:30 session-9 #2', '2027-04-01 15:30 session-9 #1', '2027-04-06 15:30 session-10 #0']);
  });

  it('refuses to restore a meeting that is not cancelled', () => {
    const workshop = custodyWorkshop();
    expect(scheduleError(() => restoreMeeting(workshop, workshop.meetings[0]!.id)).code).toBe('invalid');
  });
});

describe('addMeeting', () => {
  const kayla = randomUUID();
  const dev = randomUUID();
  const roster = [
    { participantId: kayla, enrolledOn: '2027-03-02' },
    { participantId: dev, enrolledOn: '2027-03-02', exit: { on: '2027-03-10', reason: 'released' as const } },
  ];

  it('adds a make-up meeting for chosen participants, in date order, at sequence 0', () => {
    const workshop = custodyWorkshop({}, { roster });
    const id = randomUUID();
    const added = addMeeting(workshop, {
      id,
      kind: 'make-up',
      date: '2027-03-10',
      startTime: '13:00',
      minutes: 45,
      sessionIds: ['session-3'],
      participantIds: [kayla, dev],
    });
    expect(added.meetings[3]).toEqual({
      id,
      date: '2027-03-10',
      startTime: '13:00',
      minutes: 45,
      sessionIds: ['session-3'],
      kind: 'make-up',
      participantIds: [kayla, dev],
      sequence: 0,
    });
    expect(added.meetings.filter((meeting) => meeting.id !== id)).toEqual(workshop.meetings);
    expect(workshopSchema.parse(added)).toEqual(added);
  });

  it('leaves participantIds out for a meeting for the whole group', () => {
    const workshop = custodyWorkshop({}, { roster });
    const id = randomUUID();
    const added = addMeeting(workshop, { id, kind: 'extra', date: '2027-04-08', startTime: '15:30', minutes: 60, sessionIds: ['session-10'] });
    expect(added.meetings.at(-1)).toEqual({ id, date: '2027-04-08', startTime: '15:30', minutes: 60, sessionIds: ['session-10'], kind: 'extra', sequence: 0 });
  });

  it('names a session the module does not have', () => {
    const error = scheduleError(() =>
      addMeeting(custodyWorkshop(), {
        id: randomUUID(),
        kind: 'extra',
        date: '2027-04-08',
        startTime: '15:30',
        minutes: 60,
        sessionIds: ['session-1', 'session-11'],
      }),
    );
    expect(error.code).toBe('invalid');
    expect(error.reason).toMatchObject({ code: 'unknown-session', params: { session: 'session-11' } });
  });

  it('refuses participants who were never on the roster', () => {
    const error = scheduleError(() =>
      addMeeting(custodyWorkshop({}, { roster }), {
        id: randomUUID(),
        kind: 'make-up',
        date: '2027-04-08',
        startTime: '15:30',
        minutes: 60,
        sessionIds: ['session-1'],
        participantIds: [kayla, randomUUID()],
      }),
    );
    expect(error.code).toBe('invalid');
    expect(error.reason).toEqual({ code: 'never-on-roster' });
  });

  it('refuses a second meeting with the same id', () => {
    const workshop = custodyWorkshop();
    const error = scheduleError(() =>
      addMeeting(workshop, { id: workshop.meetings[0]!.id, kind: 'extra', date: '2027-04-08', startTime: '15:30', minutes: 60, sessionIds: ['session-1'] }),
    );
    expect(error.code).toBe('invalid');
  });
});

describe('setMeetingSessions', () => {
  it('changes what a meeting covers and bumps its sequence', () => {
    const workshop = custodyWorkshop();
    const first = meetingFor(workshop, 'session-1');
    const changed = setMeetingSessions(workshop, first.id, ['session-1', 'session-2']);
    expect(byId(changed, first.id)).toEqual({ ...first, sessionIds: ['session-1', 'session-2'], sequence: 1 });
  });

  it('keeps a half of a split session only while it still covers just that session', () => {
    const workshop = custodyWorkshop({ coverage: 'split' });
    const half = workshop.meetings[1]!;
    expect(half.part).toBe(2);
    const same = setMeetingSessions(workshop, half.id, ['session-1']);
    expect(byId(same, half.id)).toEqual(half);
    const whole = setMeetingSessions(workshop, half.id, ['session-2']);
    expect(byId(whole, half.id)).toEqual({
      id: half.id,
      date: half.date,
      startTime: half.startTime,
      minutes: half.minutes,
      sessionIds: ['session-2'],
      kind: 'planned',
      sequence: 1,
    });
  });

  it('names a session the module does not have', () => {
    const workshop = custodyWorkshop();
    const error = scheduleError(() => setMeetingSessions(workshop, workshop.meetings[0]!.id, ['what-friends-do']));
    expect(error.code).toBe('invalid');
    expect(error.reason).toMatchObject({ code: 'unknown-session', params: { session: 'what-friends-do' } });
  });
});

describe('every edit', () => {
  const missing = randomUUID();
  const timing = { date: '2027-03-05', startTime: '15:30', minutes: 60 };

  it.each([
    ['moveMeeting', (workshop: Workshop) => moveMeeting(workshop, missing, timing, true)],
    ['cancelMeeting', (workshop: Workshop) => cancelMeeting(workshop, missing, lockdown, true, randomUUID)],
    ['restoreMeeting', (workshop: Workshop) => restoreMeeting(workshop, missing)],
    ['setMeetingSessions', (workshop: Workshop) => setMeetingSessions(workshop, missing, ['session-1'])],
  ])('%s says when the meeting is gone', (_name, edit) => {
    const error = scheduleError(() => edit(custodyWorkshop()));
    expect(error.code).toBe('not-found');
    expect(error.reason).toEqual({ code: 'meeting-missing' });
  });

  it('leaves a deeply frozen workshop as it was and returns a new one', () => {
    const participant = randomUUID();
    const original = custodyWorkshop({ coverage: 'split' }, { roster: [{ participantId: participant, enrolledOn: '2027-03-02' }] });
    const cancelledId = original.meetings[5]!.id;
    const withCancelled = cancelMeeting(original, cancelledId, lockdown, false, randomUUID);
    const snapshot = structuredClone(withCancelled);
    const frozen = deepFreeze(withCancelled);
    const id = (index: number) => frozen.meetings[index]!.id;

    const results = [
      moveMeeting(frozen, id(2), timing, true),
      cancelMeeting(frozen, id(3), lockdown, true, randomUUID),
      restoreMeeting(frozen, cancelledId),
      addMeeting(frozen, {
        id: randomUUID(),
        kind: 'make-up',
        date: '2027-03-05',
        startTime: '09:00',
        minutes: 30,
        sessionIds: ['session-1'],
        participantIds: [participant],
      }),
      setMeetingSessions(frozen, id(4), ['session-3', 'session-4']),
    ];
    expect(frozen).toEqual(snapshot);
    for (const result of results) {
      expect(result).not.toBe(frozen);
      expect(result).not.toEqual(frozen);
    }
  });

  it('does not touch updatedAt', () => {
    const workshop = custodyWorkshop();
    const cancelled = cancelMeeting(workshop, workshop.meetings[0]!.id, lockdown, true, randomUUID);
    expect(cancelled.updatedAt).toBe(workshop.updatedAt);
  });
});

describe('sortMeetings', () => {
  it('orders by date then start time and keeps meetings at the same time in their order', () => {
    const meeting = (id: string, date: string, startTime: string): Meeting => ({
      id,
      date,
      startTime,
      minutes: 60,
      sessionIds: [],
      kind: 'extra',
      sequence: 0,
    });
    const sorted = sortMeetings([
      meeting('c', '2027-03-02', '15:30'),
      meeting('a', '2027-03-01', '16:00'),
      meeting('d', '2027-03-02', '09:00'),
      meeting('b', '2027-03-01', '16:00'),
    ]);
    expect(sorted.map((item) => item.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});

describe('uncoveredSessionIds', () => {
  it('lists, in module order, the sessions only cancelled meetings cover', () => {
    let workshop = custodyWorkshop();
    workshop = cancelMeeting(workshop, meetingFor(workshop, 'session-7').id, lockdown, false, randomUUID);
    workshop = cancelMeeting(workshop, meetingFor(workshop, 'session-2').id, lockdown, false, randomUUID);
    workshop = setMeetingSessions(workshop, meetingFor(workshop, 'session-5').id, ['session-5', 'session-7']);
    expect(uncoveredSessionIds(workshop)).toEqual(['session-2']);
  });
});
