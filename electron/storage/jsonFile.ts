import { basename } from 'node:path';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durableFile';
import { errnoCode } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { plainFiles, UnreadableSealedFile, type FileCodec } from './protection/codec';

export type JsonRead =
  | { state: 'missing' }
  | { state: 'parsed'; value: unknown }
  | { state: 'unparsable'; reason: string; /** A sealed file that does not open with the key. */ unopened?: boolean };

export function serializeJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function parseJson(text: string): JsonRead {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { state: 'unparsable', reason: 'the file is empty' };
  try {
    return { state: 'parsed', value: JSON.parse(body) as unknown };
  } catch {
    return { state: 'unparsable', reason: 'the file is not valid JSON (it may be cut short)' };
  }
}

/**
 * A stored document's JSON, opened with `codec`. A sealed file that does not open (changed or cut
 * short) is unparsable like a damaged plain one; a sealed file read without the key throws.
 */
export function decodeStoredJson(relativePath: string, stored: Uint8Array, codec: FileCodec): JsonRead {
  let plain: Uint8Array;
  try {
    plain = codec.open(relativePath, stored);
  } catch (error) {
    if (error instanceof UnreadableSealedFile)
      return { state: 'unparsable', reason: 'it is protected but cannot be opened (changed or cut short)', unopened: true };
    throw error;
  }
  return parseJson(Buffer.from(plain.buffer, plain.byteOffset, plain.length).toString('utf8'));
}

/** Reads a JSON file. A missing file is not an error; a drive error (EIO, EACCES…) is thrown. */
export async function readJsonFile(
  fs: StorageFileSystem,
  path: string,
  codec: FileCodec = plainFiles,
  relativePath: string = basename(path),
): Promise<JsonRead> {
  let stored: Buffer;
  try {
    stored = await fs.readFile(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  return decodeStoredJson(relativePath, stored, codec);
}

/** Writes a JSON document durably, sealed when `codec` seals. */
export async function writeJsonFile(
  fs: StorageFileSystem,
  path: string,
  data: unknown,
  codec: FileCodec = plainFiles,
  relativePath: string = basename(path),
): Promise<void> {
  const text = serializeJson(data);
  await writeFileDurably(path, codec.sealed ? codec.seal(relativePath, Buffer.from(text, 'utf8')) : text, fs);
}

export class UnparsableFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'UnparsableFileError';
  }
}

/**
 * lowdb adapter with the durability contract lowdb's own JSONFile (steno) lacks:
 * unique temp file, fsync, rename, fsync of the folder. Validation is the repository's job.
 * `relativePath` is the file's place in the data folder, which a sealed file is bound to.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly fs: StorageFileSystem,
    readonly path: string,
    private readonly codec: FileCodec = plainFiles,
    private readonly relativePath: string = basename(path),
  ) {}

  async read(): Promise<T | null> {
    const result = await readJsonFile(this.fs, this.path, this.codec, this.relativePath);
    if (result.state === 'missing') return null;
    if (result.state === 'unparsable') throw new UnparsableFileError(this.path, result.reason);
    return result.value as T;
  }

  async write(data: T): Promise<void> {
    await writeJsonFile(this.fs, this.path, data, this.codec, this.relativePath);
  }
}
