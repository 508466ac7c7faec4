import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../storage/helpers';
import { CODE, fakeKeychain, filesHolding, NOTE, PASSPHRASE, recordSomething, snapshot, startSession } from './harness';

describe('protection at rest', () => {
  it('asks at first start, and then keeps no code or note readable in the data folder or its backups', async () => {
    const dir = await tempDir('protected-');
    const app = await startSession(dir);
    expect(await app.call('protection.status')).toMatchObject({ state: 'first-start', keychain: { usable: true, inUse: false } });
    expect((await app.fail('settings.get')).code).toBe('locked');

    const setUp = await app.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: true });
    expect(setUp.recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(setUp.status).toMatchObject({ state: 'unlocked', keychain: { inUse: true } });
    await recordSomething(app);
    await app.session.close();

    // A second day's start makes a backup generation of the sealed files.
    const next = await startSession(dir, fakeKeychain(), 5);
    await next.call('protection.unlock', { passphrase: PASSPHRASE });
    expect((await readdir(join(dir, 'backups'))).length).toBe(2);
    expect((await next.call('participants.list')).map((entry) => entry.participant.code)).toEqual([CODE]);

    expect(await filesHolding(dir, CODE)).toEqual([]);
    expect(await filesHolding(dir, NOTE)).toEqual([]);
    expect(await filesHolding(dir, 'Knowing Your Worth')).toEqual([]);
  });

  it('locks on demand: nothing answers but unlocking, and only the right passphrase or recovery key opens it', async () => {
    const dir = await tempDir('protected-');
    const app = await startSession(dir);
    const { recoveryKey } = await app.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: false });
    await recordSomething(app);
    expect(await app.call('protection.lock')).toMatchObject({ state: 'locked' });
    const error = await app.fail('participants.list');
    expect(error).toEqual({ code: 'locked', reason: { code: 'locked' } });

    const before = await snapshot(dir);
    const wrong = await app.fail('protection.unlock', { passphrase: 'river stones at dusk' });
    expect(wrong.reason).toEqual({ code: 'wrong-passphrase' });
    const wrongKey = await app.fail('protection.unlock', { recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' });
    expect(wrongKey.reason).toEqual({ code: 'wrong-recovery-key' });
    expect((await app.fail('protection.unlock', { recoveryKey: 'ABCD' })).reason).toEqual({ code: 'not-a-recovery-key' });
    expect(await snapshot(dir)).toEqual(before);

    // The recovery key, typed carelessly: lower case, spaces, O for 0.
    const typed = recoveryKey!.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o');
    expect(await app.call('protection.unlock', { recoveryKey: typed })).toMatchObject({ state: 'unlocked' });
    expect(await app.call('participants.list')).toHaveLength(1);
  });

  it('changes the passphrase by re-wrapping the key, without rewriting the data', async () => {
    const dir = await tempDir('protected-');
    const app = await startSession(dir);
    const { recoveryKey } = await app.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: false });
    await recordSomething(app);
    const dataBefore = [...(await snapshot(dir))].filter(([file]) => file !== 'keyring.json');

    const wrong = await app.fail('protection.changePassphrase', { current: 'not the passphrase', next: 'a whole new sentence' });
    expect(wrong).toMatchObject({ reason: { code: 'wrong-passphrase' }, issues: [{ path: 'current', rule: 'does-not-unlock' }] });
    await app.call('protection.changePassphrase', { current: PASSPHRASE, next: 'a whole new sentence' });
    expect([...(await snapshot(dir))].filter(([file]) => file !== 'keyring.json')).toEqual(dataBefore);

    await app.call('protection.lock');
    expect((await app.fail('protection.unlock', { passphrase: PASSPHRASE })).reason).toEqual({ code: 'wrong-passphrase' });
    expect(await app.call('protection.unlock', { passphrase: 'a whole new sentence' })).toMatchObject({ state: 'unlocked' });

    // Forgotten again: the recovery key sets a new one.
    await app.call('protection.changePassphrase', { recoveryKey: recoveryKey!, next: 'the third passphrase, remembered' });
    await app.call('protection.lock');
    expect(await app.call('protection.unlock', { passphrase: 'the third passphrase, remembered' })).toMatchObject({ state: 'unlocked' });
  });

  it('unlocks with the keychain at app start where it is real, not after a lock in use, and never uses Linux’s plain-text store', async () => {
    const dir = await tempDir('protected-');
    const app = await startSession(dir);
    await app.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: true });
    await recordSomething(app);
    await app.session.close();

    const started = await startSession(dir);
    expect((await started.call('protection.status')).keychain).toEqual({ usable: true, inUse: true, unlocksNow: true });
    expect(await started.call('protection.unlock', { keychain: true })).toMatchObject({ state: 'unlocked' });

    // Locked in use (Lock now, idle, sleep): one click on the keychain no longer reopens the records.
    expect((await started.call('protection.lock')).keychain).toEqual({ usable: true, inUse: true, unlocksNow: false });
    const before = await snapshot(dir);
    expect((await started.fail('protection.unlock', { keychain: true })).reason).toEqual({ code: 'keychain-after-lock' });
    expect((await started.fail('participants.list')).code).toBe('locked');
    expect(await snapshot(dir)).toEqual(before);
    expect(await started.call('protection.unlock', { passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' });
    expect(await started.call('participants.list')).toHaveLength(1);

    const plainText = await startSession(await tempDir('protected-'), fakeKeychain(false));
    const status = await plainText.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: true });
    expect(status.status.keychain).toEqual({ usable: false, problem: 'basic-text', inUse: false, unlocksNow: false });
  });

  it('protects data kept so far unprotected, backups included, and can write it plain again', async () => {
    const dir = await tempDir('protected-');
    const app = await startSession(dir);
    await app.call('protection.setUp', { protect: false });
    await recordSomething(app);
    await app.session.close();
    const again = await startSession(dir, fakeKeychain(), 5);
    expect(await again.call('protection.status')).toMatchObject({ state: 'unprotected' });
    // Backups also go to a second folder (a USB drive, say).
    const usb = await tempDir('usb-');
    again.host.nextFolder = usb;
    await again.call('backups.chooseFolder');
    expect((await filesHolding(dir, CODE)).length).toBeGreaterThan(0);
    expect((await filesHolding(usb, CODE)).length).toBeGreaterThan(0);

    await again.call('protection.turnOn', { passphrase: PASSPHRASE, useKeychain: false });
    for (const folder of [dir, usb]) {
      expect(await filesHolding(folder, CODE)).toEqual([]);
      expect(await filesHolding(folder, NOTE)).toEqual([]);
    }
    expect(await again.call('participants.list')).toHaveLength(1);

    await again.call('protection.turnOff', { passphrase: PASSPHRASE });
    expect(await again.call('protection.status')).toMatchObject({ state: 'unprotected' });
    expect((await readdir(dir)).includes('keyring.json')).toBe(false);
    expect(JSON.parse(await readFile(join(dir, 'participants.json'), 'utf8')).participants[0].code).toBe(CODE);
  });

  it('says so, and changes nothing, when the key file is missing or damaged', async () => {
    const dir = await tempDir('protected-');
    const app = await startSession(dir);
    await app.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: false });
    await recordSomething(app);
    await app.session.close();
    const keyring = await readFile(join(dir, 'keyring.json'));
    await rm(join(dir, 'keyring.json'));
    const before = await snapshot(dir);

    const missing = await startSession(dir);
    const status = await missing.call('protection.status');
    expect(status.state).toBe('locked');
    expect(status.problem).toEqual({ code: 'key-missing', params: { dir } });
    expect((await missing.fail('participants.list')).reason).toMatchObject({ code: 'key-missing' });
    await missing.session.close();
    expect(await snapshot(dir)).toEqual(before);

    // Without settings.json either, it is still not a first start: the other files are protected.
    await rm(join(dir, 'settings.json'));
    const withoutSettings = await startSession(dir);
    expect((await withoutSettings.call('protection.status')).problem).toMatchObject({ code: 'key-missing' });
    await withoutSettings.session.close();

    await writeFile(join(dir, 'keyring.json'), keyring.subarray(0, 40));
    const damaged = await startSession(dir);
    expect((await damaged.call('protection.status')).problem).toEqual({ code: 'key-file-damaged', params: { file: 'keyring.json' } });
  });

  it('sets aside sealed files that were changed or cut short, and restores them from the backup, with a notice', async () => {
    const dir = await tempDir('protected-');
    const app = await startSession(dir);
    await app.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: false });
    const workshopId = await recordSomething(app);
    await app.session.close();
    // The next start backs the good files up; then one byte of the workshop file flips.
    const second = await startSession(dir, fakeKeychain(), 5);
    await second.call('protection.unlock', { passphrase: PASSPHRASE });
    await second.session.close();
    const file = join(dir, 'workshops', `${workshopId}.json`);
    const tampered = await readFile(file);
    const flipped = tampered.length - 20;
    tampered[flipped] = tampered[flipped]! ^ 0x01;
    await writeFile(file, tampered);
    // And the registry is cut short, as by a disk that filled up mid-copy.
    const registry = await readFile(join(dir, 'participants.json'));
    await writeFile(join(dir, 'participants.json'), registry.subarray(0, registry.length / 2));

    const third = await startSession(dir, fakeKeychain(), 5);
    await third.call('protection.unlock', { passphrase: PASSPHRASE });
    const info = await third.call('app.info');
    expect(info.notices).toEqual([
      expect.objectContaining({ code: 'recovered-from-backup', file: 'participants.json' }),
      expect.objectContaining({ code: 'recovered-from-backup', file: `workshops/${workshopId}.json` }),
    ]);
    expect((await third.call('participants.list')).map((entry) => entry.participant.code)).toEqual([CODE]);
    expect((await third.call('workshops.get', { workshopId })).workshop.id).toBe(workshopId);
    const aside = (await readdir(join(dir, 'workshops'))).filter((name) => name.includes('.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, 'workshops', aside[0]!))).toEqual(tampered);
  });
});
