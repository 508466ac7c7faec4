/**
 * A change of a workshop is checked by parsing only the fields that changed (parseChanged): it must
 * accept and refuse exactly what a full parse does, with the same issues, and keep what did not change.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workshopSchema, type Workshop } from '../../../core/domain/workshop';
import { parseChanged } from '../../../electron/storage/changeValidation';
import { deepFreeze } from '../../../electron/storage/freeze';
import { day, workshop } from './helpers';

function committed(): Workshop {
  return deepFreeze(workshopSchema.parse(workshop('Spring group', day(1))));
}

describe('checking a change of a workshop', () => {
  it('keeps the fields that did not change, the very same objects, and takes the changed ones as the schema reads them', () => {
    const before = committed();
    const mark = {
      meetingId: before.meetings[0]!.id,
      participantId: before.roster[0]?.participantId ?? before.id,
      statusId: 'present',
      at: day(2).toISOString(),
    };
    const next = { ...before, attendance: [...before.attendance, mark], agreements: ['  Listen  '], updatedAt: day(2).toISOString() };

    const checked = parseChanged(workshopSchema, before, next);
    expect(checked).toEqual(workshopSchema.safeParse(next));
    if (!checked.success) throw new Error('refused');
    expect(checked.data.module).toBe(before.module);
    expect(checked.data.meetings).toBe(before.meetings);
    // The schema trims an agreement: what is saved is what a full parse gives.
    expect(checked.data.agreements).toEqual(['Listen']);
  });

  it('refuses what a full parse refuses, with the same issues: a changed field out of range, an unknown field, a required one removed', () => {
    const before = committed();
    const { title: _title, ...untitled } = before;
    for (const next of [
      { ...before, title: '' },
      { ...before, attendance: [{ meetingId: 'x', participantId: 'y', statusId: 'present', at: 'yesterday' }] },
      { ...before, notes: 'a field the schema does not have' },
      untitled,
    ]) {
      const checked = parseChanged(workshopSchema, before, next);
      const whole = workshopSchema.safeParse(next);
      expect(checked.success).toBe(false);
      expect(whole.success).toBe(false);
      if (!checked.success && !whole.success) expect(checked.error.issues).toEqual(whole.error.issues);
    }
  });

  it('parses the whole value when the schema checks the object as a whole', () => {
    const schema = z.strictObject({ from: z.number(), to: z.number() }).refine((range) => range.from <= range.to, { message: 'from after to' });
    const before = deepFreeze({ from: 1, to: 5 });
    expect(parseChanged(schema, before, { ...before, to: 0 }).success).toBe(false);
    expect(parseChanged(schema, before, { ...before, to: 9 })).toEqual({ success: true, data: { from: 1, to: 9 } });
  });
});
