/**
 * Files the user chose, outside the data folder: reading one in (a module, a roster, a bundle) and
 * saving an export where they asked. The one place services touch such files.
 */
import { join } from 'node:path';
import { writeFileDurably } from './durableFile';
import { saveFailure } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { nodeFileSystem } from './fs/nodeFileSystem';

/** A refusal is a sentence from storage, or what `tooLarge` made of the size (a message code, for a module). */
export type ChosenFileRead<TooLarge = string> = { ok: true; bytes: Uint8Array } | { ok: false; message: string | TooLarge };

/**
 * Reads a file the user chose, refusing a huge one by its size before reading any of it.
 * `tooLarge` words the refusal for the kind of file expected.
 */
export async function readChosenFile<TooLarge = string>(
  path: string,
  maxBytes: number,
  tooLarge: (size: number) => TooLarge,
  fs: StorageFileSystem = nodeFileSystem,
): Promise<ChosenFileRead<TooLarge>> {
  let handle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'it no longer exists' : code === 'EACCES' || code === 'EPERM' ? 'the app is not allowed to read it' : 'it could not be opened';
    return { ok: false, message: `The file could not be read: ${reason}.` };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, message: 'This is a folder, not a file.' };
    if (stats.size > maxBytes) return { ok: false, message: tooLarge(stats.size) };
    return { ok: true, bytes: await handle.readFile() };
  } catch {
    return { ok: false, message: 'The file could not be read (the drive reported an error).' };
  } finally {
    await handle.close();
  }
}

/** Writes an export durably where the user chose: resolves only once it is on disk; a StorageError says why not. */
export async function saveUserFile(target: string, data: Uint8Array | string, fs: StorageFileSystem = nodeFileSystem): Promise<void> {
  try {
    await writeFileDurably(target, data, fs);
  } catch (error) {
    throw saveFailure(target, error);
  }
}

/** Every `*.yaml` file in a folder, by name, in name order (the shipped curriculum modules, for tests and tools). */
export async function readYamlFiles(dir: string, fs: StorageFileSystem = nodeFileSystem): Promise<{ name: string; text: string }[]> {
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: (await fs.readFile(join(dir, name))).toString('utf8') })));
}
