import { afterEach, describe, expect, it } from 'vitest';
import { clockChangeAt, zonedInstant } from '../../../core/domain/calendar/zone';

const LA = 'America/Los_Angeles';

describe('wall-clock times on the nights clocks change', () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it('says 02:30 is skipped the night Los Angeles clocks go forward, and moves it forward by the jump', () => {
    expect(clockChangeAt('2027-03-14', '02:30', LA)).toEqual({ kind: 'skipped', movedTo: '03:30' });
    expect(zonedInstant('2027-03-14', '02:30', LA).toISOString()).toBe('2027-03-14T10:30:00.000Z');
    expect(clockChangeAt('2027-03-14', '03:00', LA)).toBeUndefined();
    expect(clockChangeAt('2027-03-14', '01:59', LA)).toBeUndefined();
  });

  it('says 01:30 happens twice the night Los Angeles clocks go back, and means the first', () => {
    expect(clockChangeAt('2027-11-07', '01:30', LA)).toEqual({ kind: 'repeated' });
    expect(clockChangeAt('2027-11-07', '01:00', LA)).toEqual({ kind: 'repeated' });
    expect(zonedInstant('2027-11-07', '01:30', LA).toISOString()).toBe('2027-11-07T08:30:00.000Z');
    expect(clockChangeAt('2027-11-07', '02:00', LA)).toBeUndefined();
    expect(clockChangeAt('2027-11-07', '00:59', LA)).toBeUndefined();
    expect(clockChangeAt('2027-11-14', '01:30', LA)).toBeUndefined();
  });

  it('knows half-hour changes and zones east of Greenwich', () => {
    expect(clockChangeAt('2027-10-03', '02:10', 'Australia/Lord_Howe')).toEqual({ kind: 'skipped', movedTo: '02:40' });
    expect(clockChangeAt('2027-04-04', '01:45', 'Australia/Lord_Howe')).toEqual({ kind: 'repeated' });
    expect(clockChangeAt('2027-10-31', '02:30', 'Europe/Berlin')).toEqual({ kind: 'repeated' });
    expect(clockChangeAt('2027-03-28', '01:30', 'Europe/London')).toEqual({ kind: 'skipped', movedTo: '02:30' });
    expect(clockChangeAt('2027-03-28', '01:30', 'Asia/Tokyo')).toBeUndefined();
  });

  it('places a repeated time at its first occurrence whatever zone the computer itself is in', () => {
    const cases = [
      ['America/New_York', '2027-11-07', '01:30', '2027-11-07T05:30:00.000Z'],
      ['Europe/London', '2027-10-31', '01:30', '2027-10-31T00:30:00.000Z'],
      ['Australia/Sydney', '2027-04-04', '02:30', '2027-04-03T15:30:00.000Z'],
    ] as const;
    for (const machine of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/London']) {
      process.env.TZ = machine;
      expect(cases.map(([zone, date, time]) => zonedInstant(date, time, zone).toISOString())).toEqual(cases.map((entry) => entry[3]));
    }
  });
});
