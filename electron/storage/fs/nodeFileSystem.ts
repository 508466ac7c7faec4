import { link, mkdir, open, readdir, readFile, realpath, rename, rm, stat, unlink } from 'node:fs/promises';
import type { StorageFileHandle, StorageFileSystem } from './fileSystem';

/** The real file system: the one module of electron/storage that imports node:fs. */
export const nodeFileSystem: StorageFileSystem = {
  async open(path, flags, mode) {
    const handle = await open(path, flags, mode);
    const wrapped: StorageFileHandle = {
      // writeFile loops until every byte is written; on a handle opened to append, it appends.
      write: (data) => handle.writeFile(data),
      sync: () => handle.sync(),
      stat: () => handle.stat(),
      readFile: () => handle.readFile(),
      truncate: (length) => handle.truncate(length),
      close: () => handle.close(),
    };
    return wrapped;
  },
  readFile: (path) => readFile(path),
  readdir: (path) => readdir(path),
  stat: (path) => stat(path),
  mkdir: (path, options) => mkdir(path, options),
  rename: (from, to) => rename(from, to),
  link: (existing, newPath) => link(existing, newPath),
  unlink: (path) => unlink(path),
  rm: (path, options) => rm(path, options),
  realpath: (path) => realpath(path),
};
