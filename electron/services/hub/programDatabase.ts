/**
 * The program's database on the hub, as both the app (a coordinator creating the program) and
 * `npm run hub:setup` make it: the database, its security object and the design document that
 * keeps each member's document theirs. Each step leaves what is already right as it is, so running
 * it again changes nothing.
 */
import { z } from 'zod';
import { MEMBER_DOCUMENT_PREFIX } from '../../../core/domain/hub/memberDocument';
import { answerError, couchPath, type CouchClient } from './couchClient';

const namesAndRoles = z.object({ names: z.array(z.string()).default([]), roles: z.array(z.string()).default([]) }).default({ names: [], roles: [] });
const securitySchema = z.object({ admins: namesAndRoles, members: namesAndRoles });

export type SecurityObject = z.output<typeof securitySchema>;

/**
 * A database's security object. CouchDB makes a database public when its members name no one and
 * no role, so `_admin` is always among the member roles: a program database is never public.
 */
export function programSecurity(current: SecurityObject, change: { admin?: string; addMember?: string; removeMember?: string }): SecurityObject {
  const withName = (names: string[], name: string | undefined) => (name === undefined || names.includes(name) ? names : [...names, name]);
  const memberNames = withName(current.members.names, change.addMember).filter((name) => name !== change.removeMember);
  return {
    admins: { names: withName(current.admins.names, change.admin), roles: current.admins.roles },
    members: { names: memberNames, roles: current.members.roles.includes('_admin') ? current.members.roles : [...current.members.roles, '_admin'] },
  };
}

export async function readSecurity(client: CouchClient, database: string): Promise<SecurityObject> {
  return securitySchema.parse((await client.json('GET', couchPath(database, '_security'))) ?? {});
}

export async function writeSecurity(client: CouchClient, database: string, security: SecurityObject): Promise<void> {
  await client.json('PUT', couchPath(database, '_security'), security);
}

/** Reads the security object, applies `change`, and writes it back only when it differs. */
export async function changeSecurity(client: CouchClient, database: string, change: Parameters<typeof programSecurity>[1]): Promise<SecurityObject> {
  const current = await readSecurity(client, database);
  const next = programSecurity(current, change);
  if (JSON.stringify(next) !== JSON.stringify(current)) await writeSecurity(client, database, next);
  return next;
}

/** Makes the database unless it is there. Creating one takes a server admin. */
export async function ensureDatabase(client: CouchClient, database: string): Promise<'made' | 'kept'> {
  const found = await client.request('GET', couchPath(database));
  if (found.status === 200) return 'kept';
  if (found.status !== 404) throw answerError(found, 'GET', couchPath(database));
  await client.json('PUT', couchPath(database));
  return 'made';
}

/** CouchDB 3 refuses changes to `_users`' security object unless this setting says otherwise (couchdb/users_db_security_editable). */
const USERS_SECURITY_GUARD = '/_node/_local/_config/couchdb/users_db_security_editable';

/**
 * Lifts CouchDB's guard on `_users`' security object for one change; returns how to put it back as
 * it was. A server without per-node settings (pouchdb-server) has no such guard.
 */
async function liftUsersSecurityGuard(client: CouchClient): Promise<() => Promise<unknown>> {
  const setting = await client.request('GET', USERS_SECURITY_GUARD);
  const reason = (setting.body as { reason?: unknown } | undefined)?.reason;
  if (setting.status === 200) {
    if (setting.body === 'true') return async () => undefined;
    await client.json('PUT', USERS_SECURITY_GUARD, 'true');
    return () => client.json('PUT', USERS_SECURITY_GUARD, setting.body);
  }
  if (setting.status === 404 && reason === 'unknown_config_value') {
    await client.json('PUT', USERS_SECURITY_GUARD, 'true');
    return () => client.json('DELETE', USERS_SECURITY_GUARD);
  }
  if (setting.status === 404) return async () => undefined;
  throw answerError(setting, 'GET', USERS_SECURITY_GUARD);
}

/**
 * Makes `userName` an admin of `_users`, which lets them make and change users (the coordinator makes
 * each facilitator's). Takes a server admin; leaves CouchDB's guard as it found it.
 */
export async function letMakeUsers(client: CouchClient, userName: string): Promise<'made' | 'kept'> {
  if ((await readSecurity(client, '_users')).admins.names.includes(userName)) return 'kept';
  const restoreGuard = await liftUsersSecurityGuard(client);
  try {
    await changeSecurity(client, '_users', { admin: userName });
  } finally {
    await restoreGuard();
  }
  return 'made';
}

export const PROGRAM_DESIGN_ID = '_design/program';

/**
 * CouchDB runs this on every write: a member's document may be written only by that member or a
 * database admin (the coordinator), so no member can put their own key in another's place. Kept on
 * the hub rather than replaced by a check on the coordinator's laptop: the hub refuses the write
 * itself, for every reader at once. The tests run it too (pouchdb-server, with the history of
 * replicated revisions kept: test/support/pouchdbValidationHistory.cjs).
 */
const validateDocUpdate = `function (newDoc, oldDoc, userCtx, secObj) {
  var prefix = ${JSON.stringify(MEMBER_DOCUMENT_PREFIX)};
  if (newDoc._id.indexOf(prefix) !== 0) return;
  var admins = (secObj && secObj.admins && secObj.admins.names) || [];
  if (userCtx.roles.indexOf('_admin') !== -1 || admins.indexOf(userCtx.name) !== -1) return;
  if (userCtx.name !== newDoc._id.slice(prefix.length)) throw({ forbidden: 'Only that member or the coordinator may write a member document.' });
}`;

/** Puts the program's design document in place unless it is already there as it should be. */
export async function ensureProgramDesign(client: CouchClient, database: string): Promise<'made' | 'kept' | 'updated'> {
  const path = `${couchPath(database)}/${PROGRAM_DESIGN_ID}`;
  const found = await client.request('GET', path);
  const current = found.status === 200 ? (found.body as { _rev?: string; validate_doc_update?: string }) : undefined;
  if (current?.validate_doc_update === validateDocUpdate) return 'kept';
  await client.json('PUT', path, { ...(current?._rev ? { _rev: current._rev } : {}), validate_doc_update: validateDocUpdate });
  return current ? 'updated' : 'made';
}
