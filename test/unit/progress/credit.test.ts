import { describe, expect, it } from 'vitest';
import type { ParticipantProgress } from '../../../core/contract/running';
import type { AttendanceCredit, Joining } from '../../../core/domain/curriculum/schema';
import type { Participant } from '../../../core/domain/participants';
import { progressOf } from '../../../core/domain/progress';
import type { Workshop } from '../../../core/domain/workshop';
import { custodySeries, enrol, mark, markAt, participant, statuses, withMakeUp } from './helpers';

const ana = participant('JH-26-001');
const ben = participant('JH-26-002');
const registry: Participant[] = [ana, ben];
const AFTER_THE_SERIES = '2027-04-02';

const sessions = (...numbers: number[]) => numbers.map((number) => `session-${number}`);

function progressFor(workshop: Workshop, who: Participant, today = AFTER_THE_SERIES): ParticipantProgress {
  const found = progressOf(workshop, statuses, registry, today).participants.find((row) => row.participantId === who.id);
  if (!found) throw new Error(`${who.code} is not in the progress view`);
  return found;
}

/** The custody series (70% of ten sessions), with no required session so only the count decides. */
function series(changes: { credit?: AttendanceCredit; joining?: Joining } = {}): Workshop {
  const workshop = custodySeries();
  const { module } = workshop;
  return {
    ...workshop,
    module: {
      ...module,
      delivery: { ...module.delivery, ...(changes.joining ? { joining: changes.joining } : {}) },
      completion: { ...module.completion, requiredSessions: [], ...(changes.credit ? { credit: changes.credit } : {}) },
    },
  };
}

describe('progressOf: attendance credit', () => {
  it("counts only the statuses the module's credit names, instead of those Settings counts", () => {
    // Five present and three late: eight sessions by Settings (late counts), five if only present does.
    const byDefault = mark(enrol(series(), ana), ana, 'ppppplll');
    expect(progressFor(byDefault, ana)).toMatchObject({ sessionsAttended: sessions(1, 2, 3, 4, 5, 6, 7, 8), state: 'complete' });

    const presentOnly = mark(enrol(series({ credit: { statuses: ['present'], madeUpCounts: true, excusedMadeUpOnly: false } }), ana), ana, 'ppppplll');
    expect(progressFor(presentOnly, ana)).toMatchObject({ sessionsAttended: sessions(1, 2, 3, 4, 5), attended: 5, state: 'not-complete' });
  });

  it("uses the workshop's own credit over the module's", () => {
    const module = series({ credit: { statuses: ['present'], madeUpCounts: true, excusedMadeUpOnly: false } });
    const workshop = mark(enrol({ ...module, credit: { statuses: ['present', 'late'], madeUpCounts: true, excusedMadeUpOnly: false } }, ana), ana, 'ppppplll');
    expect(progressFor(workshop, ana).state).toBe('complete');
    expect(progressOf(workshop, statuses, registry, AFTER_THE_SERIES).rule.credit).toEqual({
      source: 'workshop',
      statuses: ['present', 'late'],
      madeUpCounts: true,
      excusedMadeUpOnly: false,
    });
  });

  it('counts a session made up at a make-up only while madeUpCounts is true', () => {
    const missedOne = (credit?: AttendanceCredit) => {
      const workshop = mark(enrol(series(credit ? { credit } : {}), ana), ana, 'ppppppa');
      const { workshop: withIt, makeUp } = withMakeUp(workshop, '2027-03-26', sessions(7), [ana]);
      return progressFor(markAt(withIt, makeUp, ana, 'present'), ana);
    };
    expect(missedOne()).toMatchObject({ sessionsAttended: sessions(1, 2, 3, 4, 5, 6, 7), state: 'complete' });
    expect(missedOne({ madeUpCounts: false, excusedMadeUpOnly: false })).toMatchObject({ sessionsAttended: sessions(1, 2, 3, 4, 5, 6), state: 'not-complete' });
  });

  it('counts a one-to-one catch-up as a make-up for the sessions it covers', () => {
    const workshop = mark(enrol(series(), ana), ana, 'ppppppa');
    const { workshop: withIt, makeUp: catchUp } = withMakeUp(workshop, '2027-03-26', sessions(7), [ana], 'catch-up');
    expect(progressFor(withIt, ana).state).toBe('not-complete');
    expect(progressFor(markAt(withIt, catchUp, ana, 'present'), ana)).toMatchObject({ sessionsAttended: sessions(1, 2, 3, 4, 5, 6, 7), state: 'complete' });
  });

  it('with excusedMadeUpOnly, counts a made-up session only when its absence was excused', () => {
    const credit = { madeUpCounts: true, excusedMadeUpOnly: true };
    const madeUpAfter = (absence: string) => {
      const workshop = mark(enrol(series({ credit }), ana), ana, `pppppp${absence}`);
      const { workshop: withIt, makeUp } = withMakeUp(workshop, '2027-03-26', sessions(7), [ana], 'catch-up');
      return progressFor(markAt(withIt, makeUp, ana, 'present'), ana);
    };
    expect(madeUpAfter('x')).toMatchObject({ sessionsAttended: sessions(1, 2, 3, 4, 5, 6, 7), state: 'complete' });
    expect(madeUpAfter('a')).toMatchObject({ sessionsAttended: sessions(1, 2, 3, 4, 5, 6), state: 'not-complete' });
  });
});

describe('progressOf: the joining rule', () => {
  // Ben joins at the third meeting (2027-03-09): eight of the ten sessions are held while he is enrolled,
  // and he attends six of them.
  const lateJoiner = (joining: Joining) => mark(enrol(series({ joining }), ben, '2027-03-09'), ben, '--ppppppaa');

  it('measures a late joiner to an open group against the sessions held while enrolled', () => {
    expect(progressFor(lateJoiner({ rule: 'open' }), ben)).toMatchObject({
      sessionsAttended: sessions(3, 4, 5, 6, 7, 8),
      sessionsNeeded: 6,
      state: 'complete',
    });
  });

  it('measures them the same way when the group closes after a later session', () => {
    expect(progressFor(lateJoiner({ rule: 'closed-after', afterSession: 3 }), ben)).toMatchObject({ sessionsNeeded: 6, state: 'complete' });
  });

  it('measures everyone in a closed group against the whole module', () => {
    expect(progressFor(lateJoiner({ rule: 'closed' }), ben)).toMatchObject({ sessionsNeeded: 7, state: 'not-complete' });
  });

  it('scales a minimum number of sessions to what was held while enrolled', () => {
    const workshop = lateJoiner({ rule: 'open' });
    const fiveOfTen = { ...workshop, completion: { minimumSessions: 5, requiredSessionIds: [] } };
    expect(progressFor(fiveOfTen, ben).sessionsNeeded).toBe(4);
  });
});
