import { randomUUID } from 'node:crypto';
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../api/appInfo';
import { parseModuleBytes } from '../domain/curriculum/parse';
import type { CurriculumModule } from '../domain/curriculum/schema';
import { fsyncDirectory, writeFileDurably } from './durableFile';
import { errnoCode, ProtectedWithoutKeyError, readFailure, saveFailure } from './errors';
import { deepFreeze } from './freeze';
import { absolutePath, CURRICULA_DIR, moduleFileKey, moduleRelativePath } from './layout';
import type { OpenCheck } from './documentStore';
import { SerialQueue } from './queue';
import { SealedWithoutKey, type FileCodec } from './protection/codec';
import { findNewestBackup, moveAside } from './recovery';

/** An imported module: its validated content and the exact text of the file it came from. */
export interface StoredModule {
  /** Relative to the data folder, e.g. `curricula/my-module@2.yaml`. */
  file: string;
  module: CurriculumModule;
  text: string;
}

export interface CurriculumRepository {
  /** Every imported module on disk (an id may have two versions after a crash mid-upgrade). */
  list(): StoredModule[];
  /** Writes the module's file durably, then removes the files of its other versions. */
  add(module: CurriculumModule, text: string): Promise<StoredModule>;
  /** Removes every version of an imported module. */
  remove(id: string): Promise<void>;
}

/** The module a file holds, if it is valid and is the module its name says. */
function decodeModuleFile(bytes: Uint8Array, expected: { id: string; version: number }): StoredModule['module'] | undefined {
  const parsed = parseModuleBytes(bytes);
  if (!parsed.ok || parsed.module.id !== expected.id || parsed.module.version !== expected.version) return undefined;
  return parsed.module;
}

/**
 * Reads every imported module at open. A damaged file is moved aside and replaced by its newest
 * good backup; with no backup it stays aside and the user is told to import it again.
 */
export async function loadImportedModules(dir: string, now: Date, codec: FileCodec): Promise<{ modules: StoredModule[]; notices: Notice[] }> {
  /** The file's plain bytes, or undefined when a sealed file does not open. */
  const opened = (file: string, stored: Uint8Array): Uint8Array | undefined => {
    try {
      return codec.open(file, stored);
    } catch (error) {
      if (error instanceof SealedWithoutKey) throw new ProtectedWithoutKeyError(dir);
      return undefined;
    }
  };
  const names = (await readdir(join(dir, CURRICULA_DIR))).sort();
  const modules: StoredModule[] = [];
  const notices: Notice[] = [];
  for (const name of names) {
    const key = moduleFileKey(name);
    if (!key) continue;
    const file = moduleRelativePath(key.id, key.version);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(absolutePath(dir, file));
    } catch (error) {
      throw readFailure(file, error);
    }
    const plain = opened(file, bytes);
    const module = plain && decodeModuleFile(plain, key);
    if (plain && module) {
      modules.push({ file, module, text: Buffer.from(plain).toString('utf8') });
      continue;
    }
    const movedTo = await moveAside(dir, file, now);
    const base = { id: randomUUID(), file, movedTo, at: now.toISOString() };
    const backup = await findNewestBackup(dir, file, (backupBytes) => {
      const backupPlain = opened(file, backupBytes);
      const backupModule = backupPlain && decodeModuleFile(backupPlain, key);
      return backupPlain && backupModule ? { module: backupModule, text: Buffer.from(backupPlain).toString('utf8') } : undefined;
    });
    if (backup) {
      // The backup's bytes are stored as they are: sealed under the same key and name, or plain.
      await writeFileDurably(absolutePath(dir, file), backup.bytes);
      modules.push({ file, module: backup.value.module, text: backup.value.text });
      notices.push({ ...base, code: 'recovered-from-backup', restoredFrom: backup.generation });
    } else {
      notices.push({ ...base, code: 'module-set-aside' });
    }
  }
  return { modules, notices };
}

export interface CurriculumStore extends CurriculumRepository {
  idle(): Promise<void>;
}

export function createCurriculumStore(options: { dir: string; initial: readonly StoredModule[]; assertOpen: OpenCheck; codec: FileCodec }): CurriculumStore {
  const { dir, assertOpen, codec } = options;
  const folder = absolutePath(dir, CURRICULA_DIR);
  const modules = new Map<string, StoredModule>(options.initial.map((stored) => [stored.file, deepFreeze(stored)]));
  // One queue for the whole library: an upgrade touches two files of one id, and imports are rare.
  const queue = new SerialQueue();

  async function removeFiles(files: readonly string[]): Promise<void> {
    for (const file of files) {
      try {
        await unlink(absolutePath(dir, file));
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') throw saveFailure(file, error, 'delete');
      }
      modules.delete(file);
    }
    if (files.length > 0) await fsyncDirectory(folder);
  }

  const filesOf = (id: string) => [...modules.values()].filter((stored) => stored.module.id === id).map((stored) => stored.file);

  return {
    list: () => [...modules.values()],
    add(module, text) {
      const file = moduleRelativePath(module.id, module.version);
      assertOpen(file);
      return queue.run(async () => {
        try {
          await writeFileDurably(absolutePath(dir, file), codec.sealed ? codec.seal(file, Buffer.from(text, 'utf8')) : text);
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
