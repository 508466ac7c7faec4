import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Notice } from '../../core/domain/notices';
import { parseModuleBytes } from '../../core/domain/curriculum/parse';
import { fsyncDirectory, writeFileDurably } from './durableFile';
import { errnoCode, ProtectedWithoutKeyError, readFailure, saveFailure } from './errors';
import { deepFreeze } from './freeze';
import type { StorageFileSystem } from './fs/fileSystem';
import { absolutePath, CURRICULA_DIR, isModuleFileFor, isModuleFileName, isNamedModuleFile, moduleRelativePath } from './layout';
import type { CurriculumRepository, OpenCheck, StoredModule } from './types';
import { SerialQueue } from './queue';
import { SealedWithoutKey, type FileCodec } from './protection/codec';
import { findNewestBackup, moveAside } from './recovery';
import { listNames } from './backups';

/** The module a file holds, if it is valid and is the module its name stands for. */
function decodeModuleFile(bytes: Uint8Array, name: string): StoredModule['module'] | undefined {
  const parsed = parseModuleBytes(bytes);
  if (!parsed.ok || !isModuleFileFor(name, parsed.module.id, parsed.module.version)) return undefined;
  return parsed.module;
}

/**
 * Moves a module file still named `<id>@<version>.yaml` to its hashed name: written (sealed under
 * the new name when the data is protected) durably first, the old one deleted after.
 */
async function renameByHash(fs: StorageFileSystem, dir: string, stored: StoredModule, codec: FileCodec): Promise<StoredModule> {
  const file = moduleRelativePath(stored.module.id, stored.module.version);
  try {
    await writeFileDurably(absolutePath(dir, file), codec.sealed ? codec.seal(file, Buffer.from(stored.text, 'utf8')) : stored.text, fs);
    await fs.unlink(absolutePath(dir, stored.file));
    await fsyncDirectory(fs, absolutePath(dir, CURRICULA_DIR));
  } catch (error) {
    throw saveFailure(file, error);
  }
  return { ...stored, file };
}

/**
 * Reads every imported module at open. A damaged file is moved aside and replaced by its newest
 * good backup; with no backup it stays aside and the user is told to import it again.
 */
export async function loadImportedModules(
  fs: StorageFileSystem,
  dir: string,
  now: Date,
  codec: FileCodec,
): Promise<{ modules: StoredModule[]; notices: Notice[] }> {
  /** The file's plain bytes, or undefined when a sealed file does not open. */
  const opened = (file: string, stored: Uint8Array): Uint8Array | undefined => {
    try {
      return codec.open(file, stored);
    } catch (error) {
      if (error instanceof SealedWithoutKey) throw new ProtectedWithoutKeyError(dir);
      return undefined;
    }
  };
  const names = (await fs.readdir(join(dir, CURRICULA_DIR))).sort();
  // By file: a module found under both names (renaming was cut short) is listed once.
  const modules = new Map<string, StoredModule>();
  const add = (stored: StoredModule) => modules.set(stored.file, stored);
  const notices: Notice[] = [];
  for (const name of names) {
    if (!isModuleFileName(name)) continue;
    const file = `${CURRICULA_DIR}/${name}`;
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(absolutePath(dir, file));
    } catch (error) {
      throw readFailure(file, error);
    }
    const plain = opened(file, bytes);
    const module = plain && decodeModuleFile(plain, name);
    if (plain && module) {
      const stored = { file, module, text: Buffer.from(plain).toString('utf8') };
      add(isNamedModuleFile(name) ? await renameByHash(fs, dir, stored, codec) : stored);
      continue;
    }
    const movedTo = await moveAside(fs, dir, file, now);
    const base = { id: randomUUID(), file, movedTo, at: now.toISOString() };
    const backup = await findNewestBackup(fs, dir, file, (backupBytes) => {
      const backupPlain = opened(file, backupBytes);
      const backupModule = backupPlain && decodeModuleFile(backupPlain, name);
      return backupPlain && backupModule ? { module: backupModule, text: Buffer.from(backupPlain).toString('utf8') } : undefined;
    });
    if (backup) {
      // The backup's bytes are stored as they are: sealed under the same key and name, or plain.
      await writeFileDurably(absolutePath(dir, file), backup.bytes, fs);
      add({ file, module: backup.value.module, text: backup.value.text });
      notices.push({ ...base, code: 'recovered-from-backup', restoredFrom: backup.generation });
    } else {
      notices.push({ ...base, code: 'module-set-aside' });
    }
  }
  return { modules: [...modules.values()], notices };
}

/**
 * Renames by hash the module files a backup generation still holds under `<id>@<version>.yaml`
 * (opened and sealed again under the new name when the data is protected). A file that does not
 * open or is not the module its name says is left as it is.
 */
export async function renameModuleFilesIn(fs: StorageFileSystem, generation: string, codec: FileCodec): Promise<void> {
  const folder = join(generation, CURRICULA_DIR);
  const named = (await listNames(fs, folder)).filter(isNamedModuleFile);
  for (const name of named) {
    let plain: Uint8Array;
    try {
      plain = codec.open(`${CURRICULA_DIR}/${name}`, await fs.readFile(join(folder, name)));
    } catch {
      continue;
    }
    const module = decodeModuleFile(plain, name);
    if (!module) continue;
    const file = moduleRelativePath(module.id, module.version);
    await writeFileDurably(join(generation, ...file.split('/')), codec.seal(file, plain), fs);
    await fs.unlink(join(folder, name));
  }
  if (named.length > 0) await fsyncDirectory(fs, folder);
}

export interface CurriculumStore extends CurriculumRepository {
  idle(): Promise<void>;
}

export function createCurriculumStore(options: {
  fs: StorageFileSystem;
  dir: string;
  initial: readonly StoredModule[];
  assertOpen: OpenCheck;
  codec: FileCodec;
}): CurriculumStore {
  const { fs, dir, assertOpen, codec } = options;
  const folder = absolutePath(dir, CURRICULA_DIR);
  const modules = new Map<string, StoredModule>(options.initial.map((stored) => [stored.file, deepFreeze(stored)]));
  // One queue for the whole library: an upgrade touches two files of one id, and imports are rare.
  const queue = new SerialQueue();

  async function removeFiles(files: readonly string[]): Promise<void> {
    for (const file of files) {
      try {
        await fs.unlink(absolutePath(dir, file));
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') throw saveFailure(file, error, 'delete');
      }
      modules.delete(file);
    }
    if (files.length > 0) await fsyncDirectory(fs, folder);
  }

  const filesOf = (id: string) => [...modules.values()].filter((stored) => stored.module.id === id).map((stored) => stored.file);

  return {
    list: () => [...modules.values()],
    add(module, text) {
      const file = moduleRelativePath(module.id, module.version);
      assertOpen(file);
      return queue.run(async () => {
        try {
          await writeFileDurably(absolutePath(dir, file), codec.sealed ? codec.seal(file, Buffer.from(text, 'utf8')) : text, fs);
        } catch (error) {
          throw saveFailure(file, error);
        }
        const stored = deepFreeze({ file, module, text });
        modules.set(file, stored);
        // The new version is saved; an older file that cannot be deleted only lingers, and is never shown.
        await removeFiles(filesOf(module.id).filter((other) => other !== file)).catch(() => undefined);
        return stored;
      });
    },
    remove(id) {
      assertOpen(`${CURRICULA_DIR}/${id}`);
      return queue.run(() => removeFiles(filesOf(id)));
    },
    idle: () => queue.idle(),
  };
}
