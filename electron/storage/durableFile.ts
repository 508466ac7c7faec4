import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errnoCode } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { nodeFileSystem } from './fs/nodeFileSystem';

const isWindows = process.platform === 'win32';

/** Files and folders the app writes hold records about minors: only the owner may read them. */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** `.settings.json.1234.9f3a….tmp`: unique per writer, hidden, and recognisable as debris after a crash. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/** Makes a rename or unlink in `dir` durable. Windows cannot open a folder for fsync and journals renames itself. */
export async function fsyncDirectory(fs: StorageFileSystem, dir: string): Promise<void> {
  if (isWindows) return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares, FUSE) do not support fsync on a folder.
    const code = errnoCode(error);
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
  } finally {
    await handle.close();
  }
}

/** Windows may briefly refuse a rename while a virus scanner or indexer holds the file. */
async function renameWithRetry(fs: StorageFileSystem, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errnoCode(error);
      const transient = isWindows && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/** Writes and fsyncs a new file that must not exist yet. Removes it again if anything fails. */
export async function writeNewFile(fs: StorageFileSystem, path: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(path, 'wx', FILE_MODE);
  try {
    try {
      await handle.write(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await fs.unlink(path).catch(() => undefined);
    throw error;
  }
}

/**
 * Replaces `target` so that after a crash it holds either the old or the new bytes, never a mix:
 * unique temp file, fsync, rename over the target, fsync the folder. Resolves only after all of that.
 */
export async function writeFileDurably(target: string, data: string | Uint8Array, fs: StorageFileSystem = nodeFileSystem): Promise<void> {
  const temp = tempPathFor(target);
  await writeNewFile(fs, temp, data);
  try {
    await renameWithRetry(fs, temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(fs, dirname(target));
}

/** Deletes temp files (and temp folders) a crashed writer left in `dir`. Returns their names. */
export async function removeStaleTemps(fs: StorageFileSystem, dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch((error: unknown) => {
    if (errnoCode(error) === 'ENOENT') return [] as string[];
    throw error;
  });
  const stale = names.filter(isTempName);
  for (const name of stale) {
    await fs.rm(join(dir, name), { recursive: true, force: true });
  }
  return stale;
}
