/**
 * Turning protection on (or off) for data already on disk: every data file in the data folder and in
 * every backup generation is rewritten sealed (or plain), one durable file at a time. Files set aside
 * as damaged are data too, so they are included. A file already in the wanted form is left alone,
 * which makes a run that was interrupted safe to run again.
 */
import { join } from 'node:path';
import { writeFileDurably } from '../durableFile';
import { isTempName } from '../durableFile';
import { isJournalName } from '../workshopJournal';
import type { StorageFileSystem } from '../fs/fileSystem';
import { BACKUPS_DIR, CURRICULA_DIR, LOCK_FILE, MODULES_DIR, WORKSHOPS_DIR } from '../layout';
import { listGenerationsIn } from '../backups';
import { secondBackupsFolder, secondFolderProblem } from '../secondFolder';
import { isSealed, plainFiles, type FileCodec } from './codec';
import { KEYRING_FILE } from './keyring';

async function namesIn(fs: StorageFileSystem, path: string): Promise<string[]> {
  try {
    return await fs.readdir(path);
  } catch {
    return [];
  }
}

/** The data files under `root` (a data folder or a generation), relative to it with forward slashes. */
export async function dataFilesUnder(fs: StorageFileSystem, root: string): Promise<string[]> {
  const files: string[] = [];
  for (const name of await namesIn(fs, root)) {
    if (name === KEYRING_FILE || name.startsWith(LOCK_FILE) || isTempName(name)) continue;
    if ((await fs.stat(join(root, name))).isFile()) files.push(name);
  }
  for (const folder of [WORKSHOPS_DIR, CURRICULA_DIR, MODULES_DIR]) {
    for (const name of await namesIn(fs, join(root, folder))) {
      // A workshop's journal is folded before anything reseals (the data is closed first); its records are sealed one by one.
      if (!isTempName(name) && !isJournalName(name) && (await fs.stat(join(root, folder, name))).isFile()) files.push(`${folder}/${name}`);
    }
  }
  return files.sort();
}

/**
 * The roots holding data: the folder itself, each backup generation in it, and each generation
 * copied to the second backup folder (when one is set and plugged in).
 */
export async function dataRoots(fs: StorageFileSystem, dir: string, secondFolder?: string): Promise<string[]> {
  const generationsIn = async (folder: string) => (await namesIn(fs, folder)).filter((name) => !isTempName(name)).map((name) => join(folder, name));
  return [dir, ...(await generationsIn(join(dir, BACKUPS_DIR))), ...(secondFolder ? await generationsIn(secondBackupsFolder(secondFolder)) : [])];
}

/**
 * Seals the plain copies in a second folder's generations under `codec`. False when the folder
 * cannot be reached (nothing is done then).
 */
export async function sealCopiesIn(fs: StorageFileSystem, secondFolder: string, codec: FileCodec): Promise<boolean> {
  if ((await secondFolderProblem(secondFolder, fs)) !== undefined) return false;
  const folder = secondBackupsFolder(secondFolder);
  await resealFiles(
    fs,
    (await listGenerationsIn(fs, folder)).map((name) => join(folder, name)),
    plainFiles,
    codec,
  );
  return true;
}

/**
 * Rewrites every data file under each root from `from` to `to` (plain to sealed, or back). Returns
 * how many files were rewritten. A file that does not open with `from` is left as it is and listed.
 */
export async function resealFiles(
  fs: StorageFileSystem,
  roots: readonly string[],
  from: FileCodec,
  to: FileCodec,
): Promise<{ rewritten: number; unreadable: string[] }> {
  let rewritten = 0;
  const unreadable: string[] = [];
  for (const root of roots) {
    for (const file of await dataFilesUnder(fs, root)) {
      const path = join(root, ...file.split('/'));
      const stored = await fs.readFile(path);
      if (isSealed(stored) === to.sealed) continue;
      let plain: Uint8Array;
      try {
        plain = from.open(file, stored);
      } catch {
        unreadable.push(path);
        continue;
      }
      await writeFileDurably(path, to.seal(file, plain), fs);
      rewritten += 1;
    }
  }
  return { rewritten, unreadable };
}
