import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../core/contract/result';
import { buildBundle } from '../../../core/domain/bundles/format';
import { readWorkshopValue, workshopDocumentId } from '../../../core/domain/hub/workshopDocument';
import { openDataDir, sealedFiles } from '../../../electron/storage';
import { createHubIncoming } from '../../../electron/services/hub/incoming';
import { LA } from '../planning/harness';
import { tempDir } from '../storage/helpers';
import { grid, laptop, mark, shared, twoLaptops, workshopOn, type Laptop } from './mergeHubLaptops';

describe('what the program hub brings', () => {
  it('gives a laptop that never saw the workshop the same grid, its people by code only, and says it came from the hub', async () => {
    const { a, b, workshopId, meetingId, ids } = await twoLaptops();

    expect(await grid(b.app, workshopId, meetingId)).toEqual({ [ids[0]!]: 'present' });
    expect(b.app.store.participants.get().participants.map(({ code, initials, pronouns, fullName }) => ({ code, initials, pronouns, fullName }))).toEqual([
      { code: 'JH-26-001', initials: undefined, pronouns: undefined, fullName: undefined },
      { code: 'JH-26-002', initials: undefined, pronouns: undefined, fullName: undefined },
      { code: 'JH-26-003', initials: undefined, pronouns: undefined, fullName: undefined },
    ]);
    const onB = await workshopOn(b.app, workshopId);
    expect(onB.title).toBe((await workshopOn(a.app, workshopId)).title);
    expect(onB.audit.filter((entry) => entry.kind === 'received')).toEqual([{ at: '2027-03-04T18:00:00.000Z', kind: 'received', from: 'program-hub' }]);

    // The receipt is B's own record: what B shares does not carry it.
    const fromB = await shared(b.app, workshopId, '2-77aa');
    expect(JSON.stringify(fromB.body)).not.toContain('"received"');
  });

  it('strips a body whose participants carry initials, pronouns or names down to their codes', async () => {
    const { a, b, workshopId } = await twoLaptops();
    const workshop = await workshopOn(a.app, workshopId);
    const registry = a.app.store.participants.get().participants.map((participant) => ({ ...participant, fullName: `Name of ${participant.code}` }));
    const named = buildBundle({
      workshop,
      registry,
      allowFullNames: true,
      exportedAt: '2027-03-04T18:00:00.000Z',
      include: { followUps: false, notes: false },
    });
    const bytes = new TextEncoder().encode(JSON.stringify(named));
    expect(new TextDecoder().decode(bytes)).toContain('she/her');

    const read = readWorkshopValue(workshopDocumentId(workshopId), JSON.parse(new TextDecoder().decode(bytes)));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.bundle.participants.map((participant) => Object.keys(participant).sort())).toEqual([
      ['code', 'createdAt', 'id'],
      ['code', 'createdAt', 'id'],
      ['code', 'createdAt', 'id'],
    ]);

    // A fresh laptop taking that body learns codes and nothing more.
    const c = await laptop('2027-03-04T18:00:00Z');
    await c
      .incoming()
      .receive({ documentId: workshopDocumentId(workshopId), leaves: [{ revision: '1-9d0e', body: JSON.parse(new TextDecoder().decode(bytes)) as unknown }] });
    expect(JSON.stringify(c.app.store.participants.get())).not.toMatch(/she\/her|Name of|"AB"|"CD"/);
    // And what the hub is given never carried them in the first place.
    expect(JSON.stringify((await shared(a.app, workshopId, '2-1111')).body)).not.toMatch(/she\/her|"AB"|"CD"/);
    expect(b.app.store.participants.get().participants).toHaveLength(3);
  });

  it('merges marks made offline on different people silently, the same way on both laptops', async () => {
    const { a, b, workshopId, meetingId, ids, documentId } = await twoLaptops();
    a.setNow('2027-03-09T23:40:00Z');
    await mark(a.app, workshopId, meetingId, ids[1]!, 'late');
    b.setNow('2027-03-09T23:45:00Z');
    await mark(b.app, workshopId, meetingId, ids[2]!, 'excused');
    const leaves = [await shared(a.app, workshopId, '2-3a01'), await shared(b.app, workshopId, '2-c4f2')];

    const onA = await a.incoming().receive({ documentId, leaves });
    const onB = await b.incoming().receive({ documentId, leaves: [...leaves].reverse() });

    const expected = { [ids[0]!]: 'present', [ids[1]!]: 'late', [ids[2]!]: 'excused' };
    expect(await grid(a.app, workshopId, meetingId)).toEqual(expected);
    expect(await grid(b.app, workshopId, meetingId)).toEqual(expected);
    for (const result of [onA, onB]) expect(result).toMatchObject({ status: 'applied', decisions: 0, winner: '2-c4f2', settled: ['2-3a01'], kept: [] });
    expect(await b.incoming().pendingDecisions([workshopId])).toEqual([]);
    expect((await workshopOn(b.app, workshopId)).hubPending).toBeUndefined();
  });

  it('says whether the winning leaf already holds what the losing one holds: a mark only in the losing leaf must be written over the winner', async () => {
    const { a, b, workshopId, meetingId, ids, documentId } = await twoLaptops();
    // B writes the workshop again with nothing new, twice (its revision wins); A marks someone offline.
    const resealedOnB = await shared(b.app, workshopId, '3-c4f2');
    a.setNow('2027-03-09T23:40:00Z');
    await mark(a.app, workshopId, meetingId, ids[1]!, 'late');
    const markedOnA = await shared(a.app, workshopId, '2-3a01');

    // A's own leaf loses; A's copy gains nothing, yet the winner lacks A's mark.
    const onA = await a.incoming().receive({ documentId, leaves: [resealedOnB, markedOnA], ownRevision: '2-3a01' });
    expect(onA).toMatchObject({ status: 'applied', changed: false, winner: '3-c4f2', settled: ['2-3a01'], winnerHoldsAll: false });
    const onB = await b.incoming().receive({ documentId, leaves: [resealedOnB, markedOnA], ownRevision: '3-c4f2' });
    expect(onB).toMatchObject({ status: 'applied', changed: true, settled: ['2-3a01'], winnerHoldsAll: false });

    // Once a copy holding the mark wins, a losing leaf that holds nothing more is only removed.
    const writtenBackByA = await shared(a.app, workshopId, '4-77aa');
    const c = await laptop('2027-03-04T18:00:00Z');
    expect(await c.incoming().receive({ documentId, leaves: [writtenBackByA, resealedOnB] })).toMatchObject({ settled: ['3-c4f2'], winnerHoldsAll: true });
    expect(await grid(c.app, workshopId, meetingId)).toEqual({ [ids[0]!]: 'present', [ids[1]!]: 'late' });
  });

  it('changes nothing when the same copy comes again (no second receipt, no write)', async () => {
    const { b, workshopId, documentId } = await twoLaptops();
    const before = await workshopOn(b.app, workshopId);
    const again = await shared(b.app, workshopId, '1-5f2c');
    b.setNow('2027-03-05T10:00:00Z');
    expect(await b.incoming().receive({ documentId, leaves: [again] })).toMatchObject({ status: 'applied', changed: false, decisions: 0 });
    expect(await workshopOn(b.app, workshopId)).toBe(before);
  });

  it('keeps session notes and follow-ups on the laptop that wrote them, and never wipes them with a copy that lacks them', async () => {
    const { a, b, workshopId, meetingId, ids, documentId } = await twoLaptops();
    const note = 'Group asked to revisit the healthy-relationships activity';
    await a.app.call('run.start', { workshopId, meetingId });
    await a.app.call('run.notes', { workshopId, meetingId, notes: note });
    await a.app.call('followUps.add', { workshopId, meetingId, participantId: ids[0]!, kind: 'referral' });
    const fromA = await shared(a.app, workshopId, '2-3a01');
    expect(JSON.stringify(fromA.body)).not.toContain('healthy-relationships');

    await b.incoming().receive({ documentId, leaves: [fromA] });
    const onB = await workshopOn(b.app, workshopId);
    expect(onB.runs.map((run) => ({ meetingId: run.meetingId, notes: run.notes }))).toEqual([{ meetingId, notes: '' }]);
    expect(onB.followUps).toEqual([]);

    a.setNow('2027-03-05T10:00:00Z');
    await a.incoming().receive({ documentId, leaves: [await shared(b.app, workshopId, '3-c4f2')] });
    const onA = await workshopOn(a.app, workshopId);
    expect(onA.runs[0]?.notes).toBe(note);
    expect(onA.followUps).toHaveLength(1);
    expect(await a.incoming().pendingDecisions([workshopId])).toEqual([]);
  });

  describe('when both laptops change the same mark differently offline', () => {
    async function conflicting() {
      const laptops = await twoLaptops();
      const { a, b, workshopId, meetingId, ids } = laptops;
      a.setNow('2027-03-09T23:40:00Z');
      await mark(a.app, workshopId, meetingId, ids[0]!, 'late');
      b.setNow('2027-03-09T23:45:00Z');
      await mark(b.app, workshopId, meetingId, ids[0]!, 'excused');
      const leaves = [await shared(a.app, workshopId, '3-3a01'), await shared(b.app, workshopId, '3-c4f2')];
      return { ...laptops, leaves, fromA: leaves[0]!, fromB: leaves[1]! };
    }

    it('lists exactly one decision on each laptop, keeps each laptop its own mark meanwhile, and keeps the losing revision', async () => {
      const { a, b, workshopId, meetingId, ids, documentId, leaves } = await conflicting();
      b.setNow('2027-03-10T08:00:00Z');
      const received = await b.incoming().receive({ documentId, leaves });
      expect(received).toMatchObject({ status: 'applied', decisions: 1, winner: '3-c4f2', settled: [], kept: ['3-3a01'] });
      expect(await grid(b.app, workshopId, meetingId)).toEqual({ [ids[0]!]: 'excused' });

      const onB = await b.incoming().pendingDecisions([workshopId]);
      expect(onB).toEqual([
        expect.objectContaining({
          workshopId,
          label: { code: 'change-mark', params: expect.objectContaining({ code: 'JH-26-001' }) as unknown },
          kept: {
            revision: '3-c4f2',
            value: expect.objectContaining({ code: 'value-mark', params: expect.objectContaining({ status: 'Excused absence' }) }) as unknown,
          },
          other: { revision: '3-3a01', value: expect.objectContaining({ code: 'value-mark', params: expect.objectContaining({ status: 'Late' }) }) as unknown },
          newer: '3-c4f2',
          here: 'kept',
        }),
      ]);

      // A holding the same leaves lists the same decision, its own side marked.
      await a.incoming().receive({ documentId, leaves });
      const onA = await a.incoming().pendingDecisions([workshopId]);
      expect(onA.map(({ id, kept, other, here }) => ({ id, kept: kept.revision, other: other.revision, here }))).toEqual([
        { id: onB[0]!.id, kept: '3-c4f2', other: '3-3a01', here: 'other' },
      ]);
      expect(await grid(a.app, workshopId, meetingId)).toEqual({ [ids[0]!]: 'late' });

      // Kept on disk: a laptop that restarts still has the decision to make.
      await b.app.store.close();
      const reopened = await openDataDir({ dir: b.app.dir, now: () => new Date('2027-03-10T09:00:00Z') });
      try {
        const again = createHubIncoming({ store: reopened, clock: { now: () => new Date('2027-03-10T09:00:00Z'), timeZone: LA } });
        expect(await again.pendingDecisions([workshopId])).toEqual(onB);
      } finally {
        await reopened.close();
      }
    });

    it.each([
      { chosen: 'the other laptop’s mark', revision: '3-3a01', kept: 'late', lost: 'excused' },
      { chosen: 'this laptop’s mark', revision: '3-c4f2', kept: 'excused', lost: 'late' },
    ])('resolved with $chosen: every laptop ends with it, the other value in the mark’s history', async ({ revision, kept, lost }) => {
      const { a, b, workshopId, meetingId, ids, documentId, leaves } = await conflicting();
      b.setNow('2027-03-10T08:00:00Z');
      await b.incoming().receive({ documentId, leaves });
      const [decision] = await b.incoming().pendingDecisions([workshopId]);

      b.setNow('2027-03-10T08:05:00Z');
      expect(await b.incoming().decide({ workshopId, choices: { [decision!.id]: revision } })).toEqual({ winner: '3-c4f2', settled: ['3-3a01'] });

      const onB = await workshopOn(b.app, workshopId);
      const settledMark = onB.attendance.find((entry) => entry.meetingId === meetingId && entry.participantId === ids[0]);
      expect(settledMark?.statusId).toBe(kept);
      // Both versions are named in the mark's history, and the value not kept is in the audit log.
      expect(settledMark?.earlier).toEqual(
        expect.arrayContaining(['2027-03-09T23:40:00.000Z', '2027-03-09T23:45:00.000Z'].filter((at) => at !== settledMark?.at)),
      );
      expect(onB.audit).toContainEqual({ at: '2027-03-10T08:05:00.000Z', kind: 'attendance-changed', meetingId, participantId: ids[0], from: lost, to: kept });
      expect(onB.hubPending).toBeUndefined();
      expect(await b.incoming().pendingDecisions([workshopId])).toEqual([]);

      // A takes B's settled copy (written on top of the winner) without being asked again.
      await a.incoming().receive({ documentId, leaves });
      const settledOnB = await shared(b.app, workshopId, '4-e9b0');
      expect(await a.incoming().receive({ documentId, leaves: [settledOnB] })).toMatchObject({ status: 'applied', decisions: 0 });
      expect(await grid(a.app, workshopId, meetingId)).toEqual({ [ids[0]!]: kept });
      expect(await a.incoming().pendingDecisions([workshopId])).toEqual([]);
      expect((await workshopOn(a.app, workshopId)).audit).toContainEqual(expect.objectContaining({ kind: 'attendance-changed', from: lost, to: kept }));
    });

    it('keeps the hub’s copies awaiting a decision sealed on a protected laptop', async () => {
      const { workshopId, documentId, leaves } = await conflicting();
      const dir = await tempDir('hub-sealed-');
      const store = await openDataDir({ dir, codec: sealedFiles(randomBytes(32)), now: () => new Date('2027-03-10T08:00:00Z') });
      try {
        const incoming = createHubIncoming({ store, clock: { now: () => new Date('2027-03-10T08:00:00Z'), timeZone: LA } });
        expect(await incoming.receive({ documentId, leaves })).toMatchObject({ status: 'applied', decisions: 1 });
        expect(await incoming.pendingDecisions([workshopId])).toHaveLength(1);
      } finally {
        await store.close();
      }
      const files = await readdir(join(dir, 'workshops'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect((await readFile(join(dir, 'workshops', file))).toString('latin1')).not.toMatch(/JH-26-00|Knowing Your Worth/);
    });

    it('refuses a choice left out, changing nothing', async () => {
      const { b, workshopId, documentId, leaves } = await conflicting();
      await b.incoming().receive({ documentId, leaves });
      const before = await workshopOn(b.app, workshopId);
      const refusal = await b
        .incoming()
        .decide({ workshopId, choices: {} })
        .catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppFailure);
      expect((refusal as AppFailure).reason).toEqual({ code: 'hub-decisions-open', params: { count: 1 } });
      expect(await workshopOn(b.app, workshopId)).toEqual(before);
    });
  });

  it('takes a title changed on the laptop that wrote the hub’s copy without a decision; a title changed here later, not yet shared, is kept and listed', async () => {
    const { a, b, workshopId, documentId } = await twoLaptops();
    const retitle = (on: Laptop, title: string, at: string) => on.app.store.workshops.update(workshopId, (workshop) => ({ ...workshop, title, updatedAt: at }));
    await retitle(a, 'Unit B (Tuesdays)', '2027-03-09T23:40:00.000Z');
    expect(await b.incoming().receive({ documentId, leaves: [await shared(a.app, workshopId, '2-3a01')] })).toMatchObject({ decisions: 0 });
    expect((await workshopOn(b.app, workshopId)).title).toBe('Unit B (Tuesdays)');
    expect(await b.incoming().pendingDecisions([workshopId])).toEqual([]);

    await retitle(b, 'Unit B (Thursdays)', '2027-03-10T08:00:00.000Z');
    await retitle(a, 'Unit B (Mondays)', '2027-03-09T23:50:00.000Z');
    expect(await b.incoming().receive({ documentId, leaves: [await shared(a.app, workshopId, '3-77aa')] })).toMatchObject({ decisions: 1 });
    expect((await workshopOn(b.app, workshopId)).title).toBe('Unit B (Thursdays)');
    expect((await b.incoming().pendingDecisions([workshopId])).map((decision) => decision.label)).toEqual([{ code: 'change-title' }]);
  });

  it('keeps a title changed here while its share waits, even when the hub’s copy was changed later, and lists it', async () => {
    const { a, b, workshopId, documentId } = await twoLaptops();
    await b.app.store.workshops.update(workshopId, (workshop) => ({ ...workshop, title: 'Unit B (Thursdays)', updatedAt: '2027-03-09T23:40:00.000Z' }));
    a.setNow('2027-03-09T23:41:00Z');
    await mark(
      a.app,
      workshopId,
      (await workshopOn(a.app, workshopId)).meetings[0]!.id,
      (await workshopOn(a.app, workshopId)).roster[1]!.participantId,
      'late',
    );
    const later = await shared(a.app, workshopId, '2-3a01');
    const waiting = createHubIncoming({ store: b.app.store, clock: { now: () => new Date('2027-03-10T08:00:00Z'), timeZone: LA }, unsharedHere: () => true });
    expect(await waiting.receive({ documentId, leaves: [later] })).toMatchObject({ decisions: 1 });
    const onB = await workshopOn(b.app, workshopId);
    expect(onB.title).toBe('Unit B (Thursdays)');
    // What the hub's copy brings besides merges in meanwhile.
    expect(onB.attendance.map((entry) => entry.statusId).sort()).toEqual(['late', 'present']);
  });

  it('refuses the leaves whole when one body is not a workshop bundle, or holds another workshop', async () => {
    const { a, b, workshopId, meetingId, ids, documentId } = await twoLaptops();
    a.setNow('2027-03-09T23:40:00Z');
    await mark(a.app, workshopId, meetingId, ids[1]!, 'late');
    const good = await shared(a.app, workshopId, '2-3a01');
    const registryBefore = b.app.store.participants.get();
    const workshopBefore = await workshopOn(b.app, workshopId);

    const garbage = { revision: '2-ffff', body: { format: 'something else' } };
    expect(await b.incoming().receive({ documentId, leaves: [good, garbage] })).toEqual({
      status: 'refused',
      revision: '2-ffff',
      problems: [{ code: 'bundle-not-a-bundle' }],
    });
    expect(await b.incoming().receive({ documentId: workshopDocumentId('5b7f3a52-0d5e-4d7b-9a51-0c6a3f1e2d11'), leaves: [good] })).toEqual({
      status: 'refused',
      revision: '2-3a01',
      problems: [{ code: 'hub-body-other-workshop' }],
    });
    expect(await workshopOn(b.app, workshopId)).toEqual(workshopBefore);
    expect(b.app.store.participants.get()).toEqual(registryBefore);
  });
});
