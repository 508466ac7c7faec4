/**
 * Every file operation storage does goes through this interface, so a test can put storage on a
 * file system that models power loss (test/unit/storage/powerLoss/). The app uses nodeFileSystem;
 * nothing else in electron/storage imports node:fs (eslint enforces it).
 *
 * Errors carry Node's `code` (ENOENT, EEXIST, ...) whatever the implementation.
 */
export interface StorageFileStats {
  readonly size: number;
  /** Which file this is: a durable write renames a new file (a new inode) over the old one. */
  readonly ino: number;
  /** When its bytes (a folder: its entries) last changed, in milliseconds with a fraction. */
  readonly mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface StorageFileHandle {
  /** Writes the whole of `data` at the handle's position (the end, for a file opened to append). */
  write(data: string | Uint8Array): Promise<void>;
  /** The file's bytes and its folder entries are not durable until this resolves (fsync). */
  sync(): Promise<void>;
  stat(): Promise<StorageFileStats>;
  readFile(): Promise<Buffer>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/** 'r' read (a folder too, to fsync it), 'wx' create a file that must not exist, 'a' append (created if missing). */
export type OpenFlags = 'r' | 'wx' | 'a';

export interface StorageFileSystem {
  open(path: string, flags: OpenFlags, mode?: number): Promise<StorageFileHandle>;
  readFile(path: string): Promise<Buffer>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<StorageFileStats>;
  /** Resolves to the first folder created, or undefined when it existed (like node's mkdir). */
  mkdir(path: string, options?: { recursive?: boolean; mode?: number }): Promise<string | undefined>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Removes a file or folder tree; with `force`, a missing one is not an error. */
  rm(path: string, options?: { recursive?: boolean; force?: boolean }): Promise<void>;
  realpath(path: string): Promise<string>;
}
