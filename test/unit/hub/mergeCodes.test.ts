import { describe, expect, it, vi } from 'vitest';
import type { PlanningHarness } from '../planning/harness';
import { laptop, shared, twoLaptops } from './mergeHubLaptops';

/** Each person's code in the laptop's registry, by id. */
const codesOn = (app: PlanningHarness) => Object.fromEntries(app.store.participants.get().participants.map((person) => [person.id, person.code]));

/** The codes the Participants page lists for the workshop's roster. */
async function rosterCodes(app: PlanningHarness, workshopId: string): Promise<string[]> {
  const people = await app.call('participants.list');
  return people.filter((view) => view.enrolments.some((stay) => stay.workshopId === workshopId)).map((view) => view.participant.code);
}

const recode = async (app: PlanningHarness, id: string, code: string) => {
  const { participant } = (await app.call('participants.list')).find((view) => view.participant.id === id)!;
  const { createdAt: _created, codeSetAt: _set, ...input } = participant;
  return (await app.call('participants.save', { ...input, code })).participant;
};

describe('a participant’s code corrected on one laptop, through the program hub', () => {
  it('reaches the laptop that already holds the person: its registry and the workshop’s roster show the new code', async () => {
    const { a, b, workshopId, ids, documentId } = await twoLaptops();
    a.setNow('2027-03-06T17:00:00Z');
    expect(await recode(a.app, ids[0]!, 'JH-26-041')).toMatchObject({ code: 'JH-26-041', codeSetAt: '2027-03-06T17:00:00.000Z', initials: 'AB' });

    b.setNow('2027-03-06T18:00:00Z');
    const received = await b.incoming().receive({ documentId, leaves: [await shared(a.app, workshopId, '2-41aa')] });

    expect(received).toMatchObject({ status: 'applied', changed: true, decisions: 0 });
    expect(codesOn(b.app)[ids[0]!]).toBe('JH-26-041');
    expect(await rosterCodes(b.app, workshopId)).toEqual(['JH-26-002', 'JH-26-003', 'JH-26-041']);
    // Still one record for the person, by the same id: nobody was added.
    expect(b.app.store.participants.get().participants).toHaveLength(3);
  });

  it('reaches a laptop that registered the same person on its own: matched by code at first, the later correction finds them', async () => {
    const { a, workshopId, ids, documentId } = await twoLaptops();
    const c = await laptop('2027-03-05T09:00:00Z');
    const own = (await c.app.call('participants.save', { code: 'JH-26-001', initials: 'QZ' })).participant;
    await c.incoming().receive({ documentId, leaves: [await shared(a.app, workshopId, '1-5f2c')] });
    expect(codesOn(c.app)[own.id]).toBe('JH-26-001');

    a.setNow('2027-03-06T17:00:00Z');
    await recode(a.app, ids[0]!, 'JH-26-041');
    c.setNow('2027-03-06T18:00:00Z');
    await c.incoming().receive({ documentId, leaves: [await shared(a.app, workshopId, '2-41aa')] });

    expect(codesOn(c.app)[own.id]).toBe('JH-26-041');
    expect(await rosterCodes(c.app, workshopId)).toEqual(['JH-26-002', 'JH-26-003', 'JH-26-041']);
    // One record for the person, the one registered on this laptop.
    expect(c.app.store.participants.get().participants).toHaveLength(3);
    expect(Object.keys(codesOn(c.app))).not.toContain(ids[0]);
  });

  it('is never undone by an older copy arriving later, on either laptop, nor by leaves in conflict', async () => {
    const { a, b, workshopId, ids, documentId } = await twoLaptops();
    const before = await shared(a.app, workshopId, '1-5f2c');
    const bBefore = await shared(b.app, workshopId, '2-b0b0');
    a.setNow('2027-03-06T17:00:00Z');
    await recode(a.app, ids[0]!, 'JH-26-041');
    const after = await shared(a.app, workshopId, '2-41aa');

    await b.incoming().receive({ documentId, leaves: [after] });
    b.setNow('2027-03-07T09:00:00Z');
    await b.incoming().receive({ documentId, leaves: [before] });
    expect(codesOn(b.app)[ids[0]!]).toBe('JH-26-041');

    // A takes B's copy written before B heard of the change: A's correction stays.
    a.setNow('2027-03-07T09:00:00Z');
    await a.incoming().receive({ documentId, leaves: [bBefore] });
    expect(codesOn(a.app)[ids[0]!]).toBe('JH-26-041');

    // Both copies at once, as leaves in conflict (either one winning), on a laptop that never held the person.
    for (const [older, newer] of [
      ['3-b0b0', '2-41aa'],
      ['2-b0b0', '3-41aa'],
    ] as const) {
      const c = await laptop('2027-03-07T09:00:00Z');
      await c.incoming().receive({
        documentId,
        leaves: [
          { ...bBefore, revision: older },
          { ...after, revision: newer },
        ],
      });
      expect(codesOn(c.app)[ids[0]!]).toBe('JH-26-041');
    }
  });

  it('keeps both people when the new code is already someone else’s on this laptop', async () => {
    const { a, b, workshopId, ids, documentId } = await twoLaptops();
    const other = (await b.app.call('participants.save', { code: 'JH-26-041', initials: 'ZZ' })).participant;
    a.setNow('2027-03-06T17:00:00Z');
    await recode(a.app, ids[0]!, 'JH-26-041');

    const fromA = await shared(a.app, workshopId, '2-41aa');
    await b.incoming().receive({ documentId, leaves: [fromA] });

    expect(codesOn(b.app)).toMatchObject({ [ids[0]!]: 'JH-26-001', [other.id]: 'JH-26-041' });
    expect(b.app.store.participants.get().participants).toHaveLength(4);
    expect(await rosterCodes(b.app, workshopId)).toEqual(['JH-26-001', 'JH-26-002', 'JH-26-003']);
    // The Participants page says which code was not taken, and why, until a person saves them.
    const notTaken = async () => (await b.app.call('participants.list')).find((view) => view.participant.id === ids[0])?.codeNotTaken;
    expect(await notTaken()).toBe('JH-26-041');
    const writes = vi.spyOn(b.app.store.participants, 'update');
    await b.incoming().receive({ documentId, leaves: [fromA] });
    expect(writes).not.toHaveBeenCalled();
    await b.app.call('participants.save', { id: other.id, code: 'JH-26-042', initials: 'ZZ' });
    expect(await notTaken()).toBe('JH-26-041');
    await recode(b.app, ids[0]!, 'JH-26-001');
    expect(await notTaken()).toBeUndefined();
  });

  it('settles two corrections made at the same recorded time the same way on both laptops', async () => {
    const { a, b, workshopId, ids, documentId } = await twoLaptops();
    a.setNow('2027-03-06T17:00:00Z');
    b.setNow('2027-03-06T17:00:00Z');
    await recode(a.app, ids[0]!, 'JH-26-041');
    await recode(b.app, ids[0]!, 'JH-26-014');
    const fromA = await shared(a.app, workshopId, '2-41aa');
    const fromB = await shared(b.app, workshopId, '2-14bb');

    await a.incoming().receive({ documentId, leaves: [fromB] });
    await b.incoming().receive({ documentId, leaves: [fromA] });

    expect(codesOn(a.app)[ids[0]!]).toBe('JH-26-014');
    expect(codesOn(b.app)[ids[0]!]).toBe('JH-26-014');
  });

  it('takes a correction in a first sync’s batch, in the same registry write as the people it adds', async () => {
    const { a, b, workshopId, ids, documentId } = await twoLaptops();
    a.setNow('2027-03-06T17:00:00Z');
    await recode(a.app, ids[0]!, 'JH-26-041');
    const newcomer = (await a.app.call('participants.save', { code: 'JH-26-050' })).participant;
    await a.app.call('roster.enrol', { workshopId, participantIds: [newcomer.id], enrolledOn: '2027-03-06' });
    const writes = vi.spyOn(b.app.store.participants, 'update');

    await b.incoming().addPeopleOf([{ documentId, body: (await shared(a.app, workshopId, '3-41aa')).body }]);

    expect(writes).toHaveBeenCalledTimes(1);
    expect(codesOn(b.app)).toMatchObject({ [ids[0]!]: 'JH-26-041', [newcomer.id]: 'JH-26-050' });
  });
});
