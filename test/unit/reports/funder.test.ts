import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FunderFigures, FunderReport } from '../../../core/contract/reports';
import type { CivilDate } from '../../../core/domain/calendar/civil';
import type { Participant } from '../../../core/domain/participants';
import { funderReport, peopleCount } from '../../../core/domain/reports/funder';
import type { Coverage, Workshop, WorkshopSite } from '../../../core/domain/workshop';
import { custodyModule } from '../../support/sampleModules';
import { buildWorkshop } from '../../support/workshops';
import { cancel, custodySeries, endRun, enrol, mark, markAt, meetingOn, participant, statuses, withMakeUp } from '../progress/helpers';

/*
 * The custody series (ten sessions, 70% to complete, session 1 required) meets Tuesdays and
 * Thursdays from 2027-03-02 to 2027-04-01, one session a meeting: 03-02, 03-04, 03-09, 03-11, 03-16,
 * 03-18, 03-23, 03-25, 03-30, 04-01. Split over two meetings a session, it runs to 2027-05-06.
 */

const ALL_PRESENT = 'pppppppppp';

function people(prefix: string, count: number): Participant[] {
  return Array.from({ length: count }, (_, index) => participant(`${prefix}-${String(index + 1).padStart(3, '0')}`));
}

/** A custody series with `who` enrolled from the start, each marked with `pattern` (see `mark`). */
function series(who: readonly Participant[], pattern: string, overrides: Partial<Workshop> = {}, coverage: Coverage = 'one'): Workshop {
  return who.reduce((workshop, person) => mark(enrol(workshop, person), person, pattern), custodySeries(coverage, overrides));
}

function report(workshops: readonly Workshop[], from: CivilDate, to: CivilDate, today: CivilDate = '2027-07-01'): FunderReport {
  return funderReport(workshops, { from, to, today, organisation: 'Safe Futures', statuses });
}

const nothing: FunderFigures = { workshopsHeld: 0, sessionsPlanned: 0, sessionsDelivered: 0, participants: 0, finishers: 0, completed: 0 };

function site(siteId: string, name: string): WorkshopSite {
  return { siteId, name, kind: 'detention' };
}

describe('funderReport: the range', () => {
  it('counts meetings on the first and last day of the range and none outside it', () => {
    const workshop = series(people('A', 5), ALL_PRESENT);
    const { totals } = report([workshop], '2027-03-04', '2027-03-11');
    expect(totals).toEqual({ ...nothing, workshopsHeld: 1, sessionsPlanned: 3, sessionsDelivered: 3, participants: 5, attendanceRate: 1 });
  });

  it('leaves out a workshop with no meeting in the range', () => {
    const workshop = series(people('A', 5), ALL_PRESENT);
    const between = report([workshop], '2027-03-05', '2027-03-08');
    expect(between.totals).toEqual(nothing);
    expect(between.byModule).toEqual([]);
    expect(between.bySite).toEqual([]);
    expect(between.byAudience).toEqual([]);
    expect(between.attendanceByMeeting).toEqual([]);
  });

  it('says what range, organisation and day it was made for', () => {
    const made = report([], '2027-03-01', '2027-03-31', '2027-04-02');
    expect(made).toMatchObject({ from: '2027-03-01', to: '2027-03-31', madeOn: '2027-04-02', organisation: 'Safe Futures', totals: nothing });
  });

  it('includes archived workshops', () => {
    const workshop = series(people('A', 5), ALL_PRESENT, { archivedAt: '2027-05-01T12:00:00.000Z' });
    expect(report([workshop], '2027-03-01', '2027-03-31').totals.workshopsHeld).toBe(1);
  });
});

describe('funderReport: sessions planned and delivered', () => {
  it('counts a cancelled meeting and one nobody recorded as planned, not delivered', () => {
    const who = people('A', 5);
    // Nobody is marked at the third meeting (it is then cancelled) or at the fourth.
    let workshop = series(who, 'pp--pppppp');
    workshop = cancel(workshop, meetingOn(workshop, '2027-03-09'));
    expect(report([workshop], '2027-03-01', '2027-04-30').totals).toMatchObject({ workshopsHeld: 1, sessionsPlanned: 10, sessionsDelivered: 8 });

    // A run that was ended makes a meeting held, though nobody was marked.
    const ended = endRun(workshop, meetingOn(workshop, '2027-03-11'));
    expect(report([ended], '2027-03-01', '2027-04-30').totals).toMatchObject({ sessionsPlanned: 10, sessionsDelivered: 9 });
  });

  it('has a workshop whose only meeting in the range was cancelled take part with nothing held', () => {
    const workshop = series(people('A', 5), 'pp-');
    const cancelled = cancel(workshop, meetingOn(workshop, '2027-03-09'));
    const result = report([cancelled], '2027-03-09', '2027-03-09');
    expect(result.totals).toEqual({ ...nothing, sessionsPlanned: 1 });
    expect(result.byModule).toEqual([{ label: 'Custody Series (test module)', ...nothing, sessionsPlanned: 1 }]);
  });

  it('counts a session once when a make-up covered it again', () => {
    const [first, ...others] = people('A', 5) as [Participant, ...Participant[]];
    let workshop = series(others, ALL_PRESENT);
    workshop = mark(enrol(workshop, first), first, 'ppappppppp');
    const added = withMakeUp(workshop, '2027-03-10', ['session-3'], [first]);
    workshop = markAt(added.workshop, added.makeUp, first, 'present');
    const { totals } = report([workshop], '2027-03-01', '2027-04-30');
    expect(totals).toMatchObject({ sessionsPlanned: 10, sessionsDelivered: 10, participants: 5 });
    // Ten meetings for five people, and the make-up for one: 51 expected, 50 attended.
    expect(totals.attendanceRate).toBeCloseTo(50 / 51, 10);
  });

  it('delivers a split session only when both halves were held in the range', () => {
    const workshop = series(people('A', 5), 'p'.repeat(20), {}, 'split');
    // 03-02 and 03-04 are the two halves of session 1; 03-09 is the first half of session 2.
    expect(report([workshop], '2027-03-02', '2027-03-02').totals).toMatchObject({ workshopsHeld: 1, sessionsPlanned: 1, sessionsDelivered: 0 });
    expect(report([workshop], '2027-03-02', '2027-03-04').totals).toMatchObject({ sessionsPlanned: 1, sessionsDelivered: 1 });
    expect(report([workshop], '2027-03-04', '2027-03-09').totals).toMatchObject({ sessionsPlanned: 2, sessionsDelivered: 0 });
  });

  it('adds up sessions over workshops', () => {
    const one = series(people('A', 5), ALL_PRESENT);
    const other = series(people('B', 5), 'ppppp');
    expect(report([one, other], '2027-03-01', '2027-04-30').totals).toMatchObject({
      workshopsHeld: 2,
      sessionsPlanned: 20,
      sessionsDelivered: 15,
    });
  });
});

describe('funderReport: participants and attendance', () => {
  it('counts late and left early as attended, excused, absent and a status no longer in Settings as not', () => {
    const [a, b, c, d, e] = people('A', 5) as [Participant, Participant, Participant, Participant, Participant];
    let workshop = series([a, b], 'pp');
    workshop = mark(enrol(workshop, c), c, 'le');
    workshop = mark(enrol(workshop, d), d, 'xa');
    workshop = mark(enrol(workshop, e), e, '?-');
    const { totals } = report([workshop], '2027-03-02', '2027-03-04');
    // Ten places at two meetings: a, b and c attended both.
    expect(totals.attendanceRate).toBeCloseTo(6 / 10, 10);
    expect(totals.participants).toBe('<5');
  });

  it('expects only the people enrolled on the meeting day', () => {
    const early = people('A', 5);
    const late = participant('B-001');
    let workshop = series(early, 'ppp');
    // Enrolled from the third meeting; the second meeting is theirs to miss no more.
    workshop = mark(enrol(workshop, late, '2027-03-09'), late, '--p');
    const { totals } = report([workshop], '2027-03-02', '2027-03-09');
    expect(totals).toMatchObject({ participants: 6, attendanceRate: 1 });
  });

  it('counts someone in two workshops once in the totals and in a group holding both, and in each group apart', () => {
    const who = people('A', 6);
    const one = series(who.slice(0, 5), ALL_PRESENT, { site: site('s-1', 'East Unit') });
    const other = series([who[0]!, who[1]!, who[2]!, who[5]!], ALL_PRESENT, { site: site('s-2', 'West Unit') });
    const result = report([one, other], '2027-03-01', '2027-04-30');
    expect(result.totals.participants).toBe(6);
    expect(result.byModule.map((group) => group.participants)).toEqual([6]);
    expect(result.bySite.map((group) => [group.label, group.participants])).toEqual([
      ['East Unit', 5],
      ['West Unit', '<5'],
    ]);
  });
});

describe('funderReport: finishers and completion', () => {
  it('counts the people of a workshop whose last meeting was in the range and before today, and who completed', () => {
    const completers = people('A', 5);
    const dropOut = participant('B-001');
    let workshop = series(completers, ALL_PRESENT);
    workshop = mark(enrol(workshop, dropOut), dropOut, 'pppaaaaaaa');
    const { totals } = report([workshop], '2027-03-01', '2027-04-30', '2027-05-01');
    expect(totals).toMatchObject({ finishers: 6, completed: 5 });
    expect(totals.completionRate).toBeCloseTo(5 / 6, 10);
  });

  it('leaves out a workshop that finished after the range or is still running', () => {
    const workshop = series(people('A', 5), ALL_PRESENT);
    // The last meeting is on 04-01.
    expect(report([workshop], '2027-03-01', '2027-03-31', '2027-05-01').totals).toMatchObject({ finishers: 0, completed: 0 });
    expect(report([workshop], '2027-03-01', '2027-04-01', '2027-04-01').totals).toMatchObject({ finishers: 0, completed: 0 });
    expect(report([workshop], '2027-03-01', '2027-04-01', '2027-04-02').totals).toMatchObject({ finishers: 5, completed: 5, completionRate: 1 });
  });

  it('takes the last meeting that is not cancelled as the end', () => {
    const workshop = series(people('A', 5), 'ppppppppp');
    const cancelled = cancel(workshop, meetingOn(workshop, '2027-04-01'));
    expect(report([cancelled], '2027-03-01', '2027-03-31', '2027-04-01').totals).toMatchObject({ finishers: 5, completed: 5 });
  });

  it('counts someone who moved only in the workshop they ended up in, and someone with two stays once', () => {
    const mover = participant('M-001');
    const stayers = people('A', 4);
    const fromId = randomUUID();
    const toId = randomUUID();
    let from = series(stayers, ALL_PRESENT, { id: fromId });
    from = enrol(from, mover, '2027-03-01', { on: '2027-03-10', reason: 'moved', toWorkshopId: toId });
    // Released, then back: one finisher.
    const returner = participant('R-001');
    from = enrol(from, returner, '2027-03-01', { on: '2027-03-05', reason: 'released' });
    from = enrol(from, returner, '2027-03-15');
    // Moved over and back again: a finisher where they ended up.
    const boomerang = participant('R-002');
    from = enrol(from, boomerang, '2027-03-01', { on: '2027-03-05', reason: 'moved', toWorkshopId: toId });
    from = { ...from, roster: [...from.roster, { participantId: boomerang.id, enrolledOn: '2027-03-15', fromWorkshopId: toId }] };
    let to = series(people('B', 4), ALL_PRESENT, { id: toId });
    to = {
      ...to,
      roster: [
        ...to.roster,
        { participantId: mover.id, enrolledOn: '2027-03-10', fromWorkshopId: fromId },
        { participantId: boomerang.id, enrolledOn: '2027-03-05', fromWorkshopId: fromId, exit: { on: '2027-03-15', reason: 'moved', toWorkshopId: fromId } },
      ],
    };

    const result = report([from, to], '2027-03-01', '2027-04-30', '2027-05-01');
    // from: four stayers, the returner and the boomerang; to: four and the mover.
    expect(result.totals.finishers).toBe(11);
    expect(result.byModule.map((group) => group.finishers)).toEqual([11]);
  });

  it('counts someone who finished two workshops in each', () => {
    const who = people('A', 5);
    const result = report([series(who, ALL_PRESENT), series(who, ALL_PRESENT)], '2027-03-01', '2027-04-30', '2027-05-01');
    expect(result.totals).toMatchObject({ finishers: 10, completed: 10, completionRate: 1 });
  });

  it('leaves the completion rate out about fewer than five finishers, or when the number completed is hidden', () => {
    const four = report([series(people('A', 4), ALL_PRESENT)], '2027-03-01', '2027-04-30', '2027-05-01').totals;
    expect(four).toMatchObject({ finishers: '<5', completed: '<5' });
    expect(four.completionRate).toBeUndefined();

    // Six finished and two completed: 33.3% of six would give the two back.
    const who = people('B', 6);
    let workshop = series(who.slice(0, 2), ALL_PRESENT);
    workshop = who.slice(2).reduce((next, person) => mark(enrol(next, person), person, 'aaaaaaaaaa'), workshop);
    const hidden = report([workshop], '2027-03-01', '2027-04-30', '2027-05-01').totals;
    expect(hidden).toMatchObject({ finishers: 6, completed: '<5' });
    expect(hidden.completionRate).toBeUndefined();

    // None of five completed: 0 is shown, and so is the rate.
    const none = report([series(people('C', 5), 'aaaaaaaaaa')], '2027-03-01', '2027-04-30', '2027-05-01').totals;
    expect(none).toMatchObject({ finishers: 5, completed: 0, completionRate: 0 });
  });
});

describe('funderReport: small counts', () => {
  it('shows one to four people as <5, and zero and five or more as numbers', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(peopleCount)).toEqual([0, '<5', '<5', '<5', '<5', 5, 6]);
  });

  it.each([
    [0, 0],
    [1, '<5'],
    [4, '<5'],
    [5, 5],
  ] as const)('shows %i of five people attending as %s, with the rate about all five expected', (attending, shown) => {
    const who = people('A', 5);
    let workshop = series(who.slice(0, attending), 'pp');
    workshop = who.slice(attending).reduce((next, person) => mark(enrol(next, person), person, 'aa'), workshop);
    const { totals } = report([workshop], '2027-03-02', '2027-03-04');
    expect(totals.participants).toBe(shown);
    expect(totals.attendanceRate).toBeCloseTo(attending / 5, 10);
  });

  it('leaves out the attendance rate when fewer than five people were expected', () => {
    const { totals } = report([series(people('A', 4), ALL_PRESENT)], '2027-03-01', '2027-03-31');
    expect(totals.participants).toBe('<5');
    expect(totals.attendanceRate).toBeUndefined();
  });

  it('applies the same rules to every group', () => {
    const big = series(people('A', 5), ALL_PRESENT, { site: site('s-1', 'East Unit') });
    const small = series(people('B', 2), ALL_PRESENT, { site: site('s-2', 'West Unit') });
    const result = report([big, small], '2027-03-01', '2027-04-30', '2027-05-01');
    expect(result.bySite).toEqual([
      {
        label: 'East Unit',
        workshopsHeld: 1,
        sessionsPlanned: 10,
        sessionsDelivered: 10,
        participants: 5,
        attendanceRate: 1,
        finishers: 5,
        completed: 5,
        completionRate: 1,
      },
      { label: 'West Unit', workshopsHeld: 1, sessionsPlanned: 10, sessionsDelivered: 10, participants: '<5', finishers: '<5', completed: '<5' },
    ]);
    expect(result.totals).toMatchObject({ participants: 7, finishers: 7, completed: 7, attendanceRate: 1, completionRate: 1 });
  });
});

describe('funderReport: groups', () => {
  const range = ['2027-03-01', '2027-04-30'] as const;

  it('puts every version of a module in one group under the newest title', () => {
    const second = { ...custodyModule(), version: 2, title: 'Custody Series, second edition' };
    const older = series(people('A', 5), ALL_PRESENT);
    const newer = series(people('B', 5), ALL_PRESENT, { module: second });
    const oldest = series(people('C', 5), ALL_PRESENT);
    // The small module's two meetings, never recorded.
    const other = buildWorkshop();
    const result = report([older, newer, other, oldest], ...range);
    expect(result.byModule.map((group) => [group.label, group.workshopsHeld, group.sessionsPlanned])).toEqual([
      ['Custody Series, second edition', 3, 30],
      ['Friendship Basics (test module)', 0, 2],
    ]);
  });

  it('puts audiences spelled differently in one group, spelled as the first workshop had it', () => {
    const workshops = [
      series(people('A', 5), ALL_PRESENT, { audience: 'girls  14–17, UNIT b ', createdAt: '2027-02-03T12:00:00.000Z' }),
      series(people('B', 5), ALL_PRESENT, { audience: 'Girls 14–17, Unit B', createdAt: '2027-02-01T12:00:00.000Z' }),
      series(people('C', 5), ALL_PRESENT, { audience: 'Boys 12–14' }),
      series(people('D', 5), ALL_PRESENT, { audience: '' }),
      series(people('E', 5), ALL_PRESENT, { audience: '   ' }),
    ];
    const result = report(workshops, ...range);
    expect(result.byAudience.map((group) => [group.label, group.workshopsHeld, group.participants])).toEqual([
      ['Boys 12–14', 1, 5],
      ['Girls 14–17, Unit B', 2, 10],
      [undefined, 2, 10],
    ]);
  });

  it('groups by site under its latest name, with workshops without a site together, unnamed and last', () => {
    const workshops = [
      series(people('A', 5), ALL_PRESENT, { site: site('s-1', 'Westside Hall'), updatedAt: '2027-02-01T12:00:00.000Z' }),
      series(people('B', 5), ALL_PRESENT, { site: site('s-1', 'Westside Youth Hall'), updatedAt: '2027-03-01T12:00:00.000Z' }),
      series(people('C', 5), ALL_PRESENT, { site: site('s-2', 'East Unit') }),
      series(people('D', 5), ALL_PRESENT),
    ];
    const result = report(workshops, ...range);
    expect(result.bySite.map((group) => [group.label, group.workshopsHeld])).toEqual([
      ['East Unit', 1],
      ['Westside Youth Hall', 2],
      [undefined, 1],
    ]);
  });

  it('sorts groups by label, ignoring case', () => {
    const workshops = ['beta', 'Alpha', 'gamma'].map((audience, index) => series(people(`A${index}`, 5), ALL_PRESENT, { audience }));
    expect(report(workshops, ...range).byAudience.map((group) => group.label)).toEqual(['Alpha', 'beta', 'gamma']);
  });
});

describe('funderReport: attendance by meeting number', () => {
  it('numbers meetings within each series, skips cancelled ones, and leaves out rates about fewer than five people', () => {
    // A: five people from 03-02, the 03-04 meeting cancelled, so 03-09 is its 2nd meeting; one missed it.
    const five = people('A', 5);
    let a = five.slice(1).reduce((next, person) => mark(enrol(next, person), person, 'p-pppppppp'), custodySeries());
    a = mark(enrol(a, five[0]!), five[0]!, 'p-appppppp');
    a = cancel(a, meetingOn(a, '2027-03-04'));
    // B: four people, starting 03-16; two missed its 2nd meeting (03-18).
    const later = custodySeries();
    let b: Workshop = { ...later, meetings: later.meetings.filter((meeting) => meeting.date >= '2027-03-16') };
    b = people('B', 4).reduce((next, person, index) => mark(enrol(next, person), person, index < 2 ? 'pp' : 'pa'), b);

    const result = report([a, b], '2027-03-09', '2027-03-18');
    expect(result.attendanceByMeeting).toEqual([
      { meetingNumber: 1, workshops: 1 },
      { meetingNumber: 2, workshops: 2, rate: 6 / 9 },
      { meetingNumber: 3, workshops: 1, rate: 1 },
      { meetingNumber: 4, workshops: 1, rate: 1 },
      { meetingNumber: 5, workshops: 1, rate: 1 },
    ]);
  });

  it('leaves out numbers no workshop held in the range, and meetings not held', () => {
    const a = series(people('A', 5), ALL_PRESENT);
    const later = custodySeries();
    let b: Workshop = { ...later, meetings: later.meetings.filter((meeting) => meeting.date >= '2027-03-16') };
    b = people('B', 5).reduce((next, person) => mark(enrol(next, person), person, 'p'), b);
    // A's 5th and 6th meetings (03-16, 03-18); B's 1st, and its 2nd was never recorded.
    expect(report([a, b], '2027-03-16', '2027-03-18').attendanceByMeeting).toEqual([
      { meetingNumber: 1, workshops: 1, rate: 1 },
      { meetingNumber: 5, workshops: 1, rate: 1 },
      { meetingNumber: 6, workshops: 1, rate: 1 },
    ]);
  });
});

describe('funderReport: people in more than one workshop', () => {
  it('counts people, not places, before giving a rate', () => {
    // The same three people in two workshops: six places at each meeting, but three people.
    const who = people('A', 3);
    const result = report([series(who, 'pp'), series(who, 'pp')], '2027-03-02', '2027-03-04');
    expect(result.totals.attendanceRate).toBeUndefined();
    expect(result.attendanceByMeeting).toEqual([
      { meetingNumber: 1, workshops: 2 },
      { meetingNumber: 2, workshops: 2 },
    ]);
  });
});

describe('funderReport: a large archive', () => {
  // How fast it is, is the bench's job (npm run bench): a timed test fails on a busy machine, not on slow code.
  it('adds up 1,000 workshops of ten meetings and ten people, every one finished', () => {
    const template = custodySeries();
    const workshops = Array.from({ length: 1000 }, (_, index): Workshop => {
      const ids = Array.from({ length: 10 }, () => randomUUID());
      return {
        ...template,
        id: randomUUID(),
        site: site(`s-${index % 7}`, `Site ${index % 7}`),
        audience: `Group ${index % 5}`,
        roster: ids.map((participantId) => ({ participantId, enrolledOn: '2027-03-01' })),
        attendance: template.meetings.flatMap((meeting) =>
          ids.map((participantId, person) => ({
            meetingId: meeting.id,
            participantId,
            statusId: person === 0 ? 'absent' : 'present',
            at: '2027-03-01T12:00:00.000Z',
          })),
        ),
      };
    });
    const result = report(workshops, '2027-03-01', '2027-04-30', '2027-05-01');
    expect(result.totals).toMatchObject({ workshopsHeld: 1000, sessionsDelivered: 10_000, participants: 9000, finishers: 10_000, completed: 9000 });
    expect(result.totals.attendanceRate).toBeCloseTo(0.9, 10);
    expect(result.bySite).toHaveLength(7);
  });
});
