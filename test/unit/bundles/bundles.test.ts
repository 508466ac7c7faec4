import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workshopOnDisk } from '../../support/workshopOnDisk';
import type { BundlePreview } from '../../../core/contract/exports';
import type { Participant } from '../../../core/domain/participants';
import { WORKSHOP_SCHEMA_VERSION, type Workshop } from '../../../core/domain/workshop';
import { BUNDLE_VERSION } from '../../../core/domain/bundles/format';
import { juvenileHallDraft, planningHarness, type PlanningHarness } from '../planning/harness';
import { tempDir } from '../storage/helpers';
import { wholeWorkshops } from '../../../electron/services/workshopReads';

const onDisk = (app: PlanningHarness, id: string): Promise<Workshop> => workshopOnDisk(app.dir, id);

/** Laptop A: the five-week series with three young people (and one more in the registry, in no workshop). */
async function laptopWithSeries() {
  const app = await planningHarness();
  const ids: string[] = [];
  for (const [code, initials] of [
    ['JH-26-001', 'AB'],
    ['JH-26-002', 'CD'],
    ['JH-26-003', undefined],
  ] as const) {
    ids.push((await app.call('participants.save', { code, initials, pronouns: code === 'JH-26-001' ? 'she/her' : undefined })).participant.id);
  }
  await app.call('participants.save', { code: 'JH-26-099' });
  const view = await app.call('workshops.create', juvenileHallDraft({ participantIds: ids }));
  const [first, second, third] = view.workshop.meetings;
  return { app, workshopId: view.workshop.id, first: first!.id, second: second!.id, third: third!.id, ids };
}

/** Saves the workshop's bundle from `from` (with its follow-ups and notes, chosen) and makes it the file `to` picks next. */
async function carry(from: PlanningHarness, workshopId: string, to: PlanningHarness, name = 'bundle.facilitator'): Promise<string> {
  const target = join(await tempDir('saved-'), name);
  from.host.nextSaveTarget = target;
  const saved = await from.call('bundles.export', { workshopId, include: { followUps: true, notes: true } });
  expect(saved).toEqual({ status: 'saved', path: target });
  const text = await readFile(target, 'utf8');
  await to.pickFile(name, text);
  return text;
}

function ready(preview: BundlePreview) {
  if (preview.status !== 'ready') throw new Error(`expected a ready preview, got ${JSON.stringify(preview)}`);
  return preview;
}

async function importPicked(app: PlanningHarness, resolutions: Record<string, 'mine' | 'theirs'> = {}) {
  const preview = ready(await app.call('bundles.chooseImport'));
  const result = await app.call('bundles.confirmImport', { token: preview.token, resolutions });
  return { preview, result };
}

const mark = (app: PlanningHarness, workshopId: string, meetingId: string, participantId: string, statusId: string) =>
  app.call('attendance.mark', { workshopId, meetingId, participantId, statusId, confirmPastEdit: true });

describe('exporting a workshop bundle', () => {
  it('saves one .facilitator file with the workshop and only its people, by code, and records the export', async () => {
    const { app, workshopId, second, ids } = await laptopWithSeries();
    await mark(app, workshopId, second, ids[0]!, 'present');
    const before = await onDisk(app, workshopId);
    app.setNow('2027-03-04T19:00:00Z');
    const text = await carry(app, workshopId, app);

    expect(app.host.suggestedNames).toEqual(['Knowing Your Worth – Unit B.facilitator']);
    expect(app.host.dialogs).toEqual(['bundle']);
    expect(text.startsWith('{\n  "format": "facilitator-workshop-bundle"')).toBe(true);
    const bundle = JSON.parse(text) as { version: number; exportedAt: string; workshop: Workshop; participants: Participant[] };
    expect(bundle.version).toBe(BUNDLE_VERSION);
    expect(bundle.exportedAt).toBe('2027-03-04T19:00:00.000Z');
    expect(bundle.workshop).toEqual(before);
    expect(bundle.participants.map((participant) => participant.code)).toEqual(['JH-26-001', 'JH-26-002', 'JH-26-003']);
    expect(bundle.participants[0]).toMatchObject({ code: 'JH-26-001', initials: 'AB', pronouns: 'she/her' });

    const after = await onDisk(app, workshopId);
    expect(after.audit).toEqual([
      { at: '2027-03-04T19:00:00.000Z', kind: 'exported', what: 'workshop bundle, not sealed, with follow-ups and notes', identification: 'codes' },
    ]);
    expect(after.updatedAt).toBe(before.updatedAt);
  });

  it('carries full names only when this computer allows them', async () => {
    const app = await planningHarness();
    await app.call('settings.setPreferences', { allowFullNames: true });
    const named = await app.call('participants.save', { code: 'JH-26-001', fullName: 'Ana Example' });
    const view = await app.call('workshops.create', juvenileHallDraft({ participantIds: [named.participant.id] }));
    const withNames = JSON.parse(await carry(app, view.workshop.id, app)) as { participants: Participant[] };
    expect(withNames.participants[0]?.fullName).toBe('Ana Example');

    await app.call('settings.setPreferences', { allowFullNames: false });
    const withoutNames = JSON.parse(await carry(app, view.workshop.id, app)) as { participants: Participant[] };
    expect(withoutNames.participants[0]).not.toHaveProperty('fullName');
  });

  it('writes nothing and records nothing when the user cancels', async () => {
    const { app, workshopId } = await laptopWithSeries();
    expect(await app.call('bundles.export', { workshopId })).toEqual({ status: 'cancelled' });
    expect((await onDisk(app, workshopId)).audit).toEqual([]);
  });
});

describe('importing a workshop bundle', () => {
  it('round trip: into an empty data folder it brings the identical workshop and its participants', async () => {
    const { app: a, workshopId, second, ids } = await laptopWithSeries();
    await mark(a, workshopId, second, ids[1]!, 'absent');
    await a.call('followUps.add', { workshopId, meetingId: second, participantId: ids[2]!, kind: 'referral' });
    await a.call('workshops.setAgreements', { workshopId, agreements: ['We listen', 'What is said here stays here'] });
    const original = await onDisk(a, workshopId);
    const b = await planningHarness();
    await carry(a, workshopId, b);

    const { preview, result } = await importPicked(b);
    expect(preview).toMatchObject({ fileName: 'bundle.facilitator', workshopTitle: 'Knowing Your Worth – Unit B', isNew: true, unchanged: false });
    expect(preview.changes).toEqual([
      {
        id: 'workshop',
        kind: 'add',
        label: { code: 'change-workshop', params: { title: 'Knowing Your Worth – Unit B', meetings: expect.any(Number), count: 3 } },
      },
    ]);
    expect(result).toEqual({ workshopId, added: 1, updated: 0, conflictsSettled: 0 });

    expect(await onDisk(b, workshopId)).toEqual(original);
    const people = (list: readonly Participant[]) => list.filter((participant) => ids.includes(participant.id));
    expect(b.store.participants.get().participants).toEqual(people(a.store.participants.get().participants));
    expect(b.store.participants.get().participants.map((participant) => participant.code)).not.toContain('JH-26-099');
  });

  it('is idempotent: the same bundle a second time changes nothing on disk', async () => {
    const { app: a, workshopId, second, ids } = await laptopWithSeries();
    await mark(a, workshopId, second, ids[0]!, 'present');
    const b = await planningHarness();
    const text = await carry(a, workshopId, b);
    await importPicked(b);
    const file = join(b.dir, 'workshops', `${workshopId}.json`);
    const written = await readFile(file, 'utf8');
    const modified = (await stat(file)).mtimeMs;
    const registry = await readFile(join(b.dir, 'participants.json'), 'utf8');

    b.setNow('2027-03-05T18:00:00Z');
    await b.pickFile('again.facilitator', text);
    const { preview, result } = await importPicked(b);
    expect(preview).toMatchObject({ isNew: false, unchanged: true, changes: [] });
    expect(result).toEqual({ workshopId, added: 0, updated: 0, conflictsSettled: 0 });
    expect(await readFile(file, 'utf8')).toBe(written);
    expect((await stat(file)).mtimeMs).toBe(modified);
    expect(await readFile(join(b.dir, 'participants.json'), 'utf8')).toBe(registry);

    // Its own export, brought back, is nothing new either.
    await carry(b, workshopId, b);
    expect(ready(await b.call('bundles.chooseImport'))).toMatchObject({ unchanged: true });
  });

  it('two laptops: marks taken on each are all there after merging, and history is kept from both', async () => {
    const { app: a, workshopId, first, second, ids } = await laptopWithSeries();
    const b = await planningHarness();
    await carry(a, workshopId, b);
    await importPicked(b);

    a.setNow('2027-03-04T23:40:00Z');
    await mark(a, workshopId, first, ids[0]!, 'present');
    b.setNow('2027-03-04T23:45:00Z');
    await mark(b, workshopId, first, ids[1]!, 'late');
    await mark(b, workshopId, second, ids[2]!, 'absent');
    await b.call('followUps.add', { workshopId, meetingId: second, participantId: ids[2]!, kind: 'follow-up' });

    await carry(b, workshopId, a, 'from-b.facilitator');
    a.setNow('2027-03-05T01:00:00Z');
    const { preview, result } = await importPicked(a);
    expect(preview.isNew).toBe(false);
    expect(preview.changes.filter((change) => change.kind === 'conflict')).toEqual([]);
    expect(preview.changes.map((change) => change.label)).toEqual(
      expect.arrayContaining([
        { code: 'change-mark', params: { code: 'JH-26-002', meeting: { code: 'merge-meeting', params: { date: '2027-03-02', time: '15:30' } } } },
        { code: 'change-mark', params: { code: 'JH-26-003', meeting: { code: 'merge-meeting', params: { date: '2027-03-04', time: '15:30' } } } },
        { code: 'change-follow-up', params: { code: 'JH-26-003' } },
      ]),
    );
    expect(result.added).toBeGreaterThanOrEqual(3);

    const merged = await onDisk(a, workshopId);
    const marks = merged.attendance.map((entry) => [entry.meetingId, entry.participantId, entry.statusId]);
    expect(marks).toEqual(
      expect.arrayContaining([
        [first, ids[0], 'present'],
        [first, ids[1], 'late'],
        [second, ids[2], 'absent'],
      ]),
    );
    expect(marks).toHaveLength(3);
    expect(merged.followUps).toHaveLength(1);
    // A's own change to a past meeting and B's stay in the audit, ordered by time.
    expect(merged.audit.filter((entry) => entry.kind === 'attendance-changed').map((entry) => [entry.at, entry.participantId])).toEqual([
      ['2027-03-04T23:40:00.000Z', ids[0]],
      ['2027-03-04T23:45:00.000Z', ids[1]],
    ]);
    expect(merged.updatedAt).toBe('2027-03-05T01:00:00.000Z');
  });

  it('the same mark changed on both laptops is one conflict, settled as the user chooses', async () => {
    for (const choice of ['mine', 'theirs'] as const) {
      const { app: a, workshopId, second, ids } = await laptopWithSeries();
      const b = await planningHarness();
      await carry(a, workshopId, b);
      await importPicked(b);
      a.setNow('2027-03-04T23:40:00Z');
      await mark(a, workshopId, second, ids[0]!, 'present');
      b.setNow('2027-03-04T23:50:00Z');
      await mark(b, workshopId, second, ids[0]!, 'absent');
      await carry(b, workshopId, a);

      const preview = ready(await a.call('bundles.chooseImport'));
      const conflicts = preview.changes.filter((change) => change.kind === 'conflict');
      expect(conflicts).toEqual([
        {
          id: `mark:${second}:${ids[0]}`,
          kind: 'conflict',
          label: { code: 'change-mark', params: { code: 'JH-26-001', meeting: { code: 'merge-meeting', params: { date: '2027-03-04', time: '15:30' } } } },
          mine: { code: 'value-mark', params: { status: 'Present', at: '2027-03-04T23:40:00.000Z', timeZone: 'America/Los_Angeles' } },
          theirs: { code: 'value-mark', params: { status: 'Absence', at: '2027-03-04T23:50:00.000Z', timeZone: 'America/Los_Angeles' } },
          newer: 'theirs',
        },
      ]);
      const result = await a.call('bundles.confirmImport', { token: preview.token, resolutions: { [conflicts[0]!.id]: choice } });
      expect(result.conflictsSettled).toBe(1);
      const kept = (await onDisk(a, workshopId)).attendance.filter((entry) => entry.participantId === ids[0]);
      expect(kept.map((entry) => entry.statusId)).toEqual([choice === 'mine' ? 'present' : 'absent']);
    }
  });

  it('a mark changed on only one laptop since they last agreed merges without asking, both ways', async () => {
    const { app: a, workshopId, second, ids } = await laptopWithSeries();
    a.setNow('2027-03-04T23:30:00Z');
    await mark(a, workshopId, second, ids[0]!, 'present');
    const b = await planningHarness();
    await carry(a, workshopId, b);
    await importPicked(b);

    // B corrects the mark; A leaves it as it was.
    b.setNow('2027-03-04T23:50:00Z');
    await mark(b, workshopId, second, ids[0]!, 'absent');
    await carry(b, workshopId, a, 'from-b.facilitator');
    a.setNow('2027-03-05T01:00:00Z');
    const { preview, result } = await importPicked(a);
    expect(preview.changes).toEqual([
      {
        id: `mark:${second}:${ids[0]}`,
        kind: 'update',
        label: { code: 'change-mark', params: { code: 'JH-26-001', meeting: { code: 'merge-meeting', params: { date: '2027-03-04', time: '15:30' } } } },
      },
    ]);
    expect(result).toEqual({ workshopId, added: 0, updated: 1, conflictsSettled: 0 });
    expect((await onDisk(a, workshopId)).attendance.map((entry) => [entry.participantId, entry.statusId])).toEqual([[ids[0], 'absent']]);

    // A's older copy, carried to B again, is behind B: nothing to import.
    const older = await planningHarness();
    await carry(a, workshopId, older);
    await importPicked(older);
    await mark(b, workshopId, second, ids[0]!, 'excused');
    await carry(older, workshopId, b, 'older.facilitator');
    const behind = ready(await b.call('bundles.chooseImport'));
    // Only the older laptop's record of its export is new.
    expect(behind.changes.map((change) => change.id)).toEqual(['audit']);
    await b.call('bundles.confirmImport', { token: behind.token, resolutions: {} });
    expect((await onDisk(b, workshopId)).attendance.map((entry) => [entry.participantId, entry.statusId])).toEqual([[ids[0], 'excused']]);
  });

  it('a mark changed on both laptops since they last agreed is one conflict; once settled, the other laptop takes it silently', async () => {
    const { app: a, workshopId, second, ids } = await laptopWithSeries();
    a.setNow('2027-03-04T23:30:00Z');
    await mark(a, workshopId, second, ids[0]!, 'present');
    await mark(a, workshopId, second, ids[1]!, 'present');
    const b = await planningHarness();
    await carry(a, workshopId, b);
    await importPicked(b);

    a.setNow('2027-03-04T23:40:00Z');
    await mark(a, workshopId, second, ids[0]!, 'late');
    b.setNow('2027-03-04T23:50:00Z');
    await mark(b, workshopId, second, ids[0]!, 'absent');
    // Changed on B only: merges.
    await mark(b, workshopId, second, ids[1]!, 'left-early');
    await carry(b, workshopId, a, 'from-b.facilitator');

    const preview = ready(await a.call('bundles.chooseImport'));
    expect(preview.changes.map((change) => [change.kind, change.id]).sort()).toEqual([
      ['conflict', `mark:${second}:${ids[0]}`],
      ['update', `mark:${second}:${ids[1]}`],
    ]);
    a.setNow('2027-03-05T01:00:00Z');
    await a.call('bundles.confirmImport', { token: preview.token, resolutions: { [`mark:${second}:${ids[0]}`]: 'mine' } });
    const statuses = async (app: PlanningHarness) => (await onDisk(app, workshopId)).attendance.map((entry) => [entry.participantId, entry.statusId]).sort();
    expect(await statuses(a)).toEqual(
      [
        [ids[0], 'late'],
        [ids[1], 'left-early'],
      ].sort(),
    );

    // B takes A's settled choice without being asked again.
    await carry(a, workshopId, b, 'settled.facilitator');
    const back = ready(await b.call('bundles.chooseImport'));
    expect(back.changes.map((change) => [change.kind, change.id])).toEqual([
      ['update', `mark:${second}:${ids[0]}`],
      ['add', 'audit'],
    ]);
    await b.call('bundles.confirmImport', { token: back.token, resolutions: {} });
    expect(await statuses(b)).toEqual(await statuses(a));
  });

  it('reads a bundle made before marks kept their history (bundle version 1, workshop schemaVersion 1)', async () => {
    const { app: a, workshopId, second, ids } = await laptopWithSeries();
    await mark(a, workshopId, second, ids[0]!, 'present');
    const b = await planningHarness();
    const text = await carry(a, workshopId, b);
    const old = JSON.parse(text) as { version: number; workshop: Workshop };
    await b.pickFile('old.facilitator', JSON.stringify({ ...old, version: 1, workshop: { ...old.workshop, schemaVersion: 1 } }));
    await importPicked(b);
    const imported = await onDisk(b, workshopId);
    expect(imported.schemaVersion).toBe(WORKSHOP_SCHEMA_VERSION);
    expect(imported.attendance).toEqual(old.workshop.attendance);
    expect(imported.meetings).toEqual(old.workshop.meetings);
  });

  it('a workshop-wide difference is a conflict; unresolved, the newer workshop wins', async () => {
    const { app: a, workshopId } = await laptopWithSeries();
    const b = await planningHarness();
    await carry(a, workshopId, b);
    await importPicked(b);
    a.setNow('2027-03-04T20:00:00Z');
    await a.call('workshops.setAgreements', { workshopId, agreements: ['We listen'] });
    b.setNow('2027-03-04T21:00:00Z');
    await b.call('workshops.setAgreements', { workshopId, agreements: ['We take turns'] });

    const text = await carry(b, workshopId, a);
    const preview = ready(await a.call('bundles.chooseImport'));
    expect(preview.changes).toContainEqual({
      id: 'workshop:agreements',
      kind: 'conflict',
      label: { code: 'change-agreements' },
      mine: { code: 'value-text', params: { text: 'We listen' } },
      theirs: { code: 'value-text', params: { text: 'We take turns' } },
      newer: 'theirs',
    });
    await a.call('bundles.confirmImport', { token: preview.token, resolutions: {} });
    expect((await onDisk(a, workshopId)).agreements).toEqual(['We take turns']);

    await a.pickFile('again.facilitator', text);
    const again = ready(await a.call('bundles.chooseImport'));
    expect(again.unchanged).toBe(true);
  });

  it('a code already used here by another record maps the bundle to the local person', async () => {
    const { app: a, workshopId, second, ids } = await laptopWithSeries();
    await mark(a, workshopId, second, ids[0]!, 'present');
    const b = await planningHarness();
    const local = (await b.call('participants.save', { code: 'jh-26-001', initials: 'XY' })).participant;
    const text = await carry(a, workshopId, b);

    const { preview } = await importPicked(b);
    expect(preview.changes).toContainEqual({
      id: `participant:${ids[0]}`,
      kind: 'update',
      label: { code: 'change-participant-matched', params: { code: 'JH-26-001' } },
    });
    const registry = b.store.participants.get().participants;
    expect(registry.filter((participant) => participant.code.toUpperCase() === 'JH-26-001')).toEqual([local]);
    expect(registry.some((participant) => participant.id === ids[0])).toBe(false);
    const imported = await onDisk(b, workshopId);
    expect(imported.roster.map((entry) => entry.participantId)).toEqual([local.id, ids[1], ids[2]]);
    expect(imported.attendance).toEqual([expect.objectContaining({ participantId: local.id, statusId: 'present' })]);

    // The same bundle again: the mapping is stable, so nothing is new.
    await b.pickFile('again.facilitator', text);
    expect(ready(await b.call('bundles.chooseImport'))).toMatchObject({ unchanged: true, changes: [] });
  });

  it('a person first matched by code keeps matching: a code the other computer corrects later reaches the local record, with no one added', async () => {
    const { app: a, workshopId, ids } = await laptopWithSeries();
    const b = await planningHarness();
    const local = (await b.call('participants.save', { code: 'JH-26-001', initials: 'XY' })).participant;
    await carry(a, workshopId, b);
    await importPicked(b);
    // B remembers A's id for its own record (never sent anywhere).
    expect(b.store.participants.get().aliases).toEqual([{ id: ids[0], participantId: local.id }]);

    a.setNow('2027-03-06T17:00:00Z');
    await a.call('participants.save', { id: ids[0]!, code: 'JH-26-041', initials: 'AB' });
    await carry(a, workshopId, b, 'corrected.facilitator');
    const { preview } = await importPicked(b);
    expect(preview.changes).toContainEqual({
      id: `participant-code:${local.id}`,
      kind: 'update',
      label: { code: 'change-participant-code', params: { from: 'JH-26-001', to: 'JH-26-041' } },
    });
    const registry = b.store.participants.get().participants;
    expect(registry.map(({ id, code, initials }) => ({ id, code, initials }))).toContainEqual({ id: local.id, code: 'JH-26-041', initials: 'XY' });
    expect(registry.some((participant) => participant.id === ids[0])).toBe(false);
    expect((await onDisk(b, workshopId)).roster.map((entry) => entry.participantId)).toEqual([local.id, ids[1], ids[2]]);

    // What B exports carries B's own ids only.
    const back = join(await tempDir('saved-'), 'back.facilitator');
    b.host.nextSaveTarget = back;
    await b.call('bundles.export', { workshopId, include: { followUps: false, notes: false } });
    expect(await readFile(back, 'utf8')).not.toContain(ids[0]!);
  });

  it('a code corrected on the other computer replaces the local one, said in the preview; an older bundle afterwards does not undo it', async () => {
    const { app: a, workshopId, ids } = await laptopWithSeries();
    const b = await planningHarness();
    const older = await carry(a, workshopId, b);
    await importPicked(b);

    a.setNow('2027-03-06T17:00:00Z');
    await a.call('participants.save', { id: ids[0]!, code: 'JH-26-041', initials: 'AB', pronouns: 'she/her' });
    await carry(a, workshopId, b, 'corrected.facilitator');
    const { preview, result } = await importPicked(b);
    // Beside the export A's audit log recorded.
    expect(preview.changes.filter((change) => change.id.startsWith('participant'))).toEqual([
      { id: `participant-code:${ids[0]}`, kind: 'update', label: { code: 'change-participant-code', params: { from: 'JH-26-001', to: 'JH-26-041' } } },
    ]);
    expect(result).toMatchObject({ updated: 1 });
    const codeOnB = () => b.store.participants.get().participants.find((participant) => participant.id === ids[0])?.code;
    expect(codeOnB()).toBe('JH-26-041');
    expect(JSON.parse(await readFile(join(b.dir, 'participants.json'), 'utf8'))).toMatchObject({
      participants: expect.arrayContaining([expect.objectContaining({ id: ids[0], code: 'JH-26-041', codeSetAt: '2027-03-06T17:00:00.000Z' })]) as unknown,
    });

    // The first bundle again, later: the older code does not come back.
    b.setNow('2027-03-07T09:00:00Z');
    await b.pickFile('older.facilitator', older);
    expect(ready(await b.call('bundles.chooseImport'))).toMatchObject({ unchanged: true, changes: [] });
    expect(codeOnB()).toBe('JH-26-041');
  });

  it('a corrected code another participant here already has is not taken: both people stay, and the preview says so', async () => {
    const { app: a, workshopId, ids } = await laptopWithSeries();
    const b = await planningHarness();
    await carry(a, workshopId, b);
    await importPicked(b);
    const other = (await b.call('participants.save', { code: 'JH-26-041' })).participant;

    a.setNow('2027-03-06T17:00:00Z');
    await a.call('participants.save', { id: ids[0]!, code: 'JH-26-041', initials: 'AB' });
    await carry(a, workshopId, b, 'corrected.facilitator');
    const { preview } = await importPicked(b);
    expect(preview.changes).toContainEqual({
      id: `participant-code:${ids[0]}`,
      kind: 'kept',
      label: { code: 'change-participant-code-taken', params: { code: 'JH-26-001', wanted: 'JH-26-041' } },
    });
    const codes = b.store.participants.get().participants.map((participant) => [participant.id, participant.code]);
    expect(codes).toEqual(
      expect.arrayContaining([
        [ids[0], 'JH-26-001'],
        [other.id, 'JH-26-041'],
      ]),
    );
    expect((await b.call('participants.list')).find((view) => view.participant.id === ids[0])?.codeNotTaken).toBe('JH-26-041');
  });

  it('reads a bundle from an app that kept one role per facilitator as holding that role', async () => {
    const { app: a, workshopId } = await laptopWithSeries();
    const bundle = JSON.parse(await carry(a, workshopId, a)) as { workshop: Record<string, unknown> };
    const older = {
      ...bundle,
      workshop: {
        ...bundle.workshop,
        schemaVersion: 1,
        facilitators: [{ facilitatorId: '7b0c58a1-3f1e-4c0a-9d55-2a8f7e0c1d11', name: 'Dee Carter', role: 'survivor-mentor' }],
      },
    };
    const b = await planningHarness();
    await b.pickFile('older.facilitator', JSON.stringify(older));
    const { result } = await importPicked(b);
    expect(result).toMatchObject({ workshopId, added: 1 });
    expect((await onDisk(b, workshopId)).facilitators).toEqual([
      { facilitatorId: '7b0c58a1-3f1e-4c0a-9d55-2a8f7e0c1d11', name: 'Dee Carter', roles: ['survivor-mentor'] },
    ]);
    expect((await onDisk(b, workshopId)).schemaVersion).toBe(WORKSHOP_SCHEMA_VERSION);
  });

  it('refuses files that are not bundles this app can read, saying what is wrong and where', async () => {
    const { app: a, workshopId } = await laptopWithSeries();
    const text = await carry(a, workshopId, a);
    const bundle = JSON.parse(text) as { workshop: Workshop; version: number; format: string };
    const b = await planningHarness();
    const problemsOf = async (name: string, content: string) => {
      await b.pickFile(name, content);
      const preview = await b.call('bundles.chooseImport');
      if (preview.status !== 'invalid') throw new Error(`expected invalid, got ${preview.status}`);
      expect(preview.fileName).toBe(name);
      return preview.problems;
    };

    expect(await problemsOf('cut.facilitator', text.slice(0, 200))).toEqual([{ code: 'bundle-not-json' }]);
    expect(await problemsOf('roster.facilitator', JSON.stringify({ format: 'something-else', version: 1 }))).toEqual([{ code: 'bundle-not-a-bundle' }]);
    expect(await problemsOf('newer.facilitator', JSON.stringify({ ...bundle, version: BUNDLE_VERSION + 1 }))).toEqual([
      { code: 'bundle-newer', params: { found: BUNDLE_VERSION + 1, known: BUNDLE_VERSION } },
    ]);
    expect(await problemsOf('zero.facilitator', JSON.stringify({ ...bundle, version: 0 }))).toEqual([
      { code: 'bundle-unknown-version', params: { found: '0' } },
    ]);
    expect(await problemsOf('unversioned.facilitator', JSON.stringify({ ...bundle, version: undefined }))).toEqual([{ code: 'bundle-no-version' }]);
    const broken = structuredClone(bundle);
    broken.workshop.meetings[1]!.date = '2027-02-30';
    expect(await problemsOf('broken.facilitator', JSON.stringify(broken))).toEqual([
      { code: 'bundle-field', params: { path: 'workshop.meetings[1].date', rule: { path: 'workshop.meetings[1].date', rule: 'not-a-date' } } },
    ]);
    const missing = { ...bundle, participants: [] };
    expect(await problemsOf('missing.facilitator', JSON.stringify(missing))).toEqual([{ code: 'bundle-participants-missing', params: { count: 3 } }]);

    const huge = join(await tempDir('huge-'), 'huge.facilitator');
    await writeFile(huge, '');
    await truncate(huge, 21 * 1024 * 1024);
    b.host.nextOpenFile = huge;
    expect(await b.call('bundles.chooseImport')).toEqual({
      status: 'invalid',
      fileName: 'huge.facilitator',
      problems: [{ code: 'chosen-file-too-large', params: { size: '21.0', maximum: '20.0' } }],
    });
    expect(await wholeWorkshops(b.store, await b.store.workshops.summaries())).toEqual([]);
  });

  it('cancelling the dialog previews nothing, and a stale confirmation changes nothing', async () => {
    const { app: a, workshopId } = await laptopWithSeries();
    const b = await planningHarness();
    await carry(a, workshopId, b);
    const preview = ready(await b.call('bundles.chooseImport'));
    b.host.nextOpenFile = undefined;
    expect(await b.call('bundles.chooseImport')).toEqual({ status: 'cancelled' });
    const stale = await b.fail('bundles.confirmImport', { token: preview.token, resolutions: {} });
    expect(stale.reason).toEqual({ code: 'bundle-import-expired' });
    expect(await wholeWorkshops(b.store, await b.store.workshops.summaries())).toEqual([]);
  });
});
