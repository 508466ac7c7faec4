import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../../core/domain/calendar/zone';
import { generateSchedule, patternDatesAfter } from '../../../core/domain/schedule/generate';
import type { SchedulePlan } from '../../../core/domain/workshop';
import { custodyPlan, custodySessionIds, deepFreeze, take } from './helpers';

const fourSessions = ['s1', 's2', 's3', 's4'];

function plan(overrides: Partial<SchedulePlan>): SchedulePlan {
  return { ...custodyPlan, ...overrides };
}

function datesOf(generated: { meetings: { date: string }[] }): string[] {
  return generated.meetings.map((meeting) => meeting.date);
}

describe('generateSchedule: the quick set-ups', () => {
  it('plans the five-week juvenile-hall series as ten Tuesday and Thursday meetings, one session each', () => {
    const generated = generateSchedule(custodyPlan, custodySessionIds);
    expect(generated.skipped).toEqual([]);
    expect(generated.meetings).toEqual(
      [
        ['2027-03-02', 'session-1'],
        ['2027-03-04', 'session-2'],
        ['2027-03-09', 'session-3'],
        ['2027-03-11', 'session-4'],
        ['2027-03-16', 'session-5'],
        ['2027-03-18', 'session-6'],
        ['2027-03-23', 'session-7'],
        ['2027-03-25', 'session-8'],
        ['2027-03-30', 'session-9'],
        ['2027-04-01', 'session-10'],
      ].map(([date, session]) => ({ date, startTime: '15:30', minutes: 60, sessionIds: [session] })),
    );
  });

  it('plans a ten-week weekly group on ten Wednesdays', () => {
    const generated = generateSchedule(plan({ startDate: '2027-01-06', weekdays: [3] }), custodySessionIds);
    expect(datesOf(generated)).toEqual([
      '2027-01-06',
      '2027-01-13',
      '2027-01-20',
      '2027-01-27',
      '2027-02-03',
      '2027-02-10',
      '2027-02-17',
      '2027-02-24',
      '2027-03-03',
      '2027-03-10',
    ]);
  });

  it('plans a four-lesson school unit on consecutive school days from a Wednesday: Wed, Thu, Fri, next Mon', () => {
    const generated = generateSchedule(plan({ startDate: '2027-09-15', weekdays: [1, 2, 3, 4, 5], startTime: '10:05', minutes: 50 }), fourSessions);
    expect(datesOf(generated)).toEqual(['2027-09-15', '2027-09-16', '2027-09-17', '2027-09-20']);
    expect(generated.meetings.every((meeting) => meeting.startTime === '10:05' && meeting.minutes === 50)).toBe(true);
  });
});

describe('generateSchedule: the weekly pattern', () => {
  it('leaves out skip dates the pattern reaches and lists them in date order, keeping every session', () => {
    const generated = generateSchedule(plan({ skipDates: ['2027-06-01', '2027-03-18', '2027-02-25', '2027-03-10', '2027-03-11'] }), custodySessionIds);
    // 02-25 is before the start, 03-10 is a Wednesday and 06-01 comes after the last meeting: none was reached.
    expect(generated.skipped).toEqual(['2027-03-11', '2027-03-18']);
    expect(datesOf(generated)).toEqual([
      '2027-03-02',
      '2027-03-04',
      '2027-03-09',
      '2027-03-16',
      '2027-03-23',
      '2027-03-25',
      '2027-03-30',
      '2027-04-01',
      '2027-04-06',
      '2027-04-08',
    ]);
    expect(generated.meetings.map((meeting) => meeting.sessionIds[0])).toEqual(custodySessionIds);
  });

  it('meets every second week on Mondays and Wednesdays', () => {
    const generated = generateSchedule(plan({ startDate: '2027-03-01', weekdays: [3, 1], everyWeeks: 2 }), fourSessions);
    expect(datesOf(generated)).toEqual(['2027-03-01', '2027-03-03', '2027-03-15', '2027-03-17']);
  });

  it('starts at the first pattern day on or after a start date that is not one of the weekdays', () => {
    expect(datesOf(generateSchedule(plan({ startDate: '2027-03-05', weekdays: [1, 3] }), ['s1', 's2', 's3']))).toEqual([
      '2027-03-08',
      '2027-03-10',
      '2027-03-15',
    ]);
  });

  it('counts every-N-weeks from the week of the start date, not from the first meeting', () => {
    // Thursday 2027-03-04: that week's Tuesday is before the start, its Friday is used, the next week is skipped.
    const generated = generateSchedule(plan({ startDate: '2027-03-04', weekdays: [2, 5], everyWeeks: 2 }), ['s1', 's2', 's3', 's4', 's5']);
    expect(datesOf(generated)).toEqual(['2027-03-05', '2027-03-16', '2027-03-19', '2027-03-30', '2027-04-02']);
  });

  it('runs across the end of a month', () => {
    expect(datesOf(generateSchedule(plan({ startDate: '2028-01-27', weekdays: [1, 2, 3, 4, 5] }), fourSessions))).toEqual([
      '2028-01-27',
      '2028-01-28',
      '2028-01-31',
      '2028-02-01',
    ]);
    expect(datesOf(generateSchedule(plan({ startDate: '2028-01-24', weekdays: [1] }), ['s1', 's2', 's3']))).toEqual(['2028-01-24', '2028-01-31', '2028-02-07']);
  });

  it('meets on leap day when it falls on the weekday', () => {
    expect(datesOf(generateSchedule(plan({ startDate: '2028-02-15', weekdays: [2] }), fourSessions))).toEqual([
      '2028-02-15',
      '2028-02-22',
      '2028-02-29',
      '2028-03-07',
    ]);
  });

  it('keeps the wall-clock time when the clocks change (Los Angeles, 2027-03-14)', () => {
    const generated = generateSchedule(plan({ startDate: '2027-03-09', weekdays: [2] }), ['s1', 's2']);
    expect(generated.meetings.map((meeting) => [meeting.date, meeting.startTime])).toEqual([
      ['2027-03-09', '15:30'],
      ['2027-03-16', '15:30'],
    ]);
    const instants = generated.meetings.map((meeting) => zonedInstant(meeting.date, meeting.startTime, 'America/Los_Angeles').toISOString());
    expect(instants).toEqual(['2027-03-09T23:30:00.000Z', '2027-03-16T22:30:00.000Z']);
  });
});

describe('generateSchedule: coverage', () => {
  it('puts two sessions in each meeting, the odd last one alone', () => {
    const generated = generateSchedule(plan({ coverage: 'two' }), ['s1', 's2', 's3', 's4', 's5']);
    expect(generated.meetings.map((meeting) => [meeting.date, meeting.sessionIds])).toEqual([
      ['2027-03-02', ['s1', 's2']],
      ['2027-03-04', ['s3', 's4']],
      ['2027-03-09', ['s5']],
    ]);
  });

  it('splits each session over two meetings, part 1 then part 2', () => {
    const generated = generateSchedule(plan({ coverage: 'split' }), ['s1', 's2']);
    expect(generated.meetings.map(({ date, sessionIds, part }) => ({ date, sessionIds, part }))).toEqual([
      { date: '2027-03-02', sessionIds: ['s1'], part: 1 },
      { date: '2027-03-04', sessionIds: ['s1'], part: 2 },
      { date: '2027-03-09', sessionIds: ['s2'], part: 1 },
      { date: '2027-03-11', sessionIds: ['s2'], part: 2 },
    ]);
  });

  it('leaves `part` out when a session is not split', () => {
    expect(generateSchedule(custodyPlan, ['s1']).meetings[0]).not.toHaveProperty('part');
  });

  it('makes no meetings and lists no skipped dates when there are no sessions', () => {
    expect(generateSchedule(plan({ skipDates: ['2027-03-02'] }), [])).toEqual({ meetings: [], skipped: [] });
  });

  it('works on a frozen plan', () => {
    const frozen = deepFreeze(plan({ skipDates: ['2027-03-04'] }));
    expect(datesOf(generateSchedule(frozen, ['s1', 's2']))).toEqual(['2027-03-02', '2027-03-09']);
  });
});

describe('generateSchedule: limits', () => {
  it('stops with a clear RangeError instead of running on for decades', () => {
    const sessions = Array.from({ length: 200 }, (_, index) => `s${index + 1}`);
    expect(() => generateSchedule(plan({ weekdays: [2], everyWeeks: 8 }), sessions)).toThrow(RangeError);
    expect(() => generateSchedule(plan({ weekdays: [2], everyWeeks: 8 }), sessions)).toThrow(/more than 20 years/);
  });

  it('terminates even on a malformed plan with no weekdays', () => {
    expect(() => generateSchedule(plan({ weekdays: [] }), ['s1'])).toThrow(RangeError);
  });
});

describe('patternDatesAfter', () => {
  it('gives the pattern dates strictly after a date, leaving out the skip dates', () => {
    const dates = patternDatesAfter(plan({ skipDates: ['2027-03-16'] }), '2027-03-09');
    expect(take(dates, 4)).toEqual(['2027-03-11', '2027-03-18', '2027-03-23', '2027-03-25']);
  });

  it('never gives a date before the start date', () => {
    expect(take(patternDatesAfter(plan({ startDate: '2027-03-04' }), '2027-01-01'), 2)).toEqual(['2027-03-04', '2027-03-09']);
  });

  it('keeps to the every-N-weeks rhythm after any date', () => {
    const everyOther = plan({ startDate: '2027-03-01', weekdays: [1, 3], everyWeeks: 2 });
    // 2027-03-08 is in a week off: the next dates are in the week of 03-15.
    expect(take(patternDatesAfter(everyOther, '2027-03-08'), 3)).toEqual(['2027-03-15', '2027-03-17', '2027-03-29']);
  });
});
