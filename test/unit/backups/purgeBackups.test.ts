import { rename } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fakeKeychain, filesHolding, startSession, type Started } from '../protection/harness';
import { juvenileHallDraft } from '../planning/harness';
import { tempDir } from '../storage/helpers';

const OLD_CODE = 'JH-25-001';
/** A code another computer gave that participant, not taken here (the registry notes it). */
const CODE_NOT_TAKEN = 'JH-25-901';

/** A workshop that ended in October 2025, with the one participant only it names, and a current one. */
async function oldAndCurrent(app: Started): Promise<string> {
  const onlyOld = (await app.call('participants.save', { code: OLD_CODE })).participant.id;
  const current = (await app.call('participants.save', { code: 'JH-27-002' })).participant.id;
  const { plan } = juvenileHallDraft();
  const old = await app.call('workshops.create', {
    ...juvenileHallDraft({ participantIds: [onlyOld] }),
    title: 'Autumn 2025 group',
    plan: { ...plan, startDate: '2025-09-02' },
  });
  await app.call('workshops.create', juvenileHallDraft({ participantIds: [current] }));
  return old.workshop.id;
}

describe('a retention purge and the backups', () => {
  it('takes the purged records out of every backup in both places, the safety backup once it expires, an unplugged drive once it is back', async () => {
    const dir = await tempDir('purge-');
    const usb = await tempDir('usb-');
    const first = await startSession(dir, fakeKeychain(), 1);
    await first.call('protection.setUp', { protect: false });
    const oldId = await oldAndCurrent(first);
    await first.session.store()!.participants.update((file) => ({
      ...file,
      codeClashes: file.participants
        .filter((participant) => participant.code === OLD_CODE)
        .map((participant) => ({ participantId: participant.id, code: CODE_NOT_TAKEN, setAt: '2027-03-01T18:00:00.000Z' })),
    }));
    first.host.nextFolder = usb;
    await first.call('backups.chooseFolder');
    await first.session.close();

    // The next day's start makes another generation holding them; then the drive is unplugged.
    const second = await startSession(dir, fakeKeychain(), 2);
    expect((await filesHolding(dir, OLD_CODE)).length).toBeGreaterThan(2);
    await rename(usb, `${usb}-away`);
    await second.call('settings.setRetention', { purgeAfterMonths: 12 });
    const preview = await second.call('retention.preview');
    expect(preview.participants.map((participant) => participant.code)).toEqual([OLD_CODE]);
    const done = await second.call('retention.purge', { token: preview.token! });
    expect(done).toMatchObject({ workshops: 1, participants: 1, keptUntil: '2027-03-09', secondFolderPending: true });

    // Only the safety backup still holds them (to undo the purge), until 9 March.
    expect(await filesHolding(dir, OLD_CODE)).toEqual([`backups/${done.backup}/participants.json`]);
    expect(await filesHolding(dir, CODE_NOT_TAKEN)).toEqual([`backups/${done.backup}/participants.json`]);
    // (The settings name the purged workshop's random id, not its content, until the backups are done.)
    expect(await filesHolding(dir, oldId)).toEqual([`backups/${done.backup}/workshops/${oldId}.json`, 'settings.json']);
    const counts = (await second.call('backups.list')).generations.filter((generation) => generation.location === 'data' && generation.name !== done.backup);
    for (const generation of counts) expect(generation.preview).toMatchObject({ workshops: 1, participants: 1 });
    await second.session.close();

    // The drive is back: the app, opening, takes them out of its copies too.
    await rename(`${usb}-away`, usb);
    expect((await filesHolding(usb, OLD_CODE)).length).toBeGreaterThan(0);
    const third = await startSession(dir, fakeKeychain(), 3);
    expect(await filesHolding(usb, OLD_CODE)).toEqual([]);
    expect(await filesHolding(usb, CODE_NOT_TAKEN)).toEqual([]);
    expect(await filesHolding(dir, OLD_CODE)).toEqual([`backups/${done.backup}/participants.json`]);
    expect((await third.call('settings.get')).backups.pendingPrunes).toHaveLength(1);
    await third.session.close();

    // The safety backup has expired: nothing holds them any more, and nothing is left to do.
    const later = await startSession(dir, fakeKeychain(), 9);
    expect(await filesHolding(dir, OLD_CODE)).toEqual([]);
    expect(await filesHolding(dir, CODE_NOT_TAKEN)).toEqual([]);
    // Only settings copies made while the work was pending still name the workshop's random id.
    expect((await filesHolding(dir, oldId)).filter((file) => !file.endsWith('settings.json'))).toEqual([]);
    expect(await filesHolding(usb, OLD_CODE)).toEqual([]);
    expect((await later.call('settings.get')).backups).toEqual({ secondFolder: usb });
    const safety = (await later.call('backups.list')).generations.find((generation) => generation.location === 'data' && generation.name === done.backup);
    expect(safety?.preview).toMatchObject({ workshops: 1, participants: 1 });
  });
});

describe('turning full names off', () => {
  it('erases every stored full name on request, from the registry and every backup in both places', async () => {
    const dir = await tempDir('names-');
    const usb = await tempDir('usb-');
    const first = await startSession(dir, fakeKeychain(), 1);
    await first.call('protection.setUp', { protect: false });
    await first.call('settings.setPreferences', { allowFullNames: true });
    await first.call('participants.save', { code: 'JH-27-001', fullName: 'Maria Lopez' });
    await first.call('participants.save', { code: 'JH-27-002' });
    first.host.nextFolder = usb;
    await first.call('backups.chooseFolder');
    expect((await first.fail('participants.eraseFullNames')).reason).toEqual({ code: 'full-names-still-on' });
    await first.session.close();

    const next = await startSession(dir, fakeKeychain(), 2);
    expect((await filesHolding(dir, 'Maria Lopez')).length).toBeGreaterThan(2);
    expect((await filesHolding(usb, 'Maria Lopez')).length).toBeGreaterThan(0);
    await next.call('settings.setPreferences', { allowFullNames: false });
    // Turning them off alone keeps what is stored; erasing is asked for.
    expect((await filesHolding(dir, 'Maria Lopez')).length).toBeGreaterThan(0);
    expect(await next.call('participants.eraseFullNames')).toEqual({ erased: 1, secondFolderPending: false });

    expect(await filesHolding(dir, 'Maria Lopez')).toEqual([]);
    expect(await filesHolding(usb, 'Maria Lopez')).toEqual([]);
    expect((await next.call('participants.list')).map((view) => view.participant)).toEqual([
      expect.not.objectContaining({ fullName: expect.anything() }),
      expect.not.objectContaining({ fullName: expect.anything() }),
    ]);
    expect((await next.call('settings.get')).backups).toEqual({ secondFolder: usb });
  });
});
