import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { FILE_MODE } from './durableFile';
import { DataDirInUseError, errnoCode, StorageError } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { LOCK_FILE } from './layout';

/** Data folders this process holds, by real path: a second open in the same process must fail too. */
const heldInThisProcess = new Set<string>();

export interface DataDirLock {
  release(): Promise<void>;
}

function pidIn(content: string | undefined): number | undefined {
  if (content === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(content);
    if (typeof parsed === 'object' && parsed !== null && 'pid' in parsed) {
      const pid = parsed.pid;
      if (typeof pid === 'number' && Number.isInteger(pid) && pid > 0) return pid;
    }
  } catch {
    // Unparsable: a writer died before finishing the lock file.
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  // Our own pid in a lock we do not hold is left from an earlier run that had the same pid (containers).
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

async function readIfPresent(fs: StorageFileSystem, path: string): Promise<string | undefined> {
  try {
    return (await fs.readFile(path)).toString('utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Not fsynced: the lock only says which live process holds the folder, and a power cut ends every
 * process. A lock lost or cut short by one is taken over as stale at the next open (the power-loss
 * test, test/unit/storage/powerLoss, opens again after every cut).
 */
async function createLockFile(fs: StorageFileSystem, path: string, content: string): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(path, 'wx', FILE_MODE);
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.write(content);
  } catch (error) {
    await handle.close();
    await fs.unlink(path).catch(() => undefined); // do not leave an empty lock behind (e.g. a full disk)
    throw error;
  }
  await handle.close();
  return true;
}

/**
 * Moves a stale lock out of the way. Renaming first (instead of deleting) lets us check that what we
 * moved is still the stale lock we judged, not one another process created in the meantime.
 */
async function takeOverStale(fs: StorageFileSystem, path: string, staleContent: string, dir: string): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(path, aside);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await readIfPresent(fs, aside);
  if (moved !== staleContent) {
    await fs.link(aside, path).catch(() => undefined);
    await fs.unlink(aside).catch(() => undefined);
    throw new DataDirInUseError(pidIn(moved) ?? 0, dir);
  }
  await fs.unlink(aside).catch(() => undefined);
}

/** Takes `<dir>/lock`. `key` is the folder's real path. */
export async function acquireLock(fs: StorageFileSystem, dir: string, key: string, startedAt: Date): Promise<DataDirLock> {
  if (heldInThisProcess.has(key)) throw new DataDirInUseError(process.pid, dir);
  heldInThisProcess.add(key);

  const path = join(dir, LOCK_FILE);
  const content = `${JSON.stringify({ pid: process.pid, startedAt: startedAt.toISOString() })}\n`;
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      if (await createLockFile(fs, path, content)) {
        return { release: () => releaseLock(fs, path, content, key) };
      }
      const existing = await readIfPresent(fs, path);
      if (existing === undefined) continue;
      const pid = pidIn(existing);
      if (pid !== undefined && isAlive(pid)) throw new DataDirInUseError(pid, dir);
      await takeOverStale(fs, path, existing, dir);
    }
    throw new StorageError('busy', { code: 'lock-taken', params: { dir } }, { path: dir });
  } catch (error) {
    heldInThisProcess.delete(key);
    throw error;
  }
}

/** Deletes stale locks a crash left half taken over (`lock.stale-*`). Call only while holding the lock. */
export async function removeLockDebris(fs: StorageFileSystem, dir: string): Promise<void> {
  for (const name of await fs.readdir(dir)) {
    if (name.startsWith(`${LOCK_FILE}.stale-`)) await fs.unlink(join(dir, name)).catch(() => undefined);
  }
}

async function releaseLock(fs: StorageFileSystem, path: string, content: string, key: string): Promise<void> {
  try {
    // Only remove the lock if it is still ours.
    if ((await readIfPresent(fs, path)) === content) await fs.unlink(path);
  } catch {
    // A lock left behind names a process that has ended; the next open takes it over.
  } finally {
    heldInThisProcess.delete(key);
  }
}
