/**
 * Files the user chose, outside the data folder: reading one in (a module, a roster, a bundle) and
 * saving an export where they asked. The one place services touch such files.
 */
import { open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from './durableFile';
import type { Message } from '../../core/domain/messages';
import { saveFailure } from './errors';

/**
 * A refusal carries its code (`refusal`, worded by the renderer) and, for the callers not yet
 * moved to codes (the curriculum import), the English `message`.
 */
export type ChosenFileRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string; refusal: Message };

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/**
 * Reads a file the user chose, refusing a huge one by its size before reading any of it.
 * `tooLarge` words the English refusal for the kind of file expected (callers of `refusal` leave it out).
 */
export async function readChosenFile(
  path: string,
  maxBytes: number,
  tooLarge: (size: number) => string = (size) => `The file is ${megabytes(size)} MB; it can be at most ${megabytes(maxBytes)} MB.`,
): Promise<ChosenFileRead> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: 'The file could not be read: it no longer exists.', refusal: { code: 'chosen-file-missing' } };
    if (code === 'EACCES' || code === 'EPERM') {
      return { ok: false, message: 'The file could not be read: the app is not allowed to read it.', refusal: { code: 'chosen-file-not-allowed' } };
    }
    return { ok: false, message: 'The file could not be read: it could not be opened.', refusal: { code: 'chosen-file-unopenable' } };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, message: 'This is a folder, not a file.', refusal: { code: 'chosen-file-folder' } };
    if (stats.size > maxBytes) {
      return {
        ok: false,
        message: tooLarge(stats.size),
        refusal: { code: 'chosen-file-too-large', params: { size: megabytes(stats.size), maximum: megabytes(maxBytes) } },
      };
    }
    return { ok: true, bytes: await handle.readFile() };
  } catch {
    return { ok: false, message: 'The file could not be read (the drive reported an error).', refusal: { code: 'chosen-file-drive-error' } };
  } finally {
    await handle.close();
  }
}

/** Writes an export durably where the user chose: resolves only once it is on disk; a StorageError says why not. */
export async function saveUserFile(target: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeFileDurably(target, data);
  } catch (error) {
    throw saveFailure(target, error);
  }
}

/** Every `*.yaml` file in a folder, by name, in name order (the shipped curriculum modules, for tests and tools). */
export async function readYamlFiles(dir: string): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
}
