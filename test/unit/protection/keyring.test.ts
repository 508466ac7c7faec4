import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAuthentic, keyringSchema, unwrapWithPassphrase, writeKeyring } from '../../../electron/storage/protection/keyring';
import { tempDir } from '../storage/helpers';
import { CODE, fakeKeychain, filesHolding, NOTE, PASSPHRASE, recordSomething, snapshot, startSession } from './harness';

/** Protected data with a participant and notes, closed: the state someone with the laptop finds. */
async function protectedData() {
  const dir = await tempDir('keyring-');
  const app = await startSession(dir);
  await app.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: true });
  await recordSomething(app);
  await app.session.close();
  return dir;
}

async function editKeyring(dir: string, edit: (keyring: Record<string, unknown>) => void): Promise<void> {
  const keyring = JSON.parse(await readFile(join(dir, 'keyring.json'), 'utf8')) as Record<string, unknown>;
  edit(keyring);
  await writeFile(join(dir, 'keyring.json'), JSON.stringify(keyring, null, 2));
}

/** What the app itself writes when turning protection on or off is interrupted: an authentic key file in that state. */
async function interruptAt(dir: string, state: 'sealing' | 'unsealing'): Promise<void> {
  const keyring = keyringSchema.parse(JSON.parse(await readFile(join(dir, 'keyring.json'), 'utf8')));
  const dataKey = await unwrapWithPassphrase(keyring, PASSPHRASE);
  await writeKeyring(dir, { ...keyring, state }, dataKey);
}

describe('the key file cannot be changed by someone who can write the data folder', () => {
  it('refuses a key file whose state was set to "unsealing", and writes nothing plain', async () => {
    const dir = await protectedData();
    await editKeyring(dir, (keyring) => {
      keyring.state = 'unsealing';
    });
    const before = await snapshot(dir);

    const app = await startSession(dir);
    const refused = await app.fail('protection.unlock', { passphrase: PASSPHRASE, finishInterrupted: true });
    expect(refused.reason).toEqual({ code: 'key-file-changed', params: { file: 'keyring.json' } });
    expect((await app.call('protection.status')).state).toBe('locked');
    expect((await app.fail('participants.list')).code).toBe('locked');
    await app.session.close();
    expect(await snapshot(dir)).toEqual(before);
    expect(await filesHolding(dir, CODE)).toEqual([]);
    expect(await filesHolding(dir, NOTE)).toEqual([]);
  });

  it('refuses a key file set to "sealing" (which would make planted plain files trusted), and one with any field changed', async () => {
    const dir = await protectedData();
    const original = await readFile(join(dir, 'keyring.json'));
    const tamperings: ((keyring: Record<string, unknown>) => void)[] = [
      (keyring) => {
        keyring.state = 'sealing';
      },
      (keyring) => {
        (keyring.keychain as Record<string, unknown>).backend = 'kwallet5';
      },
      (keyring) => {
        (keyring.recovery as Record<string, unknown>).salt = Buffer.alloc(16, 7).toString('base64');
      },
    ];
    for (const tamper of tamperings) {
      await writeFile(join(dir, 'keyring.json'), original);
      await editKeyring(dir, tamper);
      const before = await snapshot(dir);
      const app = await startSession(dir);
      expect((await app.fail('protection.unlock', { passphrase: PASSPHRASE, finishInterrupted: true })).reason.code).toBe('key-file-changed');
      // The keychain, at app start, is checked the same way.
      expect((await app.fail('protection.unlock', { keychain: true, finishInterrupted: true })).reason.code).toBe('key-file-changed');
      await app.session.close();
      expect(await snapshot(dir)).toEqual(before);
    }

    // A scrypt cost above the app's own is refused before any key is derived.
    await writeFile(join(dir, 'keyring.json'), original);
    await editKeyring(dir, (keyring) => {
      (keyring.passphrase as Record<string, unknown>).cost = 22;
    });
    const costly = await startSession(dir);
    expect((await costly.call('protection.status')).problem).toEqual({ code: 'key-file-damaged', params: { file: 'keyring.json' } });
    await costly.session.close();
  });

  it('opens a key file written before key files were authenticated, and authenticates it from then on', async () => {
    const dir = await protectedData();
    await editKeyring(dir, (keyring) => {
      delete keyring.mac;
    });
    const app = await startSession(dir);
    expect(await app.call('protection.unlock', { passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' });
    expect(await app.call('participants.list')).toHaveLength(1);
    const keyring = keyringSchema.parse(JSON.parse(await readFile(join(dir, 'keyring.json'), 'utf8')));
    expect(isAuthentic(keyring, await unwrapWithPassphrase(keyring, PASSPHRASE))).toBe(true);
  });

  it('gives a key file stripped of its authentication and set to "unsealing" nothing without the user agreeing', async () => {
    const dir = await protectedData();
    await editKeyring(dir, (keyring) => {
      delete keyring.mac;
      keyring.state = 'unsealing';
    });
    const before = await snapshot(dir);
    const app = await startSession(dir);
    expect(await app.call('protection.unlock', { passphrase: PASSPHRASE })).toMatchObject({ state: 'locked', interrupted: 'unsealing' });
    expect((await app.fail('participants.list')).code).toBe('locked');
    await app.session.close();
    expect(await snapshot(dir)).toEqual(before);
    expect(await filesHolding(dir, CODE)).toEqual([]);
  });

  it('finishes an interrupted turning off only after the user is told and agrees', async () => {
    const dir = await protectedData();
    await interruptAt(dir, 'unsealing');
    const before = await snapshot(dir);

    const app = await startSession(dir, fakeKeychain());
    expect(await app.call('protection.unlock', { passphrase: PASSPHRASE })).toMatchObject({ state: 'locked', interrupted: 'unsealing' });
    expect((await app.fail('participants.list')).code).toBe('locked');
    expect(await snapshot(dir)).toEqual(before);

    expect(await app.call('protection.unlock', { passphrase: PASSPHRASE, finishInterrupted: true })).toMatchObject({ state: 'unprotected' });
    expect(JSON.parse(await readFile(join(dir, 'participants.json'), 'utf8')).participants[0].code).toBe(CODE);
  });

  it('finishes an interrupted turning on only after the user agrees, sealing what was left plain', async () => {
    const dir = await protectedData();
    await interruptAt(dir, 'sealing');
    const app = await startSession(dir);
    const registry = await readFile(join(dir, 'participants.json'));
    expect(await app.call('protection.unlock', { keychain: true })).toMatchObject({ state: 'locked', interrupted: 'sealing' });
    expect(await readFile(join(dir, 'participants.json'))).toEqual(registry);

    expect(await app.call('protection.unlock', { keychain: true, finishInterrupted: true })).toMatchObject({ state: 'unlocked' });
    expect(await app.call('participants.list')).toHaveLength(1);
    const keyring = keyringSchema.parse(JSON.parse(await readFile(join(dir, 'keyring.json'), 'utf8')));
    expect(keyring.state).toBe('sealed');
  });
});
