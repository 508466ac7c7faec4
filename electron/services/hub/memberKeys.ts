/**
 * Each member's own key pair (X25519), and the program key wrapped for one member: an ephemeral
 * X25519 key agrees a secret with the member's public key (ECDH), HKDF-SHA256 makes an AES-256-GCM
 * key from it, and the program id, epoch and member name are authenticated with the wrap, so a wrap
 * copied into another program, epoch or member's document does not open.
 *
 * A wrap is base64 of: the ephemeral public key (SPKI, DER, 44 bytes) · nonce (12) · sealed key · tag (16).
 */
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { PROGRAM_KEY_BYTES } from '../../../core/domain/hub/joinFile';

const SPKI_BYTES = 44;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const WRAP_INFO = Buffer.from('facilitator program key wrap, version 1', 'utf8');

/** A member's key pair, as stored: the public key (SPKI, DER) and the private key (PKCS #8, DER), base64. */
export interface MemberKeyPair {
  publicKey: string;
  privateKey: string;
}

/** Whose wrap it is: bound to the wrap, so it opens only for this program, epoch and member. */
export interface WrapContext {
  programId: string;
  epoch: number;
  memberName: string;
}

/** A wrap that does not open with this member's private key (not theirs, another epoch or program, changed or cut short). */
export class ProgramKeyUnwrapError extends Error {
  constructor() {
    super('The program key wrapped for this member does not open with its key.');
    this.name = 'ProgramKeyUnwrapError';
  }
}

/** A public key in a member document that is not an X25519 key. */
export class NotAMemberKeyError extends Error {
  constructor(readonly memberName: string) {
    super(`The public key in member:${memberName} is not an X25519 key.`);
    this.name = 'NotAMemberKeyError';
  }
}

export function newMemberKeyPair(): MemberKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

function publicKeyOf(der: Buffer, memberName: string): KeyObject {
  try {
    const key = createPublicKey({ key: der, format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'x25519') throw new Error('not x25519');
    return key;
  } catch {
    throw new NotAMemberKeyError(memberName);
  }
}

function wrapKey(shared: Buffer, ephemeralPublic: Buffer, memberPublic: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPublic, memberPublic]), WRAP_INFO, 32));
}

const associatedData = (context: WrapContext) => Buffer.from(JSON.stringify(['program key', context.programId, context.epoch, context.memberName]), 'utf8');

/** The program key wrapped for the member whose public key (base64 SPKI) is given. */
export function wrapProgramKey(programKey: Uint8Array, memberPublicKey: string, context: WrapContext): string {
  if (programKey.length !== PROGRAM_KEY_BYTES) throw new Error('A program key is 32 bytes.');
  const memberPublic = Buffer.from(memberPublicKey, 'base64');
  const recipient = publicKeyOf(memberPublic, context.memberName);
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublic = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const key = wrapKey(diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient }), ephemeralPublic, memberPublic);
  try {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(associatedData(context));
    const sealed = Buffer.concat([cipher.update(programKey), cipher.final()]);
    return Buffer.concat([ephemeralPublic, nonce, sealed, cipher.getAuthTag()]).toString('base64');
  } finally {
    key.fill(0);
  }
}

/** The program key of `context.epoch`, from its wrap, with this member's key pair. Throws ProgramKeyUnwrapError. */
export function unwrapProgramKey(wrapped: string, keyPair: MemberKeyPair, context: WrapContext): Buffer {
  const bytes = Buffer.from(wrapped, 'base64');
  if (bytes.length !== SPKI_BYTES + NONCE_BYTES + PROGRAM_KEY_BYTES + TAG_BYTES) throw new ProgramKeyUnwrapError();
  const ephemeralPublic = bytes.subarray(0, SPKI_BYTES);
  const nonce = bytes.subarray(SPKI_BYTES, SPKI_BYTES + NONCE_BYTES);
  const sealed = bytes.subarray(SPKI_BYTES + NONCE_BYTES, bytes.length - TAG_BYTES);
  let key: Buffer | undefined;
  try {
    const privateKey = createPrivateKey({ key: Buffer.from(keyPair.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
    const shared = diffieHellman({ privateKey, publicKey: createPublicKey({ key: ephemeralPublic, format: 'der', type: 'spki' }) });
    key = wrapKey(shared, ephemeralPublic, Buffer.from(keyPair.publicKey, 'base64'));
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(associatedData(context));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed), decipher.final()]);
  } catch {
    throw new ProgramKeyUnwrapError();
  } finally {
    key?.fill(0);
  }
}
