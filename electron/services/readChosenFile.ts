import { open } from 'node:fs/promises';

export type ChosenFileRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Reads a file the user chose, refusing a huge one by its size before reading any of it.
 * `tooLarge` words the refusal for the kind of file expected.
 */
export async function readChosenFile(path: string, maxBytes: number, tooLarge: (size: number) => string): Promise<ChosenFileRead> {
  let handle;
  try {
    handle = await open(path, 'r');
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
