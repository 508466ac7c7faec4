/**
 * A file sealed by a passphrase alone, for files that leave the computer (workshop bundles): the
 * person who imports it needs only the passphrase, never this computer's data key.
 * Layout: `FCB1` · scrypt cost (1 byte) · salt (16) · nonce (12) · ciphertext · tag (16).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { derivePassphraseKey, PASSPHRASE_COST, WrongSecretError } from './keyring';

const MAGIC = Buffer.from('FCB1', 'ascii');
const HEADER = MAGIC.length + 1 + 16 + 12;
const CONTEXT = Buffer.from('facilitator passphrase-sealed file, version 1', 'utf8');

/** The lowest scrypt cost (log2 N) a sealed file may name. */
const MIN_COST = 10;

/**
 * A sealed file names its own scrypt cost, and it comes from whoever made the file. No more than the
 * app itself uses is accepted: a crafted file asking for 2^22 would take 4 GiB and seconds of main's
 * time per try. (r, p and the memory limit are the app's constants, never read from the file.)
 */
export const MAX_SEALED_FILE_COST = PASSPHRASE_COST;

/** Thrown before any key is derived when a sealed file asks for a cost outside the app's own range. */
export class UnreasonableSealCostError extends Error {
  constructor(readonly cost: number) {
    super(`The file asks for a passphrase cost of 2^${cost}; this app makes and opens files of 2^${MIN_COST} to 2^${MAX_SEALED_FILE_COST} only.`);
    this.name = 'UnreasonableSealCostError';
  }
}

export function isPassphraseSealed(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER + 16 && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);
}

/** Refuses a sealed file whose scrypt cost is not one the app makes, without deriving anything. */
export function requireReasonableCost(sealed: Uint8Array): number {
  const cost = sealed[MAGIC.length] ?? 0;
  if (cost < MIN_COST || cost > MAX_SEALED_FILE_COST) throw new UnreasonableSealCostError(cost);
  return cost;
}

export async function sealWithPassphrase(plain: Uint8Array, passphrase: string, cost = PASSPHRASE_COST): Promise<Buffer> {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await derivePassphraseKey(passphrase, salt, cost), nonce);
  cipher.setAAD(CONTEXT);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.from([cost]), salt, nonce, body, cipher.getAuthTag()]);
}

/** The plain bytes; throws WrongSecretError for a wrong passphrase or a changed file. */
export async function openWithPassphrase(sealed: Uint8Array, passphrase: string): Promise<Buffer> {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.length);
  const cost = requireReasonableCost(bytes);
  const salt = bytes.subarray(MAGIC.length + 1, MAGIC.length + 17);
  const nonce = bytes.subarray(MAGIC.length + 17, HEADER);
  const key = await derivePassphraseKey(passphrase, salt, cost);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(CONTEXT);
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(HEADER, bytes.length - 16)), decipher.final()]);
  } catch {
    throw new WrongSecretError();
  }
}
