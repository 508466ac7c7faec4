/**
 * Module snapshots stored once, by content: `modules/<sha256>.json`, the hash being that of the
 * module's canonical JSON (keys sorted, no spaces) as plain text, so every workshop planned from one
 * module version names one file, sealed or not. On disk a workshop names its snapshot
 * (`moduleSnapshot`, storedWorkshop.ts); in memory it holds the module, one parsed instance per hash
 * shared by every workshop that names it.
 *
 * A snapshot is written durably before any workshop file that names it, and never rewritten: its
 * content is its name. Reading one checks that its content hashes to its name, so a workshop keeps
 * exactly the version it was planned from; a snapshot that does not (changed, cut short) or is
 * missing is taken from the newest backup that holds a good copy, and failing that the workshops
 * naming it cannot be read (SnapshotUnavailable). Snapshots no workshop names any more are kept:
 * they are small, a backup or a set-aside workshop may name them, and removing one is never needed
 * for a workshop to read.
 */
import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../core/domain/curriculum/importing';
import { moduleSchema, type CurriculumModule } from '../../core/domain/curriculum/schema';
import type { Notice } from '../../core/domain/notices';
import { errnoCode } from './errors';
import { deepFreeze } from './freeze';
import type { StorageFileSystem } from './fs/fileSystem';
import type { GenerationReader } from './generationReader';
import { decodeStoredJson, readJsonFile, writeJsonFile } from './jsonFile';
import { absolutePath, snapshotRelativePath } from './layout';
import type { FileCodec } from './protection/codec';
import { findNewestBackup, moveAside } from './recovery';

/** The snapshot file: the module as it was planned, beside the file format's own version. */
export const SNAPSHOT_SCHEMA_VERSION = 1;

interface SnapshotFile {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  module: CurriculumModule;
}

/** Hashes of module instances already hashed: committed modules are frozen, so an instance's hash never changes. */
const hashes = new WeakMap<object, string>();

/**
 * Hashes of the modules last hashed, by their plain JSON: the same text is the same content, so the
 * same hash. A first sync brings one module in thousands of workshop copies, each a new object; its
 * plain JSON costs a fraction of the canonical form.
 */
const hashesByText = new Map<string, string>();
const HASHES_BY_TEXT = 8;

/** The SHA-256 (hex) of the module's canonical JSON: the name of its snapshot. */
export function moduleHash(module: CurriculumModule): string {
  let hash = hashes.get(module);
  if (hash === undefined) {
    const text = JSON.stringify(module);
    hash = hashesByText.get(text) ?? createHash('sha256').update(canonicalJson(module), 'utf8').digest('hex');
    hashesByText.delete(text);
    hashesByText.set(text, hash);
    if (hashesByText.size > HASHES_BY_TEXT) hashesByText.delete(hashesByText.keys().next().value!);
    if (Object.isFrozen(module)) hashes.set(module, hash);
  }
  return hash;
}

/** True when two modules have the same content (the same instance, most often). */
export function sameModule(a: CurriculumModule, b: CurriculumModule): boolean {
  return a === b || moduleHash(a) === moduleHash(b);
}

/** A snapshot a workshop names that is not there, or whose content is not what its name says. */
export class SnapshotUnavailable extends Error {
  constructor(
    readonly hash: string,
    readonly problem: 'missing' | 'damaged',
  ) {
    super(`the module snapshot ${snapshotRelativePath(hash)} is ${problem === 'missing' ? 'missing' : 'damaged (its content does not match its name)'}`);
    this.name = 'SnapshotUnavailable';
  }
}

/**
 * The module in a parsed snapshot file, if the file holds the module its name says: its canonical
 * JSON hashes to `hash` and it is a valid module.
 */
export function moduleOfSnapshot(hash: string, raw: unknown): CurriculumModule | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const file = raw as Record<string, unknown>;
  if (file.schemaVersion !== SNAPSHOT_SCHEMA_VERSION || typeof file.module !== 'object' || file.module === null) return undefined;
  if (createHash('sha256').update(canonicalJson(file.module), 'utf8').digest('hex') !== hash) return undefined;
  const parsed = moduleSchema.safeParse(file.module);
  return parsed.success ? parsed.data : undefined;
}

/** Where snapshots are read from: the data folder, or a backup generation (which mirrors it). */
export interface SnapshotSource {
  /** The parsed snapshot file, or undefined when there is none. Throws when it cannot be parsed or opened. */
  read(relativePath: string): Promise<unknown>;
}

/** Reads snapshots and keeps each one parsed once, shared by every workshop that names it. */
export interface SnapshotReader {
  /** The module snapshot `hash` holds. Throws SnapshotUnavailable (or a drive error). */
  get(hash: string): Promise<CurriculumModule>;
}

/** The data folder's snapshots: read, shared and written. */
export interface ModuleSnapshots extends SnapshotReader {
  /** Writes the module's snapshot durably unless it is on disk already; resolves to its hash. */
  put(module: CurriculumModule): Promise<string>;
  /** The one shared instance of this module's content (this one, if it is the first seen). */
  share(module: CurriculumModule): CurriculumModule;
  /** The shared instance of this content when one is held (so already checked), else undefined. */
  known(module: unknown): CurriculumModule | undefined;
}

function snapshotReaderOver(
  source: SnapshotSource,
  modules: Map<string, CurriculumModule>,
  recover?: (hash: string, problem: SnapshotUnavailable) => Promise<CurriculumModule | undefined>,
): SnapshotReader {
  const loading = new Map<string, Promise<CurriculumModule>>();

  async function load(hash: string): Promise<CurriculumModule> {
    let raw: unknown;
    let unreadable = false;
    try {
      raw = await source.read(snapshotRelativePath(hash));
    } catch (error) {
      if (errnoCode(error) !== undefined) throw error; // a drive error, not a damaged file
      unreadable = true;
    }
    const module = unreadable ? undefined : moduleOfSnapshot(hash, raw);
    if (module !== undefined) return module;
    const problem = new SnapshotUnavailable(hash, raw === undefined && !unreadable ? 'missing' : 'damaged');
    const recovered = await recover?.(hash, problem);
    if (recovered === undefined) throw problem;
    return recovered;
  }

  return {
    async get(hash) {
      const known = modules.get(hash);
      if (known !== undefined) return known;
      let pending = loading.get(hash);
      if (pending === undefined) {
        pending = load(hash).then((module) => {
          const shared = modules.get(hash) ?? deepFreeze(module);
          hashes.set(shared, hash);
          modules.set(hash, shared);
          return shared;
        });
        loading.set(hash, pending);
        void pending.finally(() => loading.delete(hash)).catch(() => undefined);
      }
      return pending;
    },
  };
}

/** Snapshots read through `source` (a backup generation's, when it is checked or restored from). */
export function snapshotReader(source: SnapshotSource): SnapshotReader {
  return snapshotReaderOver(source, new Map());
}

/** Reads a data folder's (or a generation's) snapshot files with `codec`. */
export function folderSnapshotSource(fs: StorageFileSystem, dir: string, codec: FileCodec): SnapshotSource {
  return {
    async read(relativePath) {
      const read = await readJsonFile(fs, absolutePath(dir, relativePath), codec, relativePath);
      if (read.state === 'missing') return undefined;
      if (read.state === 'unparsable') throw new Error(read.reason);
      return read.value;
    },
  };
}

/** Reads the snapshots of a backup generation through `reader` (with the data folder's codec). */
export function generationSnapshotSource(folder: string, reader: GenerationReader): SnapshotSource {
  return {
    read: (relativePath) =>
      reader.readDocument(folder, relativePath).catch((error: unknown) => {
        if (errnoCode(error) === 'ENOENT') return undefined;
        throw error;
      }),
  };
}

/**
 * The snapshots of the data folder `dir`. A snapshot that is missing or damaged is restored from
 * the newest backup generation holding a good copy (the damaged file moved aside, never deleted),
 * and `onRecovered` is told.
 */
export function createModuleSnapshots(options: {
  fs: StorageFileSystem;
  dir: string;
  codec: FileCodec;
  now: () => Date;
  onRecovered?: (notice: Notice) => void;
}): ModuleSnapshots {
  const { fs, dir, codec } = options;
  /** Parsed modules by hash: the one instance every workshop naming it holds. */
  const modules = new Map<string, CurriculumModule>();
  /** Hashes whose snapshot is known to be on disk whole: written or read back in this session. */
  const onDisk = new Set<string>();
  const writing = new Map<string, Promise<void>>();

  async function recover(hash: string, problem: SnapshotUnavailable): Promise<CurriculumModule | undefined> {
    const file = snapshotRelativePath(hash);
    const backup = await findNewestBackup(fs, dir, file, (bytes) => {
      try {
        const read = decodeStoredJson(file, bytes, codec);
        return read.state === 'parsed' ? moduleOfSnapshot(hash, read.value) : undefined;
      } catch {
        return undefined; // sealed under a key we do not have
      }
    });
    if (backup === undefined) return undefined;
    const movedTo = problem.problem === 'damaged' ? await moveAside(fs, dir, file, options.now()) : undefined;
    await writeSnapshot(hash, backup.value);
    options.onRecovered?.({
      id: randomUUID(),
      code: 'module-snapshot-restored',
      file,
      ...(movedTo === undefined ? {} : { movedTo }),
      restoredFrom: backup.generation,
      at: options.now().toISOString(),
    });
    return backup.value;
  }

  const source = folderSnapshotSource(fs, dir, codec);
  const reader = snapshotReaderOver(source, modules, recover);

  async function writeSnapshot(hash: string, module: CurriculumModule): Promise<void> {
    const file = snapshotRelativePath(hash);
    const content: SnapshotFile = { schemaVersion: SNAPSHOT_SCHEMA_VERSION, module };
    await writeJsonFile(fs, absolutePath(dir, file), content, codec, file);
    onDisk.add(hash);
  }

  function share(module: CurriculumModule): CurriculumModule {
    const hash = moduleHash(module);
    const known = modules.get(hash);
    if (known !== undefined) return known;
    const shared = deepFreeze(module);
    hashes.set(shared, hash);
    modules.set(hash, shared);
    return shared;
  }

  /**
   * Makes sure the snapshot is on disk whole. One found there that hashes to its name is kept; one
   * that does not is replaced (its right content is known: it is its name).
   */
  async function store(hash: string, module: CurriculumModule): Promise<void> {
    if (onDisk.has(hash)) return;
    const found = await source.read(snapshotRelativePath(hash)).catch((error: unknown) => {
      if (errnoCode(error) !== undefined) throw error;
      return undefined;
    });
    if (moduleOfSnapshot(hash, found) !== undefined) onDisk.add(hash);
    else await writeSnapshot(hash, module);
  }

  return {
    async get(hash) {
      const module = await reader.get(hash);
      onDisk.add(hash);
      return module;
    },
    share,
    known(module) {
      try {
        return modules.get(moduleHash(module as CurriculumModule));
      } catch {
        return undefined; // not a module at all: the schema says what is wrong
      }
    },
    async put(module) {
      const hash = moduleHash(module);
      if (onDisk.has(hash)) return hash;
      let pending = writing.get(hash);
      if (pending === undefined) {
        pending = store(hash, module);
        writing.set(hash, pending);
        void pending.finally(() => writing.delete(hash)).catch(() => undefined);
      }
      await pending;
      return hash;
    },
  };
}
