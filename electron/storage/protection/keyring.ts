/**
 * The key file, `keyring.json`: the data key, never stored as it is, but wrapped (AES-256-GCM) by
 * a key made from the passphrase (scrypt), by one made from the recovery key (HKDF; the recovery
 * key is random, so it needs no slow derivation), and, where the computer's keychain is real, by the
 * keychain. Any one of them unlocks the data; changing the passphrase re-wraps the key, not the data.
 *
 * Every field is authenticated by an HMAC under a key derived from the data key, so anyone who can
 * write the data folder but does not hold the key cannot change the file's state (and so make the
 * app write plain files, or trust planted ones) without it being noticed at unlock.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdf,
  hkdfSync,
  randomFillSync,
  randomBytes,
  scrypt,
  timingSafeEqual,
  type BinaryLike,
} from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../durableFile';
import type { StorageFileSystem } from '../fs/fileSystem';
import { nodeFileSystem } from '../fs/nodeFileSystem';
import { errnoCode } from '../errors';
import { DATA_KEY_BYTES } from './codec';

export const KEYRING_FILE = 'keyring.json';

/** scrypt's cost as log2(N): 2^17 with r = 8 takes 128 MiB and about half a second, as OWASP suggests. */
export const PASSPHRASE_COST = 17;
const BLOCK_SIZE = 8;
const WRAP_CONTEXT = Buffer.from('facilitator data key, version 1', 'utf8');
const MAC_CONTEXT = Buffer.from('facilitator key file authentication, version 1', 'utf8');

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'must be base64' });

const wrapSchema = z.strictObject({ nonce: base64, sealedKey: base64 });

export const keyringSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /**
   * 'sealing' while the files are being sealed after protection was turned on, 'sealed' once all are,
   * 'unsealing' while they are being written plain again after it was turned off (the key file goes last).
   */
  state: z.enum(['sealing', 'sealed', 'unsealing']),
  // Never above the app's own cost: the MAC can only be checked after scrypt has run, so a changed
  // cost must not make an unlock spend gigabytes and seconds.
  passphrase: wrapSchema.extend({ kdf: z.literal('scrypt'), salt: base64, cost: z.number().int().min(10).max(PASSPHRASE_COST) }),
  recovery: wrapSchema.extend({ kdf: z.literal('hkdf-sha256'), salt: base64 }),
  /** The data key sealed by the computer's keychain (Electron safeStorage), for unlocking without typing. */
  keychain: z.strictObject({ backend: z.string().max(40), sealedKey: base64 }).optional(),
  /**
   * HMAC-SHA256 over every other field, under a key derived (HKDF) from the data key. Missing only in
   * a key file written before key files were authenticated: see the unlock, which adds it.
   */
  mac: base64.optional(),
});

export type Keyring = z.infer<typeof keyringSchema>;
/** A key file's fields before it is authenticated (the MAC is made as it is written). */
export type KeyringFields = Omit<Keyring, 'mac'>;
type Wrap = z.infer<typeof wrapSchema>;

/** The secret given does not unwrap the data key: a wrong passphrase or recovery key. */
export class WrongSecretError extends Error {}

/**
 * Memory of its own for key material (Buffer.alloc never hands out a slice of Node's shared pool),
 * so zeroing it wipes the only copy. `source` is wiped once copied.
 */
export function keyMemory(source: Uint8Array): Buffer {
  const key = Buffer.alloc(source.length);
  key.set(source);
  source.fill(0);
  return key;
}

export function newDataKey(): Buffer {
  return randomFillSync(Buffer.alloc(DATA_KEY_BYTES));
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
  wrappingKey.fill(0);
  return { nonce: nonce.toString('base64'), sealedKey: sealed.toString('base64') };
}

function unwrap(entry: Wrap, wrappingKey: Buffer): Buffer {
  const sealed = Buffer.from(entry.sealedKey, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(entry.nonce, 'base64'));
    decipher.setAAD(WRAP_CONTEXT);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const key = keyMemory(Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]));
    if (key.length !== DATA_KEY_BYTES) throw new WrongSecretError();
    return key;
  } catch {
    throw new WrongSecretError();
  } finally {
    wrappingKey.fill(0);
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

export async function readKeyring(dir: string, fs: StorageFileSystem = nodeFileSystem): Promise<KeyringRead> {
  let text: string;
  try {
    text = (await fs.readFile(join(dir, KEYRING_FILE))).toString('utf8');
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

/** The fields in a fixed order (keys sorted at every level), so the MAC does not depend on how the JSON was written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, field]) => field !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => `${JSON.stringify(key)}:${canonical(field)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function macOf(fields: KeyringFields, dataKey: Uint8Array): Buffer {
  // A view over HKDF's own memory, so zeroing it wipes the subkey.
  const macKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), MAC_CONTEXT, 32));
  try {
    return createHmac('sha256', macKey).update(canonical(fields)).digest();
  } finally {
    macKey.fill(0);
  }
}

/** Whether the key file is as the app wrote it under `dataKey` (no field changed, added or removed). */
export function isAuthentic(keyring: Keyring, dataKey: Uint8Array): boolean {
  const { mac, ...fields } = keyring;
  if (mac === undefined) return false;
  const stored = Buffer.from(mac, 'base64');
  const expected = macOf(fields, dataKey);
  return stored.length === expected.length && timingSafeEqual(stored, expected);
}

/** Writes the key file durably, authenticated under `dataKey`, and returns it as written. */
export async function writeKeyring(
  dir: string,
  fields: KeyringFields | Keyring,
  dataKey: Uint8Array,
  fs: StorageFileSystem = nodeFileSystem,
): Promise<Keyring> {
  const { mac: _stale, ...rest } = fields as Keyring;
  const keyring = keyringSchema.parse({ ...rest, mac: macOf(rest, dataKey).toString('base64') });
  await writeFileDurably(join(dir, KEYRING_FILE), `${JSON.stringify(keyring, null, 2)}\n`, fs);
  return keyring;
}
