import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../../electron/storage/protection/codec';
import { tempDir } from '../storage/helpers';
import { CODE, fakeKeychain, filesHolding, NOTE, PASSPHRASE, recordSomething, startSession } from './harness';

/** Unprotected data with records, copied to a second folder (a USB drive). */
async function unprotectedWithSecondFolder() {
  const dir = await tempDir('protected-');
  const usb = await tempDir('usb-');
  const app = await startSession(dir);
  await app.call('protection.setUp', { protect: false });
  await recordSomething(app);
  app.host.nextFolder = usb;
  await app.call('backups.chooseFolder');
  return { dir, usb, app };
}

describe('backups while the data is protected', () => {
  it('seal each backup’s about.json, and the list still shows what each one holds once unlocked', async () => {
    const dir = await tempDir('protected-');
    const usb = await tempDir('usb-');
    const app = await startSession(dir);
    await app.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: false });
    await recordSomething(app);
    app.host.nextFolder = usb;
    await app.call('backups.chooseFolder');
    await app.call('backups.backupNow');
    await app.session.close();

    const abouts = [
      ...(await readdir(join(dir, 'backups'))).map((name) => join(dir, 'backups', name, 'about.json')),
      ...(await readdir(join(usb, 'Facilitator backups'))).map((name) => join(usb, 'Facilitator backups', name, 'about.json')),
    ];
    expect(abouts.length).toBeGreaterThanOrEqual(4);
    for (const about of abouts) {
      const stored = await readFile(about);
      expect(isSealed(stored)).toBe(true);
      expect(stored.includes(Buffer.from('"reason"'))).toBe(false);
    }

    const next = await startSession(dir, fakeKeychain(), 5);
    await next.call('protection.unlock', { passphrase: PASSPHRASE });
    const view = await next.call('backups.list');
    // Why each was made is read from its sealed about.json; the counts too (without reading every file).
    expect(view.generations.map((generation) => [generation.location, generation.reason])).toEqual([
      ['data', 'daily'],
      ['second', 'daily'],
      ['data', 'manual'],
      ['second', 'manual'],
    ]);
    for (const generation of view.generations)
      expect(generation.preview).toEqual({ workshops: 1, participants: 1, modules: 0, settings: true, newestChange: '2027-03-04' });
  });

  it('remember copies left plain on an unplugged second folder, warn until the drive is back, then seal them; clearing the folder can delete them', async () => {
    const { dir, usb, app } = await unprotectedWithSecondFolder();
    expect((await filesHolding(usb, CODE)).length).toBeGreaterThan(0);

    // The USB drive is unplugged (its folder is gone) when protection is turned on.
    const unplugged = `${usb}-unplugged`;
    await rename(usb, unplugged);
    await app.call('protection.turnOn', { passphrase: PASSPHRASE, useKeychain: false });
    expect(await filesHolding(dir, CODE)).toEqual([]);
    expect((await app.call('settings.get')).backups).toEqual({ secondFolder: usb, unsealedCopiesIn: usb });
    expect((await app.call('app.info')).notices).toEqual([expect.objectContaining({ code: 'backup-copies-unsealed', file: usb })]);
    // Restoring the backup made just before protecting (its settings know nothing of it) forgets nothing.
    const before = (await app.call('backups.list')).generations.find((generation) => generation.reason === 'protection')!;
    await app.call('backups.restore', { location: 'data', name: before.name });
    expect((await app.call('settings.get')).backups).toEqual({ secondFolder: usb, unsealedCopiesIn: usb });
    await app.session.close();

    // Remembered on disk: the next start, still without the drive, still warns.
    const next = await startSession(dir, fakeKeychain(), 5);
    await next.call('protection.unlock', { passphrase: PASSPHRASE });
    expect((await next.call('app.info')).notices).toEqual([
      expect.objectContaining({ code: 'backup-copy-failed', file: usb }),
      expect.objectContaining({ code: 'backup-copies-unsealed', file: usb }),
    ]);

    // Plugged back in: the next backup seals the old copies before copying the new one.
    await rename(unplugged, usb);
    await writeFile(join(usb, 'my own notes.txt'), 'not the app’s');
    await next.call('backups.backupNow');
    expect(await filesHolding(usb, CODE)).toEqual([]);
    expect(await filesHolding(usb, NOTE)).toEqual([]);
    expect((await next.call('settings.get')).backups).toEqual({ secondFolder: usb });
    expect((await next.call('app.info')).notices.map((notice) => notice.code)).not.toContain('backup-copies-unsealed');
    const copies = (await next.call('backups.list')).generations.filter((generation) => generation.location === 'second');
    expect(copies.length).toBeGreaterThan(1);
    for (const copy of copies) expect(copy.preview.unreadableFile).toBeUndefined();

    // Clearing the folder, the user chooses to delete the copies there: only the app's folder goes.
    expect(await next.call('backups.clearFolder', { deleteCopies: true })).toMatchObject({ settings: { backups: {} }, copies: 'deleted' });
    expect(await readdir(usb)).toEqual(['my own notes.txt']);
  });

  it('seal copies on a second folder that comes back before the next backup, when the app opens', async () => {
    const { dir, usb, app } = await unprotectedWithSecondFolder();
    await rename(usb, `${usb}-unplugged`);
    await app.call('protection.turnOn', { passphrase: PASSPHRASE, useKeychain: false });
    await app.session.close();
    await rename(`${usb}-unplugged`, usb);

    const next = await startSession(dir, fakeKeychain(), 4);
    await next.call('protection.unlock', { passphrase: PASSPHRASE });
    expect(await filesHolding(usb, CODE)).toEqual([]);
    expect((await next.call('settings.get')).backups).toEqual({ secondFolder: usb });
    expect((await next.call('app.info')).notices).toEqual([]);

    // Cleared while unplugged, the copies cannot be deleted, and the user is told so.
    await rename(usb, `${usb}-unplugged`);
    expect(await next.call('backups.clearFolder', { deleteCopies: true })).toMatchObject({ copies: 'unreachable' });
  });
});
