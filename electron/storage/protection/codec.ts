/**
 * How data files are stored: as they are, or sealed with AES-256-GCM under the data key.
 *
 * A sealed file is `FCS1` · a random 12-byte nonce · the ciphertext · the 16-byte tag. The file's
 * path within the data folder (or within a backup generation, which mirrors it) is authenticated
 * with it, so a sealed file moved to another name does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const MAGIC = Buffer.from('FCS1', 'ascii');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

/** A sealed file that does not open: changed, cut short, or sealed under another key or name. */
export class UnreadableSealedFile extends Error {
  constructor(readonly relativePath: string) {
    super(`${relativePath} is protected but cannot be opened: it has been changed or cut short, or it belongs to other data.`);
    this.name = 'UnreadableSealedFile';
  }
}

/** A sealed file met while the data is opened without its key (the key file is missing). */
export class SealedWithoutKey extends Error {
  constructor(readonly relativePath: string) {
    super(`${relativePath} is protected, but the data is being opened without its key.`);
    this.name = 'SealedWithoutKey';
  }
}

export interface FileCodec {
  /** True when files are sealed under a data key. */
  readonly sealed: boolean;
  /** The bytes to store for the file at `relativePath` ("settings.json", "workshops/<id>.json"). */
  seal(relativePath: string, plain: Uint8Array): Uint8Array;
  /** The file's plain bytes. Throws UnreadableSealedFile or SealedWithoutKey. */
  open(relativePath: string, stored: Uint8Array): Uint8Array;
}

export function isSealed(stored: Uint8Array): boolean {
  return stored.length >= MAGIC.length && Buffer.from(stored.buffer, stored.byteOffset, MAGIC.length).equals(MAGIC);
}

/** Files as they are. A sealed one cannot be read this way, and says so rather than passing as damaged. */
export const plainFiles: FileCodec = {
  sealed: false,
  seal: (_relativePath, plain) => plain,
  open(relativePath, stored) {
    if (isSealed(stored)) throw new SealedWithoutKey(relativePath);
    return stored;
  },
};

const aad = (relativePath: string) => Buffer.from(relativePath.replaceAll('\\', '/'), 'utf8');

/**
 * Files sealed under `dataKey`. A plain file is read as it is only while `acceptPlain()` says so
 * (protection being turned on). The key is used where it is, never copied: the session zeroes
 * that one copy when the data locks.
 */
export function sealedFiles(dataKey: Uint8Array, acceptPlain: () => boolean = () => false): FileCodec {
  if (dataKey.length !== DATA_KEY_BYTES) throw new Error('The data key must be 32 bytes.');
  const key = dataKey;
  return {
    sealed: true,
    seal(relativePath, plain) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(aad(relativePath));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([MAGIC, nonce, body, cipher.getAuthTag()]);
    },
    open(relativePath, stored) {
      if (!isSealed(stored)) {
        if (acceptPlain()) return stored;
        throw new UnreadableSealedFile(relativePath);
      }
      if (stored.length < MAGIC.length + NONCE_BYTES + TAG_BYTES) throw new UnreadableSealedFile(relativePath);
      const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.length);
      const nonce = bytes.subarray(MAGIC.length, MAGIC.length + NONCE_BYTES);
      const tag = bytes.subarray(bytes.length - TAG_BYTES);
      const body = bytes.subarray(MAGIC.length + NONCE_BYTES, bytes.length - TAG_BYTES);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, nonce);
        decipher.setAAD(aad(relativePath));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]);
      } catch {
        throw new UnreadableSealedFile(relativePath);
      }
    },
  };
}
