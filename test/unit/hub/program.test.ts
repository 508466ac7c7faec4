import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../core/contract/result';
import { memberDocumentSchema } from '../../../core/domain/hub/memberDocument';
import type { HubMembership } from '../../../core/domain/hub/membership';
import { ProgramKeyUnwrapError, unwrapProgramKey } from '../../../electron/services/hub/memberKeys';
import type { CouchFetch } from '../../../electron/services/hub/couchClient';
import { createProgramService, type ProgramService } from '../../../electron/services/hub/program';
import { hubMembershipFile, HUB_MEMBERSHIP_FILE, newDataKey, plainFiles, sealedFiles, type FileCodec } from '../../../electron/storage';
import { setUpProgramDatabase, startHubServer, type HubServer } from '../../support/hubServer';

const DATABASE = 'program-a';
const COORDINATOR = { name: 'maria', password: 'coordinator-password-1' };
const PASSPHRASE = 'blue heron at dawn';
const clock = () => new Date('2026-03-02T15:40:00.000Z');

/** One laptop: its own temp data folder, and the program service over it. */
interface Laptop {
  dir: string;
  program: ProgramService;
  membership(): Promise<HubMembership | undefined>;
}

async function failureOf(promise: Promise<unknown>): Promise<AppFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppFailure);
  return error as AppFailure;
}

describe('program membership against a real hub (pouchdb-server on 127.0.0.1)', () => {
  let hub: HubServer;
  const folders: string[] = [];

  async function laptop(codec: FileCodec = plainFiles, fetch?: CouchFetch): Promise<Laptop> {
    const dir = await mkdtemp(join(tmpdir(), 'facilitator-program-'));
    folders.push(dir);
    const file = hubMembershipFile({ dir, codec });
    // scrypt at its lowest accepted cost keeps the suite fast; the format is the same.
    const program = createProgramService({ membership: file, now: clock, passphraseCost: 10, ...(fetch ? { fetch } : {}) });
    return { dir, program, membership: () => file.read() };
  }

  let coordinator: Laptop;

  beforeAll(async () => {
    hub = await startHubServer();
    await setUpProgramDatabase(hub, DATABASE, COORDINATOR);
    coordinator = await laptop(sealedFiles(newDataKey()));
    await coordinator.program.createProgram({
      hub: { address: hub.origin, database: DATABASE, userName: COORDINATOR.name },
      password: COORDINATOR.password,
      programName: 'Eastside groups',
    });
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
    await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('creates the program: epoch 1 kept sealed on the coordinator’s laptop, and a database open to members only', async () => {
    const membership = (await coordinator.membership())!;
    expect(membership.role).toBe('coordinator');
    expect(membership.keys.map((key) => key.epoch)).toEqual([1]);
    const onDisk = await readFile(join(coordinator.dir, HUB_MEMBERSHIP_FILE));
    expect(onDisk.includes(Buffer.from(COORDINATOR.password))).toBe(false);
    expect(onDisk.includes(Buffer.from(membership.keys[0]!.key))).toBe(false);
    expect(await hub.admin('GET', `/${DATABASE}/_security`)).toEqual({
      admins: { names: [COORDINATOR.name], roles: [] },
      members: { names: [COORDINATOR.name], roles: ['_admin'] },
    });
    expect((await hub.as(undefined, 'GET', `/${DATABASE}/_all_docs`)).status).toBe(401);
  });

  it('says when the database is not there or the password is refused, keeping nothing', async () => {
    const other = await laptop();
    const create = (database: string, password: string) =>
      failureOf(other.program.createProgram({ hub: { address: hub.origin, database, userName: COORDINATOR.name }, password, programName: 'Westside' }));
    expect((await create('program-z', COORDINATOR.password)).reason).toEqual({ code: 'program-database-missing', params: { database: 'program-z' } });
    expect((await create(DATABASE, 'not-the-password')).reason).toEqual({ code: 'program-password-refused' });
    expect(await other.membership()).toBeUndefined();
  });

  it('refuses to create a second program in the same database', async () => {
    const other = await laptop();
    const failure = await failureOf(
      other.program.createProgram({
        hub: { address: hub.origin, database: DATABASE, userName: COORDINATOR.name },
        password: COORDINATOR.password,
        programName: 'Again',
      }),
    );
    expect(failure.reason).toEqual({ code: 'program-exists' });
    expect(await other.membership()).toBeUndefined();
  });

  it('joins with a join file once: the second use of the same file is refused and changes nothing', async () => {
    const file = await coordinator.program.makeJoinFile({ userName: 'ana', passphrase: PASSPHRASE });
    expect(file.toString('utf8')).toContain('"format": "facilitator-program-join"');
    const ana = await laptop();
    const membership = await ana.program.join({ fileBytes: file, passphrase: PASSPHRASE });
    expect(membership).toMatchObject({
      role: 'member',
      hub: { address: hub.origin, database: DATABASE, userName: 'ana' },
      program: { name: 'Eastside groups' },
    });
    expect(await ana.membership()).toEqual(membership);
    // Signed in with the password only this laptop knows; the one-time password in the file no longer opens anything.
    expect((await hub.as({ name: 'ana', password: membership.password }, 'GET', `/${DATABASE}`)).status).toBe(200);
    const coordinatorKey = (await coordinator.membership())!.keys[0]!;
    expect(membership.keys).toEqual([coordinatorKey]);

    const again = await laptop();
    const failure = await failureOf(again.program.join({ fileBytes: file, passphrase: PASSPHRASE }));
    expect(failure.reason).toEqual({ code: 'join-file-used' });
    expect(await again.membership()).toBeUndefined();
    expect((await hub.as({ name: 'ana', password: membership.password }, 'GET', `/${DATABASE}`)).status).toBe(200);
  }, 30_000);

  it('says when the passphrase is wrong, at the passphrase field, and the file still works with the right one', async () => {
    const file = await coordinator.program.makeJoinFile({ userName: 'carla', passphrase: PASSPHRASE });
    const carla = await laptop();
    const failure = await failureOf(carla.program.join({ fileBytes: file, passphrase: 'not the passphrase' }));
    expect(failure.reason).toEqual({ code: 'join-file-wrong-passphrase' });
    expect(failure.issues).toEqual([{ path: 'passphrase', rule: 'does-not-open-join-file' }]);
    expect(await carla.membership()).toBeUndefined();
    await expect(carla.program.join({ fileBytes: file, passphrase: PASSPHRASE })).resolves.toMatchObject({ hub: { userName: 'carla' } });
  }, 30_000);

  it('keeps nothing when the hub stops answering as the password changes, and the same file then works', async () => {
    const file = await coordinator.program.makeJoinFile({ userName: 'jo', passphrase: PASSPHRASE });
    // The network goes as the laptop tries to change its password: the one-time password still stands.
    const cutOff: CouchFetch = (url, init) =>
      init.method === 'PUT' && url.includes('/_users/') ? Promise.reject(new TypeError('fetch failed')) : fetch(url, init);
    const jo = await laptop(plainFiles, cutOff);
    const failure = await failureOf(jo.program.join({ fileBytes: file, passphrase: PASSPHRASE }));
    expect(failure.reason).toEqual({ code: 'program-hub-unreachable' });
    expect(await jo.membership()).toBeUndefined();

    const again = await laptop();
    await expect(again.program.join({ fileBytes: file, passphrase: PASSPHRASE })).resolves.toMatchObject({ hub: { userName: 'jo' } });
  }, 30_000);

  it('refuses a join file for a name that has already joined, and a user name CouchDB would not take', async () => {
    const taken = await failureOf(coordinator.program.makeJoinFile({ userName: 'ana', passphrase: PASSPHRASE }));
    expect(taken.reason).toEqual({ code: 'program-member-name-taken', params: { name: 'ana' } });
    const bad = await failureOf(coordinator.program.makeJoinFile({ userName: '_ana', passphrase: 'short' }));
    expect(bad.issues).toEqual([
      { path: 'userName', rule: 'hub-user-name' },
      { path: 'passphrase', rule: 'too-short', params: { minimum: 10 } },
    ]);
  });

  it('revokes a member: the hub shuts them out, a new epoch reaches those who remain, and the revoked laptop cannot open it', async () => {
    const members = { dan: await laptop(), eli: await laptop() };
    for (const [name, member] of Object.entries(members)) {
      await member.program.join({ fileBytes: await coordinator.program.makeJoinFile({ userName: name, passphrase: PASSPHRASE }), passphrase: PASSPHRASE });
    }
    const dan = (await members.dan.membership())!;

    const after = await coordinator.program.revoke({ userName: 'dan' });
    expect(after.keys.map((key) => key.epoch)).toEqual([1, 2]);
    expect((await coordinator.membership())!.keys).toEqual(after.keys);

    // The hub answers the revoked user 401/403 for the database and every document in it.
    expect([401, 403]).toContain((await hub.as({ name: 'dan', password: dan.password }, 'GET', `/${DATABASE}/_all_docs`)).status);
    expect([401, 403]).toContain((await hub.as({ name: 'dan', password: dan.password }, 'GET', `/${DATABASE}/member%3Aeli`)).status);
    const shutOut = await failureOf(members.dan.program.refreshKeys());
    expect(shutOut.reason.code).toMatch(/^program-(not-allowed|password-refused)$/);
    expect((await members.dan.membership())!.keys.map((key) => key.epoch)).toEqual([1]);

    // A remaining member picks up epoch 2, the same key the coordinator made.
    const eli = await members.eli.program.refreshKeys();
    expect(eli.keys).toEqual(after.keys);

    // Even holding eli's wrapped key, the revoked laptop's own key does not open it.
    const eliDocument = memberDocumentSchema.parse(await hub.admin('GET', `/${DATABASE}/member%3Aeli`));
    expect(eliDocument.epoch).toBe(2);
    expect(eliDocument.earlier?.map((wrap) => wrap.epoch)).toEqual([1]);
    expect(() => unwrapProgramKey(eliDocument.sealed, dan.memberKeys, { programId: dan.program.id, epoch: 2, memberName: 'dan' })).toThrow(
      ProgramKeyUnwrapError,
    );
    expect(() => unwrapProgramKey(eliDocument.sealed, dan.memberKeys, { programId: dan.program.id, epoch: 2, memberName: 'eli' })).toThrow(
      ProgramKeyUnwrapError,
    );
    await expect(hub.admin('GET', `/${DATABASE}/member%3Adan`)).rejects.toThrow(/404/);

    expect(await coordinator.program.members()).toEqual(
      expect.arrayContaining([
        { userName: 'eli', joined: true, epoch: 2 },
        { userName: 'ana', joined: true, epoch: 2 },
      ]),
    );
    expect((await coordinator.program.members()).map((member) => member.userName)).not.toContain('dan');
  }, 60_000);

  it('gives every key to a member who joined with a file made before a revoke, once the coordinator catches members up', async () => {
    const file = await coordinator.program.makeJoinFile({ userName: 'ivy', passphrase: PASSPHRASE });
    const after = await coordinator.program.revoke({ userName: 'jo' });
    const ivy = await laptop();
    const joined = await ivy.program.join({ fileBytes: file, passphrase: PASSPHRASE });
    // Every epoch up to the file's, so documents not sealed again since still open; not the one made after it.
    expect(joined.keys).toEqual(after.keys.slice(0, -1));

    expect(await coordinator.program.catchUpMembers()).toBe(1);
    expect((await ivy.program.refreshKeys()).keys).toEqual(after.keys);
  }, 30_000);

  it('keeps a member document to its own member: another member cannot put their key in its place', async () => {
    const anaDocument = (await hub.admin('GET', `/${DATABASE}/member%3Aana`)) as { publicKey: string };
    const fayLaptop = await laptop();
    await fayLaptop.program.join({ fileBytes: await coordinator.program.makeJoinFile({ userName: 'fay', passphrase: PASSPHRASE }), passphrase: PASSPHRASE });
    const fay = (await fayLaptop.membership())!;
    const answer = await hub.as({ name: 'fay', password: fay.password }, 'PUT', `/${DATABASE}/member%3Aana`, {
      epoch: 9,
      publicKey: fay.memberKeys.publicKey,
      sealed: 'AAAA',
    });
    expect(answer.status).toBe(403);
    expect(((await hub.admin('GET', `/${DATABASE}/member%3Aana`)) as { publicKey: string }).publicKey).toBe(anaDocument.publicKey);
  }, 30_000);

  it('stores nothing readable on the hub: no program key, password or program name in any document', async () => {
    const membership = (await coordinator.membership())!;
    const listing = JSON.stringify(await hub.admin('GET', `/${DATABASE}/_all_docs?include_docs=true&conflicts=true`));
    for (const key of membership.keys) expect(listing).not.toContain(key.key);
    expect(listing).not.toContain('Eastside groups');
    expect(listing).not.toContain(COORDINATOR.password);
  });

  it('shows the connection without its password, and changes the address or password only once the hub lets them in', async () => {
    const hana = await laptop();
    await hana.program.join({ fileBytes: await coordinator.program.makeJoinFile({ userName: 'hana', passphrase: PASSPHRASE }), passphrase: PASSPHRASE });
    const before = (await hana.membership())!;
    const shown = await hana.program.connection();
    expect(shown).toEqual({
      address: hub.origin,
      database: DATABASE,
      userName: 'hana',
      role: 'member',
      programName: 'Eastside groups',
      epoch: (await coordinator.membership())!.keys.at(-1)!.epoch,
    });
    expect(JSON.stringify(shown)).not.toContain(before.password);

    const refused = await failureOf(hana.program.changeConnection({ password: 'not-hanas-password' }));
    expect(refused.reason).toEqual({ code: 'program-password-refused' });
    const notHttps = await failureOf(hana.program.changeConnection({ address: `http://hub.example.org:${hub.port}` }));
    expect(notHttps.issues).toEqual([{ path: 'address', rule: 'hub-not-https' }]);
    expect(await hana.membership()).toEqual(before);

    const moved = await hana.program.changeConnection({ address: `http://localhost:${hub.port}/` });
    expect(moved.address).toBe(`http://localhost:${hub.port}`);
    expect((await hana.membership())!.hub.address).toBe(`http://localhost:${hub.port}`);
  }, 30_000);

  it('leaves: the membership is forgotten on that laptop', async () => {
    const gil = await laptop();
    await gil.program.join({ fileBytes: await coordinator.program.makeJoinFile({ userName: 'gil', passphrase: PASSPHRASE }), passphrase: PASSPHRASE });
    await gil.program.leave();
    expect(await gil.membership()).toBeUndefined();
    expect((await failureOf(gil.program.refreshKeys())).reason).toEqual({ code: 'program-none' });
  }, 30_000);
});
