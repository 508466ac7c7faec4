import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errnoCode } from './errors';

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
export async function fsyncDirectory(dir: string): Promise<void> {
  if (isWindows) return;
  const handle = await open(dir, 'r');
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
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
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
export async function writeNewFile(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', FILE_MODE);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await unlink(path).catch(() => undefined);
    throw error;
  }
}

/**
 * Replaces `target` so that after a crash it holds either the old or the new bytes, never a mix:
 * unique temp file, fsync, rename over the target, fsync the folder. Resolves only after all of that.
 */
export async function writeFileDurably(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  await writeNewFile(temp, data);
  try {
    await renameWithRetry(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(dirname(target));
}

/** Deletes temp files (and temp folders) a crashed writer left in `dir`. Returns their names. */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: unknown) => {
    if (errnoCode(error) === 'ENOENT') return [] as string[];
    throw error;
  });
  const stale = names.filter(isTempName);
  for (const name of stale) {
    await rm(join(dir, name), { recursive: true, force: true });
  }
  return stale;
}
