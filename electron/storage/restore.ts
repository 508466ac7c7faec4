import { join } from 'node:path';
import { parseModuleBytes } from '../../core/domain/curriculum/parse';
import { forEachLimited, listNames } from './backups';
import { fsyncDirectory, writeFileDurably } from './durableFile';
import type { Message } from '../../core/domain/messages';
import { errnoCode, saveFailure, StorageError } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { allFiles, generationFiles, type GenerationFiles, type GenerationReader } from './generationReader';
import { decodeDocument, type Decoded, type DocumentKinds } from './kinds';
import { generationSnapshotSource, snapshotReader } from './moduleSnapshots';
import { decodeWorkshop } from './storedWorkshop';
import { absolutePath, CURRICULA_DIR, isModuleFileFor, isModuleFileName, PARTICIPANTS_FILE, SETTINGS_FILE, WORKSHOPS_DIR, workshopIdOf } from './layout';
import { workshopIdCheck } from './workshops';

function refused(reason: Message, cause?: unknown): StorageError {
  return new StorageError('unusable-backup', reason, { cause });
}

/**
 * Checks every file of a generation the way opening the data folder would (parse, migrate, validate),
 * without changing anything. Throws a StorageError saying which file is wrong. Returns the files it holds.
 */
export async function checkGeneration(folder: string, kinds: DocumentKinds, reader: GenerationReader): Promise<GenerationFiles> {
  let files: GenerationFiles;
  try {
    files = await generationFiles(reader.fs, folder);
  } catch {
    throw refused({ code: 'backup-unreadable' });
  }
  if (!files.settings) throw refused({ code: 'backup-lacks-file', params: { file: SETTINGS_FILE } });
  if (!files.participants) throw refused({ code: 'backup-lacks-file', params: { file: PARTICIPANTS_FILE } });

  async function checkDocument<T>(file: string, decode: (raw: unknown) => Decoded<T> | Promise<Decoded<T>>): Promise<void> {
    let raw: unknown;
    try {
      raw = await reader.readDocument(folder, file);
    } catch (error) {
      throw refused({ code: 'backup-file-unreadable', params: { file } }, error);
    }
    let decoded: Decoded<T>;
    try {
      decoded = await decode(raw);
    } catch (error) {
      // A workshop naming a snapshot the generation does not hold whole.
      throw refused({ code: 'backup-file-damaged', params: { file } }, error);
    }
    if (decoded.status === 'newer') throw refused({ code: 'backup-file-newer', params: { file } });
    if (decoded.status === 'invalid') throw refused({ code: 'backup-file-damaged', params: { file } }, decoded.reason);
  }

  await checkDocument(SETTINGS_FILE, (raw) => decodeDocument(kinds.settings, raw));
  await checkDocument(PARTICIPANTS_FILE, (raw) => decodeDocument(kinds.participants, raw));
  // Each workshop's module from the generation's own snapshots, each read and checked once.
  const snapshots = snapshotReader(generationSnapshotSource(folder, reader));
  for (const file of files.workshops) {
    const check = workshopIdCheck(workshopIdOf(file.slice(WORKSHOPS_DIR.length + 1)) as string);
    await checkDocument(file, (raw) => decodeWorkshop(raw, kinds.workshop, snapshots, check));
  }
  for (const file of files.modules) {
    let parsed;
    try {
      parsed = parseModuleBytes(await reader.readModule(folder, file));
    } catch (error) {
      throw refused({ code: 'backup-file-unreadable', params: { file } }, error);
    }
    if (!parsed.ok || !isModuleFileFor(file.slice(CURRICULA_DIR.length + 1), parsed.module.id, parsed.module.version))
      throw refused({ code: 'backup-file-damaged', params: { file } });
  }
  return files;
}

/**
 * Makes the data files of `dir` those of the generation in `folder`: each file's bytes are copied
 * as they are, durably; workshops and modules the generation does not hold are deleted (the caller
 * has just backed them up). Module snapshots come first, so a workshop never names one not there
 * yet, and the data folder's own are kept (a snapshot is its content: the one a generation holds
 * is the same); then settings and participants, so the registry never lacks someone a restored
 * workshop names.
 */
export async function replaceDataFiles(fs: StorageFileSystem, dir: string, folder: string, files: GenerationFiles): Promise<void> {
  const copy = async (file: string) => {
    try {
      await writeFileDurably(absolutePath(dir, file), await fs.readFile(join(folder, ...file.split('/'))), fs);
    } catch (error) {
      throw saveFailure(file, error);
    }
  };
  await forEachLimited(files.snapshots, 16, copy);
  await copy(PARTICIPANTS_FILE);
  await copy(SETTINGS_FILE);
  const snapshots = new Set(files.snapshots);
  await forEachLimited(
    allFiles(files).filter((file) => file !== SETTINGS_FILE && file !== PARTICIPANTS_FILE && !snapshots.has(file)),
    16,
    copy,
  );

  const keep = new Set(allFiles(files));
  for (const [subfolder, isData] of [
    [WORKSHOPS_DIR, (name: string) => workshopIdOf(name) !== undefined],
    [CURRICULA_DIR, isModuleFileName],
  ] as const) {
    const extra = (await listNames(fs, join(dir, subfolder))).filter((name) => isData(name) && !keep.has(`${subfolder}/${name}`));
    for (const name of extra) {
      try {
        await fs.unlink(join(dir, subfolder, name));
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') throw saveFailure(`${subfolder}/${name}`, error, 'delete');
      }
    }
    if (extra.length > 0) await fsyncDirectory(fs, join(dir, subfolder));
  }
}
