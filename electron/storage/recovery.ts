import { randomUUID } from 'node:crypto';
import { basename, dirname, extname, join } from 'node:path';
import type { Notice } from '../../core/domain/notices';
import { listGenerations } from './backups';
import { fsyncDirectory } from './durableFile';
import { errnoCode } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { decodeDocument, type Decoded, type DocumentKind } from './kinds';
import { decodeStoredJson, writeJsonFile } from './jsonFile';
import type { FileCodec } from './protection/codec';
import { absolutePath, BACKUPS_DIR, fileTimestamp } from './layout';

async function exists(fs: StorageFileSystem, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Renames a damaged file to `<name>.corrupt-<time>.<ext>` beside it (never deletes it).
 * Returns the new path relative to the data folder.
 */
export async function moveAside(fs: StorageFileSystem, dir: string, relativePath: string, now: Date): Promise<string> {
  const source = absolutePath(dir, relativePath);
  const extension = extname(relativePath);
  const stem = basename(relativePath, extension);
  const folder = dirname(relativePath) === '.' ? '' : `${dirname(relativePath)}/`;
  const base = `${folder}${stem}.corrupt-${fileTimestamp(now)}`;
  let target = `${base}${extension}`;
  // rename() would silently replace an earlier damaged copy with the same time stamp.
  for (let n = 1; await exists(fs, absolutePath(dir, target)); n += 1) target = `${base}-${n}${extension}`;
  await fs.rename(source, absolutePath(dir, target));
  await fsyncDirectory(fs, dirname(source));
  return target;
}

export interface GoodBackup<T> {
  generation: string;
  value: T;
}

/**
 * The newest generation holding a copy of `relativePath` that `decode` accepts (returns a value for).
 * `decode` is also given the generation's folder, where a copy may find the files it names.
 */
export async function findNewestBackup<T>(
  fs: StorageFileSystem,
  dir: string,
  relativePath: string,
  decode: (bytes: Buffer, generationFolder: string) => T | undefined | Promise<T | undefined>,
): Promise<(GoodBackup<T> & { bytes: Buffer }) | undefined> {
  for (const generation of (await listGenerations(fs, dir)).reverse()) {
    const folder = join(dir, BACKUPS_DIR, generation);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(join(folder, ...relativePath.split('/')));
    } catch {
      continue; // A missing or unreadable backup is just not a good one.
    }
    const value = await decode(bytes, folder);
    if (value !== undefined) return { generation, value, bytes };
  }
  return undefined;
}

/**
 * How a kind of file is read from a backup and written back where that is more than its JSON: a
 * workshop names its module's snapshot, found in the same generation and stored again first.
 */
export interface StoredFormat<T> {
  decode(raw: unknown, generationFolder: string): Promise<Decoded<T>>;
  encode(value: T): Promise<unknown>;
}

/** The newest generation holding a copy of `relativePath` that opens with `codec`, parses, migrates and validates. */
export async function findGoodBackup<T>(
  fs: StorageFileSystem,
  dir: string,
  relativePath: string,
  kind: DocumentKind<T>,
  codec: FileCodec,
  check?: (value: T) => string | undefined,
  format?: StoredFormat<T>,
): Promise<GoodBackup<T> | undefined> {
  return findNewestBackup(fs, dir, relativePath, async (bytes, folder) => {
    let read;
    try {
      read = decodeStoredJson(relativePath, bytes, codec);
    } catch {
      return undefined; // A backup sealed under a key we do not have is not a good one here.
    }
    if (read.state !== 'parsed') return undefined;
    const decoded = format ? await format.decode(read.value, folder) : decodeDocument(kind, read.value, check);
    return decoded.status === 'valid' ? decoded.value : undefined;
  });
}

export interface Recovered<T> {
  /** The restored content, or the defaults, or undefined when there was nothing to restore (workshops). */
  value: T | undefined;
  notice: Notice;
}

/**
 * Handles a file that is empty, cut short, not JSON or of the wrong shape: moves it aside, then
 * restores the newest good backup, else the kind's defaults (if `useDefaults`), else nothing.
 */
export async function recoverDocument<T>(options: {
  dir: string;
  relativePath: string;
  kind: DocumentKind<T>;
  now: Date;
  useDefaults: boolean;
  check?: (value: T) => string | undefined;
  codec: FileCodec;
  fs: StorageFileSystem;
  format?: StoredFormat<T>;
}): Promise<Recovered<T>> {
  const { dir, relativePath, kind, now, codec, fs, format } = options;
  const movedTo = await moveAside(fs, dir, relativePath, now);
  const backup = await findGoodBackup(fs, dir, relativePath, kind, codec, options.check, format);
  const base = { id: randomUUID(), file: relativePath, movedTo, at: now.toISOString() };
  if (backup) {
    const stored = format ? await format.encode(backup.value) : backup.value;
    await writeJsonFile(fs, absolutePath(dir, relativePath), stored, codec, relativePath);
    return { value: backup.value, notice: { ...base, code: 'recovered-from-backup', restoredFrom: backup.generation } };
  }
  if (options.useDefaults) {
    const value = kind.defaults();
    await writeJsonFile(fs, absolutePath(dir, relativePath), value, codec, relativePath);
    return { value, notice: { ...base, code: 'reset-no-backup' } };
  }
  return { value: undefined, notice: { ...base, code: 'set-aside-no-backup' } };
}
