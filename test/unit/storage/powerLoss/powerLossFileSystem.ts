/**
 * An in-memory StorageFileSystem that models what a power cut keeps, like ext4 (data=ordered) at
 * its worst:
 *
 *   - a file's bytes are durable only once the file is fsynced; an unsynced file keeps its synced
 *     bytes or any prefix of what was written since (whatever the seed picks);
 *   - a folder's entries (files created, renamed, linked, unlinked, folders made or removed) are
 *     durable only once the folder is fsynced; of the changes since, a cut keeps some prefix, in
 *     order (a rename is one change, so it is whole or absent, never half).
 *
 * Each file and folder has an inode number and a modification time (a counter, never repeated), kept
 * by a cut as they were at the state the cut kept, which the index of workshop digests compares.
 *
 * `crashImage(seed)` is what a cut at this instant would leave; `PowerLossFileSystem.boot(image)`
 * is the machine started again on it. Every fsync reports the call site it came from (the storage
 * function that asked for it), so a test can count them and turn one off.
 */
import { posix } from 'node:path';
import type { OpenFlags, StorageFileHandle, StorageFileStats, StorageFileSystem } from '../../../../electron/storage/fs/fileSystem';

/** Inode numbers and modification times: one counter for the whole process, so none ever repeats. */
let stamps = 0;
const nextStamp = () => (stamps += 1);

interface FileNode {
  kind: 'file';
  ino: number;
  mtime: number;
  syncedMtime: number;
  /** What a read sees (the page cache). Never changed in place: each write makes a new buffer. */
  data: Buffer;
  /** What survives a cut for sure. */
  synced: Buffer;
}

/** A change to a folder's entries, with the folder's modification time after it. */
type Change = ({ type: 'set'; name: string; node: Node } | { type: 'delete'; name: string } | { type: 'rename'; from: string; to: string; node: Node }) & {
  mtime?: number;
};

interface DirNode {
  kind: 'dir';
  ino: number;
  mtime: number;
  syncedMtime: number;
  entries: Map<string, Node>;
  synced: Map<string, Node>;
  /** Entry changes since the last fsync of this folder, oldest first. */
  pending: Change[];
}

type Node = FileNode | DirNode;

/** A frozen data folder tree as a cut left it: each file's bytes, each folder's entries. */
export type CrashImage = DirNode;

function fail(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function newDir(ino = nextStamp(), mtime = nextStamp()): DirNode {
  return { kind: 'dir', ino, mtime, syncedMtime: mtime, entries: new Map(), synced: new Map(), pending: [] };
}

function newFile(ino: number, mtime: number, data: Buffer): FileNode {
  return { kind: 'file', ino, mtime, syncedMtime: mtime, data, synced: data };
}

function applyChange(entries: Map<string, Node>, change: Change): void {
  if (change.type === 'set') entries.set(change.name, change.node);
  else if (change.type === 'delete') entries.delete(change.name);
  else {
    entries.delete(change.from);
    entries.set(change.to, change.node);
  }
}

function commonPrefix(a: Buffer, b: Buffer): number {
  const length = Math.min(a.length, b.length);
  let index = 0;
  while (index < length && a[index] === b[index]) index += 1;
  return index;
}

/** The frame of the storage code that asked for an fsync: `function (file:line)`, past the seam's helpers. */
function callSite(stack: string | undefined): string {
  const frames = (stack ?? '').split('\n').slice(1);
  for (const frame of frames) {
    const match = /at (?:async )?(\S+) \((.+):(\d+):\d+\)/.exec(frame);
    if (!match) continue;
    const [, name, file, line] = match as unknown as [string, string, string, string];
    if (!file.includes('/electron/storage/')) continue;
    if (name === 'fsyncDirectory') continue;
    return `${name} (${file.slice(file.indexOf('electron/storage/'))}:${line})`;
  }
  return 'unknown';
}

export interface PowerLossOptions {
  /** Called before every operation that changes something (and every fsync): where a cut may fall. */
  beforeChange?: () => void;
  /** An fsync call site (as reported in `syncSites`) that does nothing: the mutation check. */
  disabledSite?: string;
}

export class PowerLossFileSystem implements StorageFileSystem {
  /** How many fsyncs each call site asked for. */
  readonly syncSites = new Map<string, number>();
  private readonly root: DirNode;

  constructor(
    private readonly options: PowerLossOptions = {},
    root: DirNode = newDir(),
  ) {
    this.root = root;
  }

  /** A machine started on what a cut left: everything in the image is durable. */
  static boot(image: CrashImage, options: PowerLossOptions = {}): PowerLossFileSystem {
    return new PowerLossFileSystem(options, thaw(image));
  }

  /**
   * What a cut now would leave, chosen by `seed`: per folder some prefix of its unsynced entry
   * changes, per file its synced bytes or some prefix of its unsynced ones. Half the time a choice
   * is the harshest one (nothing unsynced survives), so losses show up quickly.
   */
  crashImage(seed: number): CrashImage {
    const random = seededRandom(seed);
    const harsh = () => random() < 0.5;
    const copies = new Map<Node, Node>();
    const survive = (node: Node): Node => {
      const known = copies.get(node);
      if (known) return known;
      if (node.kind === 'file') {
        let bytes = node.synced;
        let mtime = node.syncedMtime;
        if (node.data !== node.synced && !harsh()) {
          const keep = commonPrefix(node.synced, node.data);
          const length = keep + Math.floor(random() * (node.data.length - keep + 1));
          bytes = node.data.subarray(0, length);
          mtime = nextStamp(); // a state of the file no one saw
        }
        const copy = newFile(node.ino, mtime, bytes);
        copies.set(node, copy);
        return copy;
      }
      const kept = node.pending.length === 0 || harsh() ? 0 : Math.floor(random() * (node.pending.length + 1));
      const copy = newDir(node.ino, kept > 0 ? (node.pending[kept - 1]?.mtime ?? nextStamp()) : node.syncedMtime);
      copies.set(node, copy);
      const entries = new Map(node.synced);
      for (const change of node.pending.slice(0, kept)) applyChange(entries, change);
      for (const [name, child] of entries) copy.entries.set(name, survive(child));
      copy.synced = new Map(copy.entries);
      return copy;
    };
    return survive(this.root) as DirNode;
  }

  private change(): void {
    this.options.beforeChange?.();
  }

  private lookup(path: string): { parent: DirNode; name: string; node: Node | undefined } {
    const parts = posix.resolve(path).split('/').filter(Boolean);
    const name = parts.pop();
    if (name === undefined) return { parent: this.root, name: '', node: this.root };
    let parent = this.root;
    for (const part of parts) {
      const next = parent.entries.get(part);
      if (!next) throw fail('ENOENT', path);
      if (next.kind !== 'dir') throw fail('ENOTDIR', path);
      parent = next;
    }
    return { parent, name, node: parent.entries.get(name) };
  }

  private existing(path: string): Node {
    const { node } = this.lookup(path);
    if (!node) throw fail('ENOENT', path);
    return node;
  }

  private record(parent: DirNode, change: Change): void {
    applyChange(parent.entries, change);
    parent.mtime = nextStamp();
    parent.pending.push({ ...change, mtime: parent.mtime });
  }

  private sync(node: Node, site: string): void {
    this.change();
    this.syncSites.set(site, (this.syncSites.get(site) ?? 0) + 1);
    if (site === this.options.disabledSite) return;
    node.syncedMtime = node.mtime;
    if (node.kind === 'file') node.synced = node.data;
    else {
      node.synced = new Map(node.entries);
      node.pending = [];
    }
  }

  async open(path: string, flags: OpenFlags): Promise<StorageFileHandle> {
    const found = this.lookup(path);
    let node = found.node;
    if (flags === 'wx' && node) throw fail('EEXIST', path);
    if (flags === 'r' && !node) throw fail('ENOENT', path);
    if (!node) {
      this.change();
      const stamp = nextStamp();
      node = newFile(stamp, stamp, Buffer.alloc(0));
      this.record(found.parent, { type: 'set', name: found.name, node });
    }
    const target = node;
    const asFile = (): FileNode => {
      if (target.kind !== 'file') throw fail('EISDIR', path);
      return target;
    };
    return {
      write: async (data) => {
        const file = asFile();
        this.change();
        file.data = Buffer.concat([file.data, typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)]);
        file.mtime = nextStamp();
      },
      truncate: async (length) => {
        const file = asFile();
        this.change();
        file.data = Buffer.from(file.data.subarray(0, length));
        file.mtime = nextStamp();
      },
      sync: async () => this.sync(target, callSite(new Error().stack)),
      stat: async () => statsOf(target),
      readFile: async () => Buffer.from(asFile().data),
      close: async () => undefined,
    };
  }

  async readFile(path: string): Promise<Buffer> {
    const node = this.existing(path);
    if (node.kind !== 'file') throw fail('EISDIR', path);
    return Buffer.from(node.data);
  }

  async readdir(path: string): Promise<string[]> {
    const node = this.existing(path);
    if (node.kind !== 'dir') throw fail('ENOTDIR', path);
    return [...node.entries.keys()].sort();
  }

  async stat(path: string): Promise<StorageFileStats> {
    return statsOf(this.existing(path));
  }

  async mkdir(path: string, options: { recursive?: boolean } = {}): Promise<string | undefined> {
    const parts = posix.resolve(path).split('/').filter(Boolean);
    let parent = this.root;
    let first: string | undefined;
    for (const [index, part] of parts.entries()) {
      const here = `/${parts.slice(0, index + 1).join('/')}`;
      const next = parent.entries.get(part);
      if (next) {
        if (next.kind !== 'dir') throw fail('ENOTDIR', here);
        if (index === parts.length - 1 && !options.recursive) throw fail('EEXIST', here);
        parent = next;
        continue;
      }
      if (index < parts.length - 1 && !options.recursive) throw fail('ENOENT', here);
      this.change();
      const made = newDir();
      this.record(parent, { type: 'set', name: part, node: made });
      first ??= here;
      parent = made;
    }
    return first;
  }

  async rename(from: string, to: string): Promise<void> {
    const source = this.lookup(from);
    const target = this.lookup(to);
    if (!source.node) throw fail('ENOENT', from);
    if (source.parent !== target.parent) throw new Error(`The power-loss model renames only within a folder: ${from} -> ${to}`);
    if (target.node?.kind === 'dir' && target.node.entries.size > 0) throw fail('ENOTEMPTY', to);
    this.change();
    this.record(source.parent, { type: 'rename', from: source.name, to: target.name, node: source.node });
  }

  async link(existing: string, newPath: string): Promise<void> {
    const node = this.existing(existing);
    const target = this.lookup(newPath);
    if (target.node) throw fail('EEXIST', newPath);
    this.change();
    this.record(target.parent, { type: 'set', name: target.name, node });
  }

  async unlink(path: string): Promise<void> {
    const found = this.lookup(path);
    if (!found.node) throw fail('ENOENT', path);
    if (found.node.kind === 'dir') throw fail('EISDIR', path);
    this.change();
    this.record(found.parent, { type: 'delete', name: found.name });
  }

  async rm(path: string, options: { recursive?: boolean; force?: boolean } = {}): Promise<void> {
    let found;
    try {
      found = this.lookup(path);
    } catch (error) {
      if (options.force) return;
      throw error;
    }
    if (!found.node) {
      if (options.force) return;
      throw fail('ENOENT', path);
    }
    if (found.node.kind === 'dir' && found.node.entries.size > 0 && !options.recursive) throw fail('ENOTEMPTY', path);
    this.change();
    this.record(found.parent, { type: 'delete', name: found.name });
  }

  async realpath(path: string): Promise<string> {
    this.existing(path);
    return posix.resolve(path);
  }
}

function statsOf(node: Node): StorageFileStats {
  return {
    size: node.kind === 'file' ? node.data.length : node.entries.size,
    ino: node.ino,
    mtimeMs: node.mtime,
    isFile: () => node.kind === 'file',
    isDirectory: () => node.kind === 'dir',
  };
}

/** A fresh, writable copy of an image (images are shared by every boot made from them). */
function thaw(image: DirNode): DirNode {
  const copies = new Map<Node, Node>();
  const copy = (node: Node): Node => {
    const known = copies.get(node);
    if (known) return known;
    if (node.kind === 'file') {
      const file = newFile(node.ino, node.mtime, node.data);
      copies.set(node, file);
      return file;
    }
    const dir = newDir(node.ino, node.mtime);
    copies.set(node, dir);
    for (const [name, child] of node.entries) dir.entries.set(name, copy(child));
    dir.synced = new Map(dir.entries);
    return dir;
  };
  return copy(image) as DirNode;
}
