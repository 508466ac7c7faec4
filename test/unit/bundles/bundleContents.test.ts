import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workshopOnDisk } from '../../support/workshopOnDisk';
import type { Workshop } from '../../../core/domain/workshop';
import { juvenileHallDraft, planningHarness, type PlanningHarness } from '../planning/harness';
import { tempDir } from '../storage/helpers';

const RUN_NOTE = 'The group talked about what a safe adult looks like';
const FIDELITY_NOTE = 'Shortened the role play after a hard moment';
const BUNDLE_PASSPHRASE = 'tell it by phone, not by mail';

/** Unprotected data with a held meeting that has session notes, an activity note and a referral. */
async function laptopWithNotesAndFollowUp() {
  const app = await planningHarness();
  const youth = (await app.call('participants.save', { code: 'JH-26-014' })).participant;
  const view = await app.call('workshops.create', juvenileHallDraft({ participantIds: [youth.id] }));
  const workshopId = view.workshop.id;
  const meeting = view.workshop.meetings[0]!;
  const session = view.workshop.module.sessions.find((candidate) => candidate.id === meeting.sessionIds[0])!;
  await app.call('run.start', { workshopId, meetingId: meeting.id, moveToToday: true });
  await app.call('run.fidelity', {
    workshopId,
    meetingId: meeting.id,
    sessionId: session.id,
    activityId: session.activities[0]!.id,
    outcome: 'adapted',
    note: FIDELITY_NOTE,
  });
  await app.call('run.notes', { workshopId, meetingId: meeting.id, notes: RUN_NOTE });
  await app.call('followUps.add', { workshopId, meetingId: meeting.id, participantId: youth.id, kind: 'referral' });
  return { app, workshopId };
}

async function exportTo(app: PlanningHarness, input: Parameters<PlanningHarness['call']>[1] & object): Promise<Buffer> {
  const target = join(await tempDir('bundle-'), 'unit-b.facilitator');
  app.host.nextSaveTarget = target;
  expect(await app.call('bundles.export', input as never)).toEqual({ status: 'saved', path: target });
  return readFile(target);
}

describe('what a workshop bundle carries', () => {
  it('leaves out follow-ups, session notes and activity notes unless they are chosen', async () => {
    const { app, workshopId } = await laptopWithNotesAndFollowUp();
    const bytes = await exportTo(app, { workshopId });
    const text = bytes.toString('utf8');
    for (const secret of [RUN_NOTE, FIDELITY_NOTE]) expect(text).not.toContain(secret);
    const bundle = JSON.parse(text) as { workshop: Workshop };
    expect(bundle.workshop.followUps).toEqual([]);
    expect(bundle.workshop.runs[0]).toMatchObject({ notes: '', fidelity: [expect.objectContaining({ outcome: 'adapted', note: '' })] });
    // The attendance record itself still travels.
    expect(text).toContain('JH-26-014');
  });

  it('carries them when chosen, and the audit log says what left', async () => {
    const { app, workshopId } = await laptopWithNotesAndFollowUp();
    const text = (await exportTo(app, { workshopId, include: { followUps: true, notes: true } })).toString('utf8');
    for (const secret of [RUN_NOTE, FIDELITY_NOTE]) expect(text).toContain(secret);
    expect((JSON.parse(text) as { workshop: Workshop }).workshop.followUps).toEqual([expect.objectContaining({ kind: 'referral' })]);
    const onDisk = (await workshopOnDisk(app.dir, workshopId)) as unknown as Workshop;
    expect(onDisk.audit.filter((entry) => entry.kind === 'exported').map((entry) => entry.kind === 'exported' && entry.what)).toEqual([
      'workshop bundle, not sealed, with follow-ups and notes',
    ]);
  });

  it('can be sealed with a passphrase when the data is not protected, and then holds nothing readable', async () => {
    const { app, workshopId } = await laptopWithNotesAndFollowUp();
    const bytes = await exportTo(app, { workshopId, passphrase: BUNDLE_PASSPHRASE, include: { followUps: true, notes: true } });
    expect(bytes.subarray(0, 4).toString()).toBe('FCB1');
    for (const secret of [RUN_NOTE, 'JH-26-014', 'Knowing Your Worth']) expect(bytes.includes(Buffer.from(secret))).toBe(false);
    const onDisk = (await workshopOnDisk(app.dir, workshopId)) as unknown as Workshop;
    expect(onDisk.audit.at(-1)).toMatchObject({ kind: 'exported', what: 'workshop bundle, sealed, with follow-ups and notes' });
  });

  it('a bundle without notes merged back keeps the notes and follow-ups this computer has', async () => {
    const { app, workshopId } = await laptopWithNotesAndFollowUp();
    const before = (await workshopOnDisk(app.dir, workshopId)) as unknown as Workshop;
    await app.pickFile('back.facilitator', await exportTo(app, { workshopId }));
    const preview = await app.call('bundles.chooseImport');
    if (preview.status !== 'ready') throw new Error(`expected a preview, got ${preview.status}`);
    expect(preview.changes).toEqual([]);
    await app.call('bundles.confirmImport', { token: preview.token, resolutions: {} });
    const after = (await workshopOnDisk(app.dir, workshopId)) as unknown as Workshop;
    expect(after.runs).toEqual(before.runs);
    expect(after.followUps).toEqual(before.followUps);
  });
});
