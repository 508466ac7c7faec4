import { describe, expect, it } from 'vitest';
import type { ParticipantProgress, ProgressView } from '../../../core/contract/running';
import type { Participant } from '../../../core/domain/participants';
import { atRiskIn, progressOf } from '../../../core/domain/progress';
import type { Workshop } from '../../../core/domain/workshop';
import { buildWorkshop } from '../../support/workshops';
import {
  cancel,
  settingsCredit,
  custodySeries,
  endRun,
  enrol,
  mark,
  markAt,
  meetingOn,
  meetingsInOrder,
  participant,
  REMOVED_STATUS,
  statuses,
  withMakeUp,
} from './helpers';

const ana = participant('JH-26-001');
const ben = participant('JH-26-002');
const cal = participant('JH-26-003');
const registry: Participant[] = [ana, ben, cal];

const sessions = (...numbers: number[]) => numbers.map((number) => `session-${number}`);

function progress(workshop: Workshop, today: string): ProgressView {
  return progressOf(workshop, statuses, registry, today);
}

function progressFor(workshop: Workshop, who: Participant, today: string): ParticipantProgress {
  const found = progress(workshop, today).participants.find((row) => row.participantId === who.id);
  if (!found) throw new Error(`${who.code} is not in the progress view`);
  return found;
}

/** The custody series (one session a meeting, 70% of 10 sessions, session 1 required) with `who` enrolled from the start. */
function seriesWith(...who: Participant[]): Workshop {
  return who.reduce((workshop, person) => enrol(workshop, person), custodySeries());
}

describe('progressOf: the states', () => {
  it('is on track after attending every meeting so far, and complete once 7 of the 10 sessions are attended', () => {
    const early = progressFor(mark(seriesWith(ana), ana, 'pp'), ana, '2027-03-05');
    expect(early).toEqual({
      participantId: ana.id,
      code: 'JH-26-001',
      heldWhileEnrolled: 2,
      attended: 2,
      share: 1,
      sessionsAttended: sessions(1, 2),
      sessionsNeeded: 7,
      missedRequired: [],
      state: 'on-track',
      current: true,
    });
    // Late and left early both count as attended.
    const done = progressFor(mark(seriesWith(ana), ana, 'ppplepp'), ana, '2027-03-24');
    expect(done.sessionsAttended).toEqual(sessions(1, 2, 3, 4, 5, 6, 7));
    expect(done.state).toBe('complete');
  });

  it('is at risk once the meetings left cannot bring them to 7 sessions', () => {
    // After five meetings, five are left: one attended needs six more, two attended need five.
    const workshop = mark(mark(seriesWith(ana, ben), ana, 'paaaa'), ben, 'ppaaa');
    expect(progressFor(workshop, ana, '2027-03-17').state).toBe('at-risk');
    expect(progressFor(workshop, ben, '2027-03-17').state).toBe('on-track');
  });

  it('is at risk after missing the required session, though the count could still be met', () => {
    const result = progressFor(mark(seriesWith(ana), ana, 'app'), ana, '2027-03-10');
    expect(result.missedRequired).toEqual(sessions(1));
    expect(result.state).toBe('at-risk');
  });

  it('is not complete when the series is over and the rule was not met', () => {
    const workshop = mark(seriesWith(ana), ana, 'ppppppaaaa');
    expect(progressFor(workshop, ana, '2027-04-01').state).toBe('at-risk');
    expect(progressFor(workshop, ana, '2027-04-02').state).toBe('not-complete');
  });
});

describe('progressOf: which meetings count', () => {
  it('does not hold the meetings before someone joined against them', () => {
    let workshop = enrol(seriesWith(ana), ben, '2027-03-09');
    workshop = mark(mark(workshop, ana, 'pppp'), ben, '--pp');
    const view = progress(workshop, '2027-03-12');
    const benProgress = view.participants.find((row) => row.participantId === ben.id)!;
    expect(benProgress).toMatchObject({ heldWhileEnrolled: 2, attended: 2, share: 1, sessionsAttended: sessions(3, 4), missedRequired: [] });
    const [first, second, third] = meetingsInOrder(workshop);
    expect(view.cells[`${first!.id}:${ben.id}`]).toBe('not-enrolled');
    expect(view.cells[`${second!.id}:${ben.id}`]).toBe('not-enrolled');
    expect(view.cells[`${third!.id}:${ben.id}`]).toBe('present');
  });

  it('flags a late joiner at risk while no meeting for them covers the required session they never had', () => {
    let workshop = enrol(seriesWith(ana), ben, '2027-03-09');
    workshop = mark(mark(workshop, ana, 'pppp'), ben, '--pp');
    expect(progressFor(workshop, ben, '2027-03-12').state).toBe('at-risk');
    const noRequired = { ...workshop, completion: { minimumPercent: 70, requiredSessionIds: [] } };
    expect(progressFor(noRequired, ben, '2027-03-12').state).toBe('on-track');
    const madeUp = withMakeUp(workshop, '2027-03-13', sessions(1), [ben]).workshop;
    expect(progressFor(madeUp, ben, '2027-03-12').state).toBe('on-track');
  });

  it('stops counting at the exit date; someone who left is not complete, or complete if they had met the rule', () => {
    let workshop = enrol(seriesWith(ana), cal, '2027-03-01', { on: '2027-03-10', reason: 'released' });
    workshop = mark(mark(workshop, ana, 'ppppp'), cal, 'ppp');
    const view = progress(workshop, '2027-03-17');
    expect(view.participants.find((row) => row.participantId === cal.id)).toMatchObject({
      heldWhileEnrolled: 3,
      attended: 3,
      share: 1,
      state: 'not-complete',
      current: false,
    });
    const afterExit = meetingsInOrder(workshop).slice(3);
    expect(afterExit.map((meeting) => view.cells[`${meeting.id}:${cal.id}`])).toEqual(Array(7).fill('not-enrolled'));
    expect(atRiskIn(workshop, statuses, registry, '2027-03-17')).toEqual([]);

    const threeWillDo = { ...workshop, completion: { minimumSessions: 3, requiredSessionIds: [] } };
    expect(progressFor(threeWillDo, cal, '2027-03-17').state).toBe('complete');
  });

  it('leaves cancelled meetings out, even with marks taken before the cancellation', () => {
    let workshop = mark(seriesWith(ana), ana, 'aapp');
    workshop = cancel(workshop, meetingOn(workshop, '2027-03-04'));
    const view = progress(workshop, '2027-03-12');
    expect(view.participants[0]).toMatchObject({ heldWhileEnrolled: 3, attended: 2, sessionsAttended: sessions(3, 4) });
    expect(view.meetings.find((meeting) => meeting.date === '2027-03-04')).toMatchObject({ held: false, cancelled: true });
  });

  it('does not count on cancelled meetings to make up the sessions still needed', () => {
    const workshop = mark(seriesWith(ana), ana, 'ppppp');
    expect(progressFor(workshop, ana, '2027-03-17').state).toBe('on-track');
    const lockedDown = ['2027-03-18', '2027-03-23', '2027-03-25', '2027-03-30'].reduce((current, date) => cancel(current, meetingOn(current, date)), workshop);
    expect(progressFor(lockedDown, ana, '2027-03-17').state).toBe('at-risk');
  });

  it('treats the series as over when the meetings left are all cancelled', () => {
    const workshop = mark(seriesWith(ana), ana, 'pppppp');
    expect(progressFor(workshop, ana, '2027-03-31').state).toBe('on-track');
    const lastCancelled = cancel(workshop, meetingOn(workshop, '2027-04-01'));
    expect(progressFor(lastCancelled, ana, '2027-03-31').state).toBe('not-complete');
  });

  it('counts a meeting whose run ended with nobody marked as held and missed', () => {
    const workshop = endRun(mark(seriesWith(ana), ana, 'p'), meetingOn(seriesWith(), '2027-03-02'));
    const second = meetingOn(workshop, '2027-03-04');
    const result = progressFor(endRun(workshop, second), ana, '2027-03-05');
    expect(result).toMatchObject({ heldWhileEnrolled: 2, attended: 1, share: 0.5 });
  });
});

describe('progressOf: statuses', () => {
  it('counts an excused absence as an absence', () => {
    // As with absences: after five meetings, one attended is at risk, two attended are still on track.
    const workshop = mark(mark(seriesWith(ana, ben), ana, 'pxxxx'), ben, 'pxpxx');
    expect(progressFor(workshop, ana, '2027-03-17')).toMatchObject({ heldWhileEnrolled: 5, attended: 1, share: 0.2, state: 'at-risk' });
    expect(progressFor(workshop, ben, '2027-03-17')).toMatchObject({
      heldWhileEnrolled: 5,
      attended: 2,
      share: 0.4,
      sessionsAttended: sessions(1, 3),
      state: 'on-track',
    });
  });

  it('does not count a status removed from Settings as attended, but still shows it in the grid', () => {
    const workshop = mark(seriesWith(ana), ana, '?pp');
    const view = progress(workshop, '2027-03-10');
    expect(view.participants[0]).toMatchObject({ attended: 2, sessionsAttended: sessions(2, 3), missedRequired: sessions(1) });
    expect(view.cells[`${meetingOn(workshop, '2027-03-02').id}:${ana.id}`]).toBe(REMOVED_STATUS);
  });
});

describe('progressOf: make-ups', () => {
  it('clears a missed required session once a make-up for it is attended, and not before', () => {
    let workshop = mark(seriesWith(ana, ben), ana, 'app');
    workshop = mark(workshop, ben, 'ppp');
    const planned = withMakeUp(workshop, '2027-03-12', sessions(1), [ana]);
    const waiting = progressFor(planned.workshop, ana, '2027-03-10');
    expect(waiting.missedRequired).toEqual(sessions(1));
    expect(waiting.state).toBe('on-track');

    const attended = markAt(planned.workshop, planned.makeUp, ana, 'present');
    const view = progress(attended, '2027-03-13');
    expect(view.participants.find((row) => row.participantId === ana.id)).toMatchObject({
      heldWhileEnrolled: 4,
      attended: 3,
      sessionsAttended: sessions(1, 2, 3),
      missedRequired: [],
      state: 'on-track',
    });
    // The make-up was not for ben: it neither counts for nor against him.
    expect(view.cells[`${planned.makeUp.id}:${ben.id}`]).toBe('not-enrolled');
    expect(view.participants.find((row) => row.participantId === ben.id)).toMatchObject({ heldWhileEnrolled: 3, attended: 3 });
  });

  it('counts a make-up for the session it replaces toward the number needed', () => {
    const workshop = mark(seriesWith(ana), ana, 'ppppppa');
    expect(progressFor(workshop, ana, '2027-04-02').state).toBe('not-complete');
    const { workshop: withIt, makeUp } = withMakeUp(workshop, '2027-03-26', sessions(7), [ana]);
    const result = progressFor(markAt(withIt, makeUp, ana, 'late'), ana, '2027-04-02');
    expect(result.sessionsAttended).toEqual(sessions(1, 2, 3, 4, 5, 6, 7));
    expect(result.state).toBe('complete');
  });
});

describe('progressOf: how meetings cover sessions', () => {
  // Split: each session over two meetings, 03-02 and 03-04 for session 1, 03-09 and 03-11 for session 2...
  it('counts a split session only when both halves were attended', () => {
    const split = (pattern: string) => mark(enrol(custodySeries('split'), ana), ana, pattern);
    expect(progressFor(split('pp'), ana, '2027-03-05').sessionsAttended).toEqual(sessions(1));
    expect(progressFor(split('ap'), ana, '2027-03-05').sessionsAttended).toEqual([]);
    const halfOnly = progressFor(split('pa'), ana, '2027-03-05');
    expect(halfOnly).toMatchObject({ heldWhileEnrolled: 2, attended: 1, sessionsAttended: [], missedRequired: sessions(1), state: 'at-risk' });
  });

  it('completes a split session whose missing half was made up', () => {
    const { workshop, makeUp } = withMakeUp(mark(enrol(custodySeries('split'), ana), ana, 'pa'), '2027-03-06', sessions(1), [ana]);
    const result = progressFor(markAt(workshop, makeUp, ana, 'present'), ana, '2027-03-07');
    expect(result).toMatchObject({ sessionsAttended: sessions(1), missedRequired: [], state: 'on-track' });
  });

  // Two a meeting: 03-02 sessions 1-2, 03-04 sessions 3-4, 03-09 5-6, 03-11 7-8, 03-16 9-10.
  it('counts both sessions of a meeting that covers two, so the rule is about sessions, not meetings', () => {
    const two = (pattern: string) => mark(enrol(custodySeries('two'), ana), ana, pattern);
    expect(progressFor(two('ppppa'), ana, '2027-03-17')).toMatchObject({
      heldWhileEnrolled: 5,
      attended: 4,
      share: 0.8,
      sessionsAttended: sessions(1, 2, 3, 4, 5, 6, 7, 8),
      state: 'complete',
    });
    // Two meetings left cover four more sessions: four attended reach eight, two attended only six.
    expect(progressFor(two('pap'), ana, '2027-03-10').state).toBe('on-track');
    expect(progressFor(two('paa'), ana, '2027-03-10').state).toBe('at-risk');
  });
});

describe('progressOf: the rule in force', () => {
  it("uses the workshop's own rule instead of the module's", () => {
    const workshop = mark(seriesWith(ana), ana, 'ppp');
    expect(progressFor(workshop, ana, '2027-03-10').state).toBe('on-track');

    const three = { ...workshop, completion: { minimumSessions: 3, requiredSessionIds: [] } };
    expect(progress(three, '2027-03-10').rule).toEqual({ source: 'workshop', minimumSessions: 3, requiredSessionIds: [], credit: settingsCredit });
    expect(progressFor(three, ana, '2027-03-10').state).toBe('complete');

    const threeWithFour = { ...workshop, completion: { minimumSessions: 3, requiredSessionIds: sessions(4) } };
    expect(progressFor(threeWithFour, ana, '2027-03-10').state).toBe('on-track');

    // 20% of the module's ten sessions is two.
    const fifth = { ...seriesWith(ana), completion: { minimumPercent: 20, requiredSessionIds: [] } };
    expect(progressFor(mark(fifth, ana, 'p'), ana, '2027-03-03').state).toBe('on-track');
    expect(progressFor(mark(fifth, ana, 'pp'), ana, '2027-03-05').state).toBe('complete');
  });
});

describe('progressOf: the view', () => {
  it('lists meetings in date order with held and cancelled, and cells for marks and meetings before enrolment', () => {
    let workshop = buildWorkshop();
    workshop = enrol(enrol(workshop, ana, '2027-03-01'), ben, '2027-03-05');
    const [first, second] = workshop.meetings;
    workshop = markAt({ ...workshop, meetings: [second!, first!] }, first!, ana, 'present');
    expect(progress(workshop, '2027-03-06')).toEqual({
      workshopId: workshop.id,
      rule: { source: 'module', minimumSessions: 2, requiredSessionIds: ['what-friends-do'], credit: settingsCredit },
      meetings: [
        { id: first!.id, date: '2027-03-02', startTime: '15:30', sessionIds: first!.sessionIds, kind: 'planned', held: true, cancelled: false },
        { id: second!.id, date: '2027-03-09', startTime: '15:30', sessionIds: second!.sessionIds, kind: 'planned', held: false, cancelled: false },
      ],
      participants: [expect.objectContaining({ participantId: ana.id }), expect.objectContaining({ participantId: ben.id })],
      cells: { [`${first!.id}:${ana.id}`]: 'present', [`${first!.id}:${ben.id}`]: 'not-enrolled' },
      statuses,
    });
  });

  it('keeps the part of a split meeting', () => {
    const view = progress(custodySeries('split'), '2027-03-01');
    expect(view.meetings.slice(0, 2).map((meeting) => [meeting.sessionIds, meeting.part])).toEqual([
      [sessions(1), 1],
      [sessions(1), 2],
    ]);
  });

  it('sorts everyone ever enrolled by code, numbers in order, including those who left', () => {
    const people = ['JH-26-10', 'JH-26-9', 'JH-26-100', 'JH-26-2'].map(participant);
    let workshop = custodySeries();
    for (const who of people.slice(0, 3)) workshop = enrol(workshop, who);
    workshop = enrol(workshop, people[3]!, '2027-03-01', { on: '2027-03-03', reason: 'transferred' });
    const view = progressOf(workshop, statuses, people, '2027-03-05');
    expect(view.participants.map((row) => [row.code, row.current])).toEqual([
      ['JH-26-2', false],
      ['JH-26-9', true],
      ['JH-26-10', true],
      ['JH-26-100', true],
    ]);
  });

  it('has no share before any meeting was held for them', () => {
    const result = progressFor(seriesWith(ana), ana, '2027-03-01');
    expect(result.heldWhileEnrolled).toBe(0);
    expect(result).not.toHaveProperty('share');
    expect(result.state).toBe('on-track');
  });
});

describe('atRiskIn', () => {
  it('lists the people on the roster now whose completion is at risk, with what they missed', () => {
    let workshop = seriesWith(ana, ben);
    workshop = enrol(workshop, cal, '2027-03-01', { on: '2027-03-05', reason: 'released' });
    workshop = mark(mark(mark(workshop, ana, 'app'), ben, 'ppp'), cal, 'aa');
    expect(atRiskIn(workshop, statuses, registry, '2027-03-10')).toEqual([
      {
        workshopId: workshop.id,
        workshopTitle: 'Tuesday group',
        participantId: ana.id,
        code: 'JH-26-001',
        missedRequired: sessions(1),
        share: 2 / 3,
      },
    ]);
  });

  it('lists someone who joined too late to reach the rule, before any meeting was held for them', () => {
    const workshop = enrol(mark(seriesWith(ana), ana, 'ppppppp'), ben, '2027-03-24');
    expect(atRiskIn(workshop, statuses, registry, '2027-03-24')).toEqual([
      { workshopId: workshop.id, workshopTitle: 'Tuesday group', participantId: ben.id, code: 'JH-26-002', missedRequired: [] },
    ]);
  });

  it('lists nobody for an archived workshop', () => {
    const workshop = { ...mark(seriesWith(ana), ana, 'app'), archivedAt: '2027-03-10T12:00:00.000Z' };
    expect(atRiskIn(workshop, statuses, registry, '2027-03-10')).toEqual([]);
  });
});
