import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HubMembership } from '../../../core/domain/hub/membership';
import {
  hubMembershipFile,
  HUB_MEMBERSHIP_FILE,
  newDataKey,
  openDataDir,
  plainFiles,
  resealDataFolder,
  sealedFiles,
  StorageError,
} from '../../../electron/storage';
import { newMemberKeyPair } from '../../../electron/services/hub/memberKeys';

const PASSWORD = 'a-hub-password-only-this-laptop-knows';

const membership: HubMembership = {
  schemaVersion: 1,
  role: 'member',
  hub: { address: 'https://hub.example.org', database: 'program-a', userName: 'ana' },
  password: PASSWORD,
  program: { id: '0b6f6a4e-8f0c-4d8e-9a51-3f1e7c2d9b10', name: 'Eastside groups' },
  keys: [{ epoch: 1, key: Buffer.alloc(32, 9).toString('base64') }],
  memberKeys: newMemberKeyPair(),
  joinedAt: '2026-03-02T15:40:00.000Z',
};

describe('hub-membership.json: the membership kept in the data folder', () => {
  const folders: string[] = [];
  const folder = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facilitator-membership-'));
    folders.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('is written durably and read back; with protection on, the password and keys are not readable on disk', async () => {
    const dir = await folder();
    const dataKey = newDataKey();
    await hubMembershipFile({ dir, codec: sealedFiles(dataKey) }).write(membership);
    expect(await hubMembershipFile({ dir, codec: sealedFiles(dataKey) }).read()).toEqual(membership);
    const onDisk = await readFile(join(dir, HUB_MEMBERSHIP_FILE));
    expect(onDisk.includes(Buffer.from(PASSWORD))).toBe(false);
    expect(onDisk.includes(Buffer.from(membership.keys[0]!.key))).toBe(false);
    await expect(hubMembershipFile({ dir, codec: sealedFiles(newDataKey()) }).read()).rejects.toBeInstanceOf(StorageError);
  });

  it('is sealed with every other data file when protection is turned on', async () => {
    const dir = await folder();
    await hubMembershipFile({ dir, codec: plainFiles }).write(membership);
    const dataKey = newDataKey();
    await resealDataFolder(dir, undefined, plainFiles, sealedFiles(dataKey));
    expect((await readFile(join(dir, HUB_MEMBERSHIP_FILE))).includes(Buffer.from(PASSWORD))).toBe(false);
    expect(await hubMembershipFile({ dir, codec: sealedFiles(dataKey) }).read()).toEqual(membership);
  });

  it('says a damaged file is not valid, and leaves it where it is', async () => {
    const dir = await folder();
    await writeFile(join(dir, HUB_MEMBERSHIP_FILE), '{"schemaVersion": 1, "role": "member"');
    const error = await hubMembershipFile({ dir, codec: plainFiles })
      .read()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).reason).toEqual({ code: 'data-invalid', params: { file: HUB_MEMBERSHIP_FILE } });
    expect(await readFile(join(dir, HUB_MEMBERSHIP_FILE), 'utf8')).toBe('{"schemaVersion": 1, "role": "member"');
  });

  it('refuses to write a membership that is not whole, keeping the one on disk', async () => {
    const dir = await folder();
    const file = hubMembershipFile({ dir, codec: plainFiles });
    await file.write(membership);
    await expect(file.write({ ...membership, keys: [] })).rejects.toBeInstanceOf(StorageError);
    expect(await file.read()).toEqual(membership);
  });

  it('is the data store’s: forgotten on leave, and out of reach once the data is closed', async () => {
    const dir = await folder();
    const store = await openDataDir({ dir, now: () => new Date('2026-03-02T15:40:00.000Z') });
    await store.hubMembership.write(membership);
    expect(await store.hubMembership.read()).toEqual(membership);
    await store.hubMembership.remove();
    await store.hubMembership.remove();
    expect(await store.hubMembership.read()).toBeUndefined();
    await store.close();
    await expect(store.hubMembership.read()).rejects.toMatchObject({ kind: 'closed' });
  });
});
