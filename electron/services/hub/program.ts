/**
 * Program membership: a coordinator creates the program and makes one-time join files; a facilitator
 * joins with one; the coordinator revokes a member (a new program key for everyone else); a laptop
 * leaves. Talks to CouchDB as this laptop's own hub user, and keeps the membership (hub password and
 * program keys) in the data folder's sealed `hub-membership.json`.
 *
 * Order of writes: what this laptop must not forget (a new password, a new program key) is on disk
 * before the hub is told, so a failure in between leaves a membership that the next step (a retry,
 * `refreshKeys`, `catchUpMembers`) completes, never one that is lost.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppFailure } from '../../../core/contract/result';
import { hubAddressSchema, hubPasswordSchema, hubSettingsSchema, hubUserNameProblem } from '../../../core/domain/hub/hubSettings';
import { MAX_PROGRAM_NAME, PROGRAM_KEY_BYTES, type JoinPayload } from '../../../core/domain/hub/joinFile';
import {
  connectionView,
  currentProgramKey,
  HUB_MEMBERSHIP_VERSION,
  type HubConnectionView,
  type HubMembership,
  type ProgramMember,
} from '../../../core/domain/hub/membership';
import { memberNameOf, type MemberDocument } from '../../../core/domain/hub/memberDocument';
import { issuesOf, type FieldIssue } from '../../../core/domain/issues';
import type { Message } from '../../../core/domain/messages';
import { PASSPHRASE_COST, type HubMembershipFile } from '../../storage';
import { answerError, couchClient, couchPath, HubRequestError, type CouchClient, type CouchFetch } from './couchClient';
import { openJoinFile, sealJoinFile } from './joinFiles';
import { memberDocuments, putMemberDocument, readMemberDocument } from './memberDocuments';
import { newMemberKeyPair, NotAMemberKeyError, ProgramKeyUnwrapError, unwrapProgramKey } from './memberKeys';
import { changeSecurity, ensureDatabase, ensureProgramDesign, readSecurity } from './programDatabase';

/** A join file's passphrase is said aloud and typed once: long enough to outlast guessing at scrypt's cost. */
export const MIN_JOIN_PASSPHRASE = 10;

export interface ProgramServiceOptions {
  membership: HubMembershipFile;
  now?: () => Date;
  /** The network seam (tests give none and reach their own 127.0.0.1 server). */
  fetch?: CouchFetch;
  /** scrypt's cost (log2 N) for join files; tests pass a small one. */
  passphraseCost?: number;
  /**
   * Runs a change of the membership file in its turn among the others (hubSync's): keys picked up in
   * the background are written without holding that turn while the hub is asked.
   */
  membershipTurn?: <T>(change: () => Promise<T>) => Promise<T>;
}

export const createProgramInput = z.strictObject({
  hub: hubSettingsSchema,
  password: hubPasswordSchema,
  programName: z.string().trim().min(1).max(MAX_PROGRAM_NAME),
});

/** What a laptop may change of its connection: the hub's address (the hub moved) and its password (reset by the hub's admin). */
export const changeConnectionInput = z.strictObject({ address: hubAddressSchema.optional(), password: hubPasswordSchema.optional() });

const invalid = (issues: FieldIssue[]) => new AppFailure('invalid-input', { code: 'input-invalid' }, issues);

/** A hub that did not answer as needed, as a message (never with a password in it). */
export function hubFailure(error: unknown): unknown {
  if (!(error instanceof HubRequestError)) return error;
  const reasons: Record<HubRequestError['problem'], Message> = {
    unreachable: { code: 'program-hub-unreachable' },
    redirected: { code: 'program-hub-redirected' },
    refused: { code: 'program-password-refused' },
    forbidden: { code: 'program-not-allowed' },
    'not-found': { code: 'program-hub-answered', params: { status: error.status ?? 404 } },
    conflict: { code: 'program-hub-answered', params: { status: error.status ?? 409 } },
    failed: { code: 'program-hub-answered', params: { status: error.status ?? 0 } },
  };
  const code = error.problem === 'refused' || error.problem === 'forbidden' ? 'forbidden' : 'internal';
  return new AppFailure(code, reasons[error.problem]);
}

/** Runs a step against the hub, turning what the hub said into a message. */
async function onHub<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw hubFailure(error);
  }
}

const newPassword = () => randomBytes(24).toString('base64url');
const newProgramKey = () => randomBytes(PROGRAM_KEY_BYTES).toString('base64');

function clientFor(membership: Pick<HubMembership, 'hub' | 'password'>, fetch?: CouchFetch): CouchClient {
  return couchClient({ origin: membership.hub.address, user: { name: membership.hub.userName, password: membership.password }, ...(fetch ? { fetch } : {}) });
}

const userDocumentPath = (userName: string) => couchPath('_users', `org.couchdb.user:${userName}`);

const nameTaken = (userName: string) =>
  new AppFailure('invalid-input', { code: 'program-member-name-taken', params: { name: userName } }, [{ path: 'userName', rule: 'taken' }]);

/** Makes the hub user, or gives the existing one (whose earlier join file was never used) a new password. */
async function setUserPassword(client: CouchClient, userName: string, password: string): Promise<void> {
  const path = userDocumentPath(userName);
  const made = await client.request('PUT', path, { name: userName, password, roles: [], type: 'user' });
  if (made.status === 201 || made.status === 202) return;
  if (made.status !== 409) throw answerError(made, 'PUT', path);
  const existing = await client.request('GET', path);
  if (existing.status !== 200) throw nameTaken(userName);
  await client.json('PUT', path, { ...(existing.body as object), password });
}

/** Where a membership's member documents live and which program their wraps are bound to. */
const programOf = (membership: HubMembership) => ({ database: membership.hub.database, programId: membership.program.id });

/** The program keys wrapped for this laptop in its member document that it does not hold yet, oldest first. */
function newKeysIn(document: MemberDocument, membership: HubMembership): HubMembership['keys'] {
  const held = new Set(membership.keys.map((key) => key.epoch));
  const wraps = [...(document.earlier ?? []), { epoch: document.epoch, sealed: document.sealed }].filter((wrap) => !held.has(wrap.epoch));
  return wraps
    .sort((a, b) => a.epoch - b.epoch)
    .map((wrap) => {
      const context = { programId: membership.program.id, epoch: wrap.epoch, memberName: membership.hub.userName };
      try {
        const key = unwrapProgramKey(wrap.sealed, membership.memberKeys, context);
        const text = key.toString('base64');
        key.fill(0);
        return { epoch: wrap.epoch, key: text };
      } catch (error) {
        if (error instanceof ProgramKeyUnwrapError) throw new AppFailure('forbidden', { code: 'program-key-unreadable', params: { epoch: wrap.epoch } });
        throw error;
      }
    });
}

function requireCoordinator(membership: HubMembership | undefined): HubMembership {
  if (membership === undefined) throw new AppFailure('not-found', { code: 'program-none' });
  if (membership.role !== 'coordinator') throw new AppFailure('forbidden', { code: 'program-not-coordinator' });
  return membership;
}

export type ProgramService = ReturnType<typeof createProgramService>;

export function createProgramService(options: ProgramServiceOptions) {
  const now = options.now ?? (() => new Date());
  const cost = options.passphraseCost ?? PASSPHRASE_COST;
  const store = options.membership;

  async function requireNoMembership(): Promise<void> {
    const current = await store.read();
    if (current !== undefined) throw new AppFailure('invalid-input', { code: 'program-already-in', params: { program: current.program.name } });
  }

  /**
   * The coordinator makes the program on the hub: the database (when their hub user may create one;
   * `npm run hub:setup` makes it otherwise), its security object with them as its admin and `_admin`
   * among the members, the design document guarding member documents, and program key epoch 1.
   */
  async function createProgram(input: z.input<typeof createProgramInput>): Promise<HubMembership> {
    const parsed = createProgramInput.safeParse(input);
    if (!parsed.success) throw invalid(issuesOf(parsed.error));
    await requireNoMembership();
    const { hub, password, programName } = parsed.data;
    const keyPair = newMemberKeyPair();
    const membership: HubMembership = {
      schemaVersion: HUB_MEMBERSHIP_VERSION,
      role: 'coordinator',
      hub,
      password,
      program: { id: randomUUID(), name: programName },
      keys: [{ epoch: 1, key: newProgramKey() }],
      memberKeys: keyPair,
      joinedAt: now().toISOString(),
    };
    const client = clientFor(membership, options.fetch);
    await onHub(async () => {
      // Signed in first, so a refused password is said as such rather than as a missing database.
      const session = await client.json<{ userCtx?: { roles?: string[] } }>('GET', '/_session');
      const serverAdmin = session.userCtx?.roles?.includes('_admin') === true;
      const found = await client.request('GET', couchPath(hub.database));
      if (found.status === 404 && !serverAdmin) throw new AppFailure('not-found', { code: 'program-database-missing', params: { database: hub.database } });
      await ensureDatabase(client, hub.database);
      const security = await readSecurity(client, hub.database);
      if (!serverAdmin && !security.admins.names.includes(hub.userName)) throw new AppFailure('forbidden', { code: 'program-not-database-admin' });
      if ((await memberDocuments(client, hub.database)).length > 0) throw new AppFailure('invalid-input', { code: 'program-exists' });
      await changeSecurity(client, hub.database, { admin: hub.userName, addMember: hub.userName });
      await ensureProgramDesign(client, hub.database);
    });
    await store.write(membership);
    try {
      await onHub(() => putMemberDocument(client, programOf(membership), { userName: hub.userName, publicKey: keyPair.publicKey }, membership.keys));
    } catch (error) {
      await store.remove();
      throw error;
    }
    return membership;
  }

  /**
   * A one-time join file for `userName`: the hub user is made (or, for a name whose earlier file was
   * never used, given a new password) with a random one-time password and added to the members.
   * Returns the file's bytes, sealed with `passphrase`.
   */
  async function makeJoinFile(input: { userName: string; passphrase: string }): Promise<Buffer> {
    const membership = requireCoordinator(await store.read());
    const problems: FieldIssue[] = [];
    const nameProblem = hubUserNameProblem(input.userName);
    if (nameProblem) problems.push({ path: 'userName', ...nameProblem } as FieldIssue);
    if (input.passphrase.length < MIN_JOIN_PASSPHRASE) problems.push({ path: 'passphrase', rule: 'too-short', params: { minimum: MIN_JOIN_PASSPHRASE } });
    if (problems.length > 0) throw invalid(problems);
    const { userName } = input;
    const client = clientFor(membership, options.fetch);
    const oneTimePassword = newPassword();
    const payload: JoinPayload = {
      hub: { address: membership.hub.address, database: membership.hub.database },
      userName,
      oneTimePassword,
      program: { ...membership.program, keys: membership.keys },
    };
    const file = await sealJoinFile(payload, input.passphrase, { cost, madeAt: now() });
    await onHub(async () => {
      const security = await readSecurity(client, membership.hub.database);
      const joined = (await readMemberDocument(client, membership.hub.database, userName)) !== undefined;
      if (userName === membership.hub.userName || (security.members.names.includes(userName) && joined)) throw nameTaken(userName);
      await setUserPassword(client, userName, oneTimePassword);
      await changeSecurity(client, membership.hub.database, { addMember: userName });
    });
    return file;
  }

  /**
   * Joins with a join file: signs in with its one-time password, then changes that password to a
   * fresh one only this laptop knows (kept sealed), so the file cannot be used again. Then publishes
   * this laptop's public key with the program key wrapped for it (`refreshKeys` retries that if the
   * hub stops answering in between).
   */
  async function join(input: { fileBytes: Uint8Array; passphrase: string }): Promise<HubMembership> {
    await requireNoMembership();
    const payload = await openJoinFile(input.fileBytes, input.passphrase);
    const hub = { ...payload.hub, userName: payload.userName };
    const oneTime = clientFor({ hub, password: payload.oneTimePassword }, options.fetch);
    const userPath = userDocumentPath(payload.userName);
    const user = await oneTime.request('GET', userPath).catch((error: unknown) => {
      throw hubFailure(error);
    });
    if (user.status === 401) throw new AppFailure('forbidden', { code: 'join-file-used' });
    if (user.status !== 200) throw hubFailure(answerError(user, 'GET', userPath));
    const membership: HubMembership = {
      schemaVersion: HUB_MEMBERSHIP_VERSION,
      role: 'member',
      hub,
      password: newPassword(),
      program: { id: payload.program.id, name: payload.program.name },
      keys: payload.program.keys,
      memberKeys: newMemberKeyPair(),
      joinedAt: now().toISOString(),
    };
    await onHub(() => oneTime.json('GET', couchPath(hub.database)));
    await store.write(membership);
    try {
      await onHub(() => oneTime.json('PUT', userPath, { ...(user.body as object), password: membership.password }));
    } catch (error) {
      // The one-time password still stands: nothing is kept, and the same file can be used again.
      await store.remove();
      throw error;
    }
    return (await publishOwnKey(membership).catch(() => undefined)) ?? membership;
  }

  /** Puts this laptop's member document on the hub, with the program keys it holds wrapped for itself. */
  async function publishOwnKey(membership: HubMembership, rev?: string): Promise<HubMembership> {
    const client = clientFor(membership, options.fetch);
    await onHub(() =>
      putMemberDocument(
        client,
        programOf(membership),
        { userName: membership.hub.userName, publicKey: membership.memberKeys.publicKey, ...(rev ? { rev } : {}) },
        membership.keys,
      ),
    );
    return membership;
  }

  /**
   * A member picks up the program keys wrapped for them that it lacks (a newer epoch after a revoke,
   * or earlier ones), and publishes their key
   * if the hub has no document for them yet. Returns the membership as it now is.
   */
  async function refreshKeys(): Promise<HubMembership> {
    const membership = await store.read();
    if (membership === undefined) throw new AppFailure('not-found', { code: 'program-none' });
    const client = clientFor(membership, options.fetch);
    const document = await onHub(() => readMemberDocument(client, membership.hub.database, membership.hub.userName));
    if (document === undefined) return publishOwnKey(membership);
    if (document.publicKey !== membership.memberKeys.publicKey)
      throw new AppFailure('forbidden', { code: 'program-key-unreadable', params: { epoch: document.epoch } });
    if (document.epoch < currentProgramKey(membership).epoch) return publishOwnKey(membership, document._rev);
    const found = newKeysIn(document, membership);
    if (found.length === 0) return membership;
    const inTurn = options.membershipTurn ?? ((change) => change());
    return inTurn(async () => {
      // Read again: the file may have changed while the hub answered.
      const latest = (await store.read()) ?? membership;
      const held = new Set(latest.keys.map((key) => key.epoch));
      const next: HubMembership = { ...latest, keys: [...latest.keys, ...found.filter((key) => !held.has(key.epoch))].sort((a, b) => a.epoch - b.epoch) };
      await store.write(next);
      return next;
    });
  }

  /**
   * The coordinator wraps the program keys (every epoch) for every member still on an older epoch (one who
   * joined with a file made before a revoke, or one a revoke did not reach when the hub stopped
   * answering). Only names in the security object's members are given it.
   */
  async function catchUpMembers(): Promise<number> {
    const membership = requireCoordinator(await store.read());
    const client = clientFor(membership, options.fetch);
    const current = currentProgramKey(membership);
    return onHub(async () => {
      const security = await readSecurity(client, membership.hub.database);
      const allowed = new Set([...security.members.names, membership.hub.userName]);
      let wrapped = 0;
      for (const document of await memberDocuments(client, membership.hub.database)) {
        const userName = memberNameOf(document._id)!;
        if (!allowed.has(userName) || document.epoch >= current.epoch) continue;
        try {
          await putMemberDocument(
            client,
            programOf(membership),
            { userName, publicKey: document.publicKey, ...(document._rev ? { rev: document._rev } : {}) },
            membership.keys,
          );
          wrapped += 1;
        } catch (error) {
          // A document whose key is not an X25519 key is left as it is; its member cannot read on until they join again.
          if (!(error instanceof NotAMemberKeyError)) throw error;
        }
      }
      return wrapped;
    });
  }

  /**
   * Revokes a member: a new program key (epoch + 1) is kept on this laptop first, the name leaves the
   * database's members (so the hub answers them 401/403 from now on), their member document is
   * deleted, and the new key is wrapped for everyone who remains. Everything shared from then on is
   * sealed under the new epoch, which the revoked member never receives.
   */
  async function revoke(input: { userName: string }): Promise<HubMembership> {
    const membership = requireCoordinator(await store.read());
    const { userName } = input;
    if (userName === membership.hub.userName) throw new AppFailure('invalid-input', { code: 'program-revoke-self' });
    const client = clientFor(membership, options.fetch);
    const security = await onHub(() => readSecurity(client, membership.hub.database));
    if (!security.members.names.includes(userName)) throw new AppFailure('not-found', { code: 'program-not-a-member', params: { name: userName } });
    const next: HubMembership = { ...membership, keys: [...membership.keys, { epoch: currentProgramKey(membership).epoch + 1, key: newProgramKey() }] };
    await store.write(next);
    await onHub(async () => {
      await changeSecurity(client, membership.hub.database, { removeMember: userName });
      const document = await readMemberDocument(client, membership.hub.database, userName);
      if (document?._rev) await client.json('DELETE', `${couchPath(membership.hub.database, document._id)}?rev=${encodeURIComponent(document._rev)}`);
    });
    await catchUpMembers();
    return next;
  }

  /** The program's members, for the coordinator: each name in the security object, and whether their laptop has joined. */
  async function members(): Promise<ProgramMember[]> {
    const membership = requireCoordinator(await store.read());
    const client = clientFor(membership, options.fetch);
    return onHub(async () => {
      const security = await readSecurity(client, membership.hub.database);
      const documents = new Map((await memberDocuments(client, membership.hub.database)).map((document) => [memberNameOf(document._id)!, document]));
      return security.members.names
        .filter((name) => name !== membership.hub.userName)
        .map((userName) => {
          const document = documents.get(userName);
          return document ? { userName, joined: true, epoch: document.epoch } : { userName, joined: false };
        });
    });
  }

  /** The membership as it may be shown (no password, no key), or undefined when this laptop is in no program. */
  async function connection(): Promise<HubConnectionView | undefined> {
    const membership = await store.read();
    return membership && connectionView(membership);
  }

  /**
   * Changes the hub's address or this laptop's password, once the hub lets this user into the
   * program's database with them; otherwise nothing is saved and the hub's answer is said.
   */
  async function changeConnection(input: z.input<typeof changeConnectionInput>): Promise<HubConnectionView> {
    const parsed = changeConnectionInput.safeParse(input);
    if (!parsed.success) throw invalid(issuesOf(parsed.error));
    const membership = await store.read();
    if (membership === undefined) throw new AppFailure('not-found', { code: 'program-none' });
    const next: HubMembership = {
      ...membership,
      hub: { ...membership.hub, ...(parsed.data.address === undefined ? {} : { address: parsed.data.address }) },
      ...(parsed.data.password === undefined ? {} : { password: parsed.data.password }),
    };
    await onHub(() => clientFor(next, options.fetch).json('GET', couchPath(next.hub.database)));
    await store.write(next);
    return connectionView(next);
  }

  /**
   * Leaves the program on this laptop: the hub settings, password and keys are forgotten. The
   * workshops already here stay or go as the caller decides; nothing is sent to the hub.
   */
  async function leave(): Promise<void> {
    await store.remove();
  }

  return { createProgram, makeJoinFile, join, refreshKeys, catchUpMembers, revoke, members, connection, changeConnection, leave };
}
