/**
 * The key file, `keyring.json`: the data key, never stored as it is, but wrapped (AES-256-GCM) by
 * a key made from the passphrase (scrypt), by one made from the recovery key (HKDF; the recovery
 * key is random, so it needs no slow derivation), and, where the computer's keychain is real, by the
 * keychain. Any one of them unlocks the data; changing the passphrase re-wraps the key, not the data.
 */
import { createCipheriv, createDecipheriv, hkdf, randomBytes, scrypt, type BinaryLike } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../durableFile';
import { errnoCode } from '../errors';
import { DATA_KEY_BYTES } from './codec';

export const KEYRING_FILE = 'keyring.json';

/** scrypt's cost as log2(N): 2^17 with r = 8 takes 128 MiB and about half a second, as OWASP suggests. */
export const PASSPHRASE_COST = 17;
const BLOCK_SIZE = 8;
const WRAP_CONTEXT = Buffer.from('facilitator data key, version 1', 'utf8');

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'must be base64' });

const wrapSchema = z.strictObject({ nonce: base64, sealedKey: base64 });

export const keyringSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /**
   * 'sealing' while the files are being sealed after protection was turned on, 'sealed' once all are,
   * 'unsealing' while they are being written plain again after it was turned off (the key file goes last).
   */
  state: z.enum(['sealing', 'sealed', 'unsealing']),
  passphrase: wrapSchema.extend({ kdf: z.literal('scrypt'), salt: base64, cost: z.number().int().min(10).max(22) }),
  recovery: wrapSchema.extend({ kdf: z.literal('hkdf-sha256'), salt: base64 }),
  /** The data key sealed by the computer's keychain (Electron safeStorage), for unlocking without typing. */
  keychain: z.strictObject({ backend: z.string().max(40), sealedKey: base64 }).optional(),
});

export type Keyring = z.infer<typeof keyringSchema>;
type Wrap = z.infer<typeof wrapSchema>;

/** The secret given does not unwrap the data key: a wrong passphrase or recovery key. */
export class WrongSecretError extends Error {}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/** scrypt: the key a passphrase stands for, under `salt`, at `cost` (log2 N). */
export function derivePassphraseKey(passphrase: string, salt: Buffer, cost: number): Promise<Buffer> {
  const N = 2 ** cost;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { N, r: BLOCK_SIZE, p: 1, maxmem: 256 * N * BLOCK_SIZE }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function deriveRecoveryKey(recoveryKey: BinaryLike, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    hkdf('sha256', recoveryKey, salt, WRAP_CONTEXT, 32, (error, key) => (error ? reject(error) : resolve(Buffer.from(key))));
  });
}

function wrap(dataKey: Uint8Array, wrappingKey: Buffer): Wrap {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, nonce);
  cipher.setAAD(WRAP_CONTEXT);
  const sealed = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), sealedKey: sealed.toString('base64') };
}

function unwrap(entry: Wrap, wrappingKey: Buffer): Buffer {
  const sealed = Buffer.from(entry.sealedKey, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(entry.nonce, 'base64'));
    decipher.setAAD(WRAP_CONTEXT);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const key = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
    if (key.length !== DATA_KEY_BYTES) throw new WrongSecretError();
    return key;
  } catch {
    throw new WrongSecretError();
  }
}

export async function passphraseWrap(dataKey: Uint8Array, passphrase: string, cost = PASSPHRASE_COST): Promise<Keyring['passphrase']> {
  const salt = randomBytes(16);
  return { kdf: 'scrypt', salt: salt.toString('base64'), cost, ...wrap(dataKey, await derivePassphraseKey(passphrase, salt, cost)) };
}

export async function recoveryWrap(dataKey: Uint8Array, recoveryKey: Uint8Array): Promise<Keyring['recovery']> {
  const salt = randomBytes(16);
  return { kdf: 'hkdf-sha256', salt: salt.toString('base64'), ...wrap(dataKey, await deriveRecoveryKey(recoveryKey, salt)) };
}

export async function unwrapWithPassphrase(keyring: Keyring, passphrase: string): Promise<Buffer> {
  const { salt, cost } = keyring.passphrase;
  return unwrap(keyring.passphrase, await derivePassphraseKey(passphrase, Buffer.from(salt, 'base64'), cost));
}

export async function unwrapWithRecoveryKey(keyring: Keyring, recoveryKey: Uint8Array): Promise<Buffer> {
  return unwrap(keyring.recovery, await deriveRecoveryKey(recoveryKey, Buffer.from(keyring.recovery.salt, 'base64')));
}

export type KeyringRead = { state: 'missing' } | { state: 'found'; keyring: Keyring } | { state: 'damaged'; reason: string };

export async function readKeyring(dir: string): Promise<KeyringRead> {
  let text: string;
  try {
    text = await readFile(join(dir, KEYRING_FILE), 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { state: 'damaged', reason: 'it is not valid JSON (it may be cut short)' };
  }
  const parsed = keyringSchema.safeParse(value);
  return parsed.success ? { state: 'found', keyring: parsed.data } : { state: 'damaged', reason: 'it is not a key file this app wrote' };
}

export async function writeKeyring(dir: string, keyring: Keyring): Promise<void> {
  await writeFileDurably(join(dir, KEYRING_FILE), `${JSON.stringify(keyringSchema.parse(keyring), null, 2)}\n`);
}
