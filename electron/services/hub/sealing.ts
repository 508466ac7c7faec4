/**
 * Sealing a hub document's body under the program key: AES-256-GCM with a fresh 12-byte nonce, and
 * the document's id and epoch as associated data, so a body copied under another id or epoch does
 * not open. `sealed` is base64 of nonce · ciphertext · tag. The hub stores only that.
 *
 * The JSON is deflated before it is sealed: a workshop carries its module whole (about 100 KB of
 * text that compresses tenfold), and a coordinator's laptop holds every group's workshop in memory
 * while it replicates. Only key holders write what is sealed, so the size the hub sees cannot be
 * steered by an outsider to learn what is inside.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { MAX_BUNDLE_BYTES } from '../../../core/domain/bundles/format';
import { isSealedDocument, type SealedDocument } from '../../../core/domain/hub/documents';
import { workshopIdOfDocument } from '../../../core/domain/hub/workshopDocument';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const PROGRAM_KEY_BYTES = 32;
/** The most a sealed body may inflate to: a workshop's, the largest bundle the app imports (20 MB); any other's, a little more. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const maxBytesOf = (docId: string) => (workshopIdOfDocument(docId) === undefined ? MAX_BODY_BYTES : MAX_BUNDLE_BYTES);

/** The program key of one epoch: 32 random bytes. A new epoch follows each revoke. */
export interface ProgramKey {
  epoch: number;
  key: Uint8Array;
}

/** Why a hub document does not open. */
export type UnreadableReason =
  /** Sealed under an epoch whose key this laptop does not hold. */
  | 'no-key'
  /** The key held for its epoch does not open it: another program's key, or bytes changed or cut, or moved to another id. */
  | 'does-not-open'
  /** It opens, but what is inside is not deflated JSON (never written by this app). */
  | 'malformed'
  /** It opens, but inflates to more than this app takes in (a workshop above the largest bundle it imports). */
  | 'too-large'
  /** It is not a sealed document at all (no epoch or sealed bytes: never written by this app). */
  | 'not-sealed';

export class UnreadableHubDocument extends Error {
  constructor(
    readonly docId: string,
    readonly epoch: number,
    readonly reason: UnreadableReason,
  ) {
    super(`hub document ${docId} (epoch ${epoch}) does not open: ${reason}`);
    this.name = 'UnreadableHubDocument';
  }
}

function associatedData(docId: string, epoch: number): Buffer {
  return Buffer.from(`facilitator hub document v1\0${docId}\0${epoch}`, 'utf8');
}

/** The newest key: what everything is sealed under from now on. */
export function currentKey(keys: readonly ProgramKey[]): ProgramKey | undefined {
  return keys.reduce<ProgramKey | undefined>((newest, key) => (newest === undefined || key.epoch > newest.epoch ? key : newest), undefined);
}

export function sealBody(docId: string, body: unknown, programKey: ProgramKey): SealedDocument {
  if (programKey.key.length !== PROGRAM_KEY_BYTES) throw new Error('The program key must be 32 bytes.');
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', programKey.key, nonce);
  cipher.setAAD(associatedData(docId, programKey.epoch));
  const ciphertext = Buffer.concat([cipher.update(deflateRawSync(Buffer.from(JSON.stringify(body), 'utf8'))), cipher.final()]);
  return { _id: docId, epoch: programKey.epoch, sealed: Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]).toString('base64') };
}

/** The body a sealed document holds. Throws UnreadableHubDocument, never returns part of one. */
export function openBody(doc: SealedDocument, keys: readonly ProgramKey[]): unknown {
  if (!isSealedDocument(doc)) throw new UnreadableHubDocument(String((doc as { _id?: unknown })._id), Number((doc as { epoch?: unknown }).epoch), 'not-sealed');
  const programKey = keys.find((key) => key.epoch === doc.epoch);
  if (programKey === undefined) throw new UnreadableHubDocument(doc._id, doc.epoch, 'no-key');
  const bytes = Buffer.from(doc.sealed, 'base64');
  if (bytes.length < NONCE_BYTES + TAG_BYTES || programKey.key.length !== PROGRAM_KEY_BYTES) {
    throw new UnreadableHubDocument(doc._id, doc.epoch, 'does-not-open');
  }
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', programKey.key, bytes.subarray(0, NONCE_BYTES));
    decipher.setAAD(associatedData(doc._id, doc.epoch));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    plain = Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new UnreadableHubDocument(doc._id, doc.epoch, 'does-not-open');
  }
  let json: Buffer;
  try {
    json = inflateRawSync(plain, { maxOutputLength: maxBytesOf(doc._id) });
  } catch (error) {
    const tooLarge = error instanceof RangeError && (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new UnreadableHubDocument(doc._id, doc.epoch, tooLarge ? 'too-large' : 'malformed');
  }
  try {
    return JSON.parse(json.toString('utf8')) as unknown;
  } catch {
    throw new UnreadableHubDocument(doc._id, doc.epoch, 'malformed');
  }
}
