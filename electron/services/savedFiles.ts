import type { SavedFile } from '../../core/contract/files';
import { saveUserFile } from '../storage';
import type { DesktopHost, SaveFormat } from './host';

/** A file name every system accepts: no separators, reserved or control characters. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return cleaned || 'Facilitator';
}

/**
 * Asks where to save (suggesting `<name>.<format>`, or `<name>.<extension>` when the format's files
 * have their own extension), makes the content only then, and writes it durably: the result says
 * "saved" only once the file is on disk.
 *
 * `record` (the audit entry) is written durably before the file: a file never leaves without its
 * entry, and if the data was locked meanwhile the entry is refused and no file is written. (A write
 * that then fails leaves an entry for a file that is not there: the safe side to err on.)
 */
export async function saveToChosenFile(
  host: DesktopHost,
  name: string,
  format: SaveFormat,
  content: () => Promise<Uint8Array | string> | Uint8Array | string,
  options: { extension?: string; record?: () => Promise<void> } = {},
): Promise<SavedFile> {
  const target = await host.chooseSaveTarget(`${safeFileName(name)}.${options.extension ?? format}`, format);
  if (target === undefined) return { status: 'cancelled' };
  const data = await content();
  await options.record?.();
  await saveUserFile(target, data);
  return { status: 'saved', path: target };
}
