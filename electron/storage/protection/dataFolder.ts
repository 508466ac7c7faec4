/**
 * What protecting a data folder does to its files, as the app's session asks for it: whether the
 * folder holds data yet, a safety backup before sealing, resealing every file, removing the key file.
 */
import { join } from 'node:path';
import { createGeneration } from '../backups';
import { fsyncDirectory } from '../durableFile';
import type { StorageFileSystem } from '../fs/fileSystem';
import { nodeFileSystem } from '../fs/nodeFileSystem';
import { PARTICIPANTS_FILE, SETTINGS_FILE, WORKSHOPS_DIR, workshopIdOf } from '../layout';
import type { FileCodec } from './codec';
import { KEYRING_FILE } from './keyring';
import { dataRoots, resealFiles } from './reseal';

async function exists(fs: StorageFileSystem, path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false,
  );
}

/** Whether the folder holds any data yet: a first start has none (data without settings is not a first start). */
export async function holdsData(dir: string, fs: StorageFileSystem = nodeFileSystem): Promise<boolean> {
  if ((await exists(fs, join(dir, SETTINGS_FILE))) || (await exists(fs, join(dir, PARTICIPANTS_FILE)))) return true;
  const workshops = await fs.readdir(join(dir, WORKSHOPS_DIR)).catch(() => [] as string[]);
  return workshops.some((name) => workshopIdOf(name) !== undefined);
}

/** A backup generation of the data as it is, made before protection is turned on (it is sealed with everything else). */
export async function backUpBeforeProtecting(dir: string, now: Date, fs: StorageFileSystem = nodeFileSystem): Promise<void> {
  await createGeneration(fs, dir, now, { reason: 'protection' });
}

/** Rewrites every data file, backups included (and the second folder's copies, when given), from one codec to the other. */
export async function resealDataFolder(
  dir: string,
  secondFolder: string | undefined,
  from: FileCodec,
  to: FileCodec,
  fs: StorageFileSystem = nodeFileSystem,
): Promise<void> {
  await resealFiles(fs, await dataRoots(fs, dir, secondFolder), from, to);
}

/** Removes the key file durably: the data is plain again. */
export async function removeKeyring(dir: string, fs: StorageFileSystem = nodeFileSystem): Promise<void> {
  await fs.unlink(join(dir, KEYRING_FILE));
  await fsyncDirectory(fs, dir);
}
