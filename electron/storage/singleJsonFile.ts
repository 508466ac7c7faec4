/**
 * One small JSON document in the data folder, read and written whole (durably, sealed like every data
 * file), checked against its schema both ways, or absent. The hub's membership and its saved
 * connection are each one of these.
 */
import { join } from 'node:path';
import type { z } from 'zod';
import { issuesOf } from '../../core/domain/issues';
import { fsyncDirectory } from './durableFile';
import { errnoCode, invalidDataFailure, readFailure, saveFailure, StorageError } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { nodeFileSystem } from './fs/nodeFileSystem';
import { readJsonFile, writeJsonFile } from './jsonFile';
import type { FileCodec } from './protection/codec';

export interface SingleJsonFile<T> {
  /** The document, or undefined when there is none. Throws a StorageError when the file is damaged. */
  read(): Promise<T | undefined>;
  /** Replaces the document durably. */
  write(value: T): Promise<void>;
  /** Removes the document durably; nothing to do when there is none. */
  remove(): Promise<void>;
}

export interface SingleJsonFileOptions {
  dir: string;
  codec: FileCodec;
  fileSystem?: StorageFileSystem;
  /** The data store's check that it is still open (and not restoring): a locked laptop reads and writes nothing. */
  assertOpen?: (file: string) => void;
}

export function singleJsonFile<S extends z.ZodType>(file: string, schema: S, options: SingleJsonFileOptions): SingleJsonFile<z.output<S>> {
  const { dir, codec } = options;
  const fs = options.fileSystem ?? nodeFileSystem;
  const assertOpen = () => options.assertOpen?.(file);
  const path = join(dir, file);
  return {
    async read() {
      assertOpen();
      const read = await readJsonFile(fs, path, codec, file).catch((error: unknown) => {
        throw readFailure(file, error);
      });
      if (read.state === 'missing') return undefined;
      if (read.state === 'unparsable') throw new StorageError('read-failed', { code: 'data-invalid', params: { file } }, { path: file });
      const parsed = schema.safeParse(read.value);
      if (!parsed.success) throw invalidDataFailure(file, issuesOf(parsed.error));
      return parsed.data;
    },
    async write(value) {
      assertOpen();
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw invalidDataFailure(file, issuesOf(parsed.error));
      await writeJsonFile(fs, path, parsed.data, codec, file).catch((error: unknown) => {
        throw saveFailure(file, error);
      });
    },
    async remove() {
      assertOpen();
      try {
        await fs.unlink(path);
        await fsyncDirectory(fs, dir);
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') throw saveFailure(file, error, 'delete');
      }
    },
  };
}
