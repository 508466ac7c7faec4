/**
 * Files the user chose, outside the data folder: reading one in (a module, a roster, a bundle) and
 * saving an export where they asked. The one place services touch such files.
 */
import { join } from 'node:path';
import { writeFileDurably } from './durableFile';
import type { Message } from '../../core/domain/messages';
import { saveFailure } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { nodeFileSystem } from './fs/nodeFileSystem';

/** A refusal is a code with its parameters, worded by the renderer. */
export type ChosenFileRead = { ok: true; bytes: Uint8Array } | { ok: false; refusal: Message };

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/**
 * Reads a file the user chose, refusing a huge one by its size before reading any of it.
 */
export async function readChosenFile(path: string, maxBytes: number, fs: StorageFileSystem = nodeFileSystem): Promise<ChosenFileRead> {
  let handle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, refusal: { code: 'chosen-file-missing' } };
    if (code === 'EACCES' || code === 'EPERM') {
      return { ok: false, refusal: { code: 'chosen-file-not-allowed' } };
    }
    return { ok: false, refusal: { code: 'chosen-file-unopenable' } };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, refusal: { code: 'chosen-file-folder' } };
    if (stats.size > maxBytes) {
      return {
        ok: false,
        refusal: { code: 'chosen-file-too-large', params: { size: megabytes(stats.size), maximum: megabytes(maxBytes) } },
      };
    }
    return { ok: true, bytes: await handle.readFile() };
  } catch {
    return { ok: false, refusal: { code: 'chosen-file-drive-error' } };
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
