/**
 * The documents the program hub holds, and how they are named. Every one is `{ _id, _rev, epoch, sealed }`:
 * `sealed` is the body sealed under the program key of `epoch` (electron/services/hub/sealing.ts),
 * with the id and epoch bound to it, so the hub stores ids, revisions, sizes and times and nothing
 * readable. Ids are opaque or already random: a workshop's id is a UUID, a member's is their CouchDB
 * user name (which the hub knows anyway).
 */

const WORKSHOP_PREFIX = 'workshop:';
const MEMBER_PREFIX = 'member:';
/** The program's shared lists: sites, facilitators, local resources, modules in use. */
export const LISTS_DOC_ID = 'lists';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type HubDocumentRef = { kind: 'workshop'; workshopId: string } | { kind: 'lists' } | { kind: 'member'; name: string };

/** `workshop:<workshopId>`: one shared workshop (its bundle, participants by code only). */
export function workshopDocId(workshopId: string): string {
  return `${WORKSHOP_PREFIX}${workshopId}`;
}

/** `member:<couchUserName>`: that member's public key and the program key wrapped for them. */
export function memberDocId(name: string): string {
  return `${MEMBER_PREFIX}${name}`;
}

/** What a hub document id names, or undefined for an id this app never writes (a checkpoint, a design doc...). */
export function hubDocumentRefOf(id: string): HubDocumentRef | undefined {
  if (id === LISTS_DOC_ID) return { kind: 'lists' };
  if (id.startsWith(WORKSHOP_PREFIX)) {
    const workshopId = id.slice(WORKSHOP_PREFIX.length);
    return uuidPattern.test(workshopId) ? { kind: 'workshop', workshopId } : undefined;
  }
  if (id.startsWith(MEMBER_PREFIX) && id.length > MEMBER_PREFIX.length) return { kind: 'member', name: id.slice(MEMBER_PREFIX.length) };
  return undefined;
}

/** A document as the hub stores it. `_rev` is absent on one not yet written. */
export interface SealedDocument {
  _id: string;
  _rev?: string;
  /** The program key's epoch it is sealed under (1, 2, ...; a new one after each revoke). */
  epoch: number;
  /** base64 of nonce (12) · ciphertext · tag (16), AES-256-GCM. */
  sealed: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a value shaped like a sealed document (what it opens to is sealing's business). */
export function isSealedDocument(value: unknown): value is SealedDocument {
  return (
    isRecord(value) &&
    typeof value._id === 'string' &&
    (value._rev === undefined || typeof value._rev === 'string') &&
    Number.isSafeInteger(value.epoch) &&
    (value.epoch as number) >= 1 &&
    typeof value.sealed === 'string'
  );
}
