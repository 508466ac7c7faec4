import { describe, expect, it } from 'vitest';
import { defaultWeekdays } from '../../../renderer/screens/workshops/planDraft';

describe('defaultWeekdays: a module’s sessions a week as a range', () => {
  it('plans a range at its fuller pace: "1–2 a week" meets Tuesday and Thursday', () => {
    expect(defaultWeekdays({ min: 1, max: 2 }, '2027-03-03')).toEqual([2, 4]);
  });

  it('meets once a week on the first day’s weekday', () => {
    expect(defaultWeekdays({ min: 1, max: 1 }, '2027-03-03')).toEqual([3]);
    expect(defaultWeekdays({ min: 1, max: 1 }, 'not a date')).toEqual([]);
  });

  it('meets on three school days for three a week', () => {
    expect(defaultWeekdays({ min: 2, max: 3 }, '2027-03-03')).toEqual([1, 3, 5]);
  });
});
