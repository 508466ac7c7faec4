import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { forEachLimited, listGenerationsIn, pruneGenerationsIn } from './backups';
import { DIR_MODE, fsyncDirectory, removeStaleTemps, writeNewFile } from './durableFile';
import { secondFolderProblems, type SecondFolderProblem } from '../../core/domain/backups';
import { driveProblemOf, errnoCode } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { nodeFileSystem } from './fs/nodeFileSystem';
import { BACKUPS_DIR } from './layout';

/** The folder made inside the chosen second folder, so the app never mixes its copies with the user's files. */
export const SECOND_BACKUPS_DIR = 'Facilitator backups';

/** Where the generations are kept inside the chosen second folder. */
export function secondBackupsFolder(secondFolder: string): string {
  return join(secondFolder, SECOND_BACKUPS_DIR);
}

/** Plain words for why the second folder could not be used, to end "The backup copy to E:\… could not be made: …". */
export function secondFolderReason(error: unknown): SecondFolderProblem {
  const problem = driveProblemOf(error);
  return secondFolderProblems.find((known) => known === problem) ?? 'unexpected';
}

/**
 * Fails with ENOENT when the chosen folder itself is missing. It is never created: an unplugged
 * drive's mount point would otherwise quietly fill up the computer's own disk.
 */
async function requireFolder(fs: StorageFileSystem, path: string): Promise<void> {
  const info = await fs.stat(path);
  if (!info.isDirectory()) throw Object.assign(new Error(`${path} is not a folder`), { code: 'ENOTDIR' });
}

/** Copies a folder of plain files and subfolders (a generation) into `target`, which must not exist yet. */
async function copyTree(fs: StorageFileSystem, source: string, target: string): Promise<void> {
  await fs.mkdir(target, { mode: DIR_MODE });
  const entries = await Promise.all((await fs.readdir(source)).map(async (name) => ({ name, stats: await fs.stat(join(source, name)) })));
  const files = entries.filter((entry) => entry.stats.isFile()).map((entry) => entry.name);
  await forEachLimited(files, 16, async (name) => writeNewFile(fs, join(target, name), await fs.readFile(join(source, name))));
  for (const entry of entries.filter((candidate) => candidate.stats.isDirectory())) {
    await copyTree(fs, join(source, entry.name), join(target, entry.name));
  }
  await fsyncDirectory(fs, target);
}

/**
 * Copies generation `name` of the data folder `dir` to `<secondFolder>/Facilitator backups/<name>`
 * (built in a hidden temp folder, then renamed: a copy is complete or absent), then prunes the
 * generations there by the same keeping rule. Throws when the folder cannot be used.
 */
export async function copyGenerationToSecondFolder(options: {
  fs: StorageFileSystem;
  dir: string;
  name: string;
  secondFolder: string;
  now: Date;
  timeZone: string;
}): Promise<void> {
  const { fs, dir, name, secondFolder } = options;
  await requireFolder(fs, secondFolder);
  const folder = secondBackupsFolder(secondFolder);
  await fs.mkdir(folder, { mode: DIR_MODE }).catch((error: unknown) => {
    if (errnoCode(error) !== 'EEXIST') throw error;
  });
  await removeStaleTemps(fs, folder);
  if (!(await listGenerationsIn(fs, folder)).includes(name)) {
    const temp = join(folder, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await copyTree(fs, join(dir, BACKUPS_DIR, name), temp);
      await fs.rename(temp, join(folder, name));
      await fsyncDirectory(fs, folder);
    } catch (error) {
      await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
  }
  await pruneGenerationsIn(fs, folder, options.now, options.timeZone);
}

/**
 * Deletes the app's copies in a second folder (`<folder>/Facilitator backups`; the user's own files
 * there are not touched). False when the folder cannot be reached.
 */
export async function deleteCopiesIn(secondFolder: string, fs: StorageFileSystem = nodeFileSystem): Promise<boolean> {
  if ((await secondFolderProblem(secondFolder, fs)) !== undefined) return false;
  // Renamed first, so a deletion cut short never leaves half a set of copies under the real name.
  const doomed = join(secondFolder, `.${SECOND_BACKUPS_DIR}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.rename(secondBackupsFolder(secondFolder), doomed);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return true;
    throw error;
  }
  await fs.rm(doomed, { recursive: true, force: true });
  await fsyncDirectory(fs, secondFolder);
  return true;
}

/** Why the second folder cannot be read now, or undefined when it can. */
export async function secondFolderProblem(secondFolder: string, fs: StorageFileSystem = nodeFileSystem): Promise<SecondFolderProblem | undefined> {
  try {
    await requireFolder(fs, secondFolder);
    return undefined;
  } catch (error) {
    return secondFolderReason(error);
  }
}
