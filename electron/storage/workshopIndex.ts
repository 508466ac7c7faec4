import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { byCreation, workshopDigestSchema, type WorkshopDigest } from '../../core/domain/workshopDigest';
import { DIR_MODE } from './durableFile';
import type { StorageFileSystem } from './fs/fileSystem';
import { readJsonFile, writeJsonFile } from './jsonFile';
import { absolutePath, ACTIVE_INDEX_FILE, ARCHIVED_INDEX_FILE, INDEX_DIR, WORKSHOPS_DIR } from './layout';
import type { FileCodec } from './protection/codec';

/**
 * The index of workshop digests: what opening the data folder, Today and every list read instead of
 * the workshop files. It is made from the files and only ever follows them: each part is written
 * durably after the workshop file it describes, so a crash leaves it stale, never ahead, and a stale
 * or damaged index is made again from the files.
 *
 * Two parts, so that opening does not grow with the archive: `index/active.json` (workshops not
 * archived) is read at open; `index/archived.json` when something first asks for archived workshops.
 * Freshness is checked cheaply: the active part records the workshops folder's modification time as
 * it was when written (any file written, added or removed there since changes it), and each entry
 * records its file's revision (inode, size, modification time), so a stale index is brought up to
 * date by reading only the files that changed.
 *
 * The active part also says whether the app left no journal behind when it was written (`clean`):
 * true only at a close that folded every journal, and written false, durably, before the first
 * journal of a session is made. Opening a folder whose index is clean and in step with the folder
 * need not list `workshops/` (for journals to replay or a crashed write's temp files): a listing
 * of an archive of thousands costs more than the rest of the open.
 */
export const INDEX_SCHEMA_VERSION = 1;

/** How long a write of the index waits for more workshops to list (never at close: `flush` ends the wait). */
const INDEX_WRITE_PAUSE_MS = 250;

export interface IndexEntry {
  /** The workshop file's revision this digest was made from (`fileRevision`). */
  revision: string;
  digest: WorkshopDigest;
}

const entrySchema = z.strictObject({ revision: z.string(), digest: workshopDigestSchema });

const activePartSchema = z.strictObject({
  schemaVersion: z.literal(INDEX_SCHEMA_VERSION),
  /** The workshop schemaVersion the digests were made under: another app version makes them again. */
  workshopVersion: z.number(),
  /** True when written with no journal left in `workshops/` and none to be made before the next write of this part. */
  clean: z.boolean().optional(),
  /** The workshops folder's revision when this part was written with no workshop write under way; null otherwise. */
  folder: z.string().nullable(),
  /** The stamp of the archived part written together with this one. */
  archivedStamp: z.string(),
  /** How many workshops the archived part holds and their latest change, for backup counts made without reading it. */
  archivedTally: z.strictObject({ count: z.number(), newestChange: z.string().optional() }),
  entries: z.array(entrySchema),
  /** Files written by a newer app version: never read, never overwritten. */
  newer: z.array(z.strictObject({ id: z.string(), revision: z.string() })),
});

const archivedPartSchema = z.strictObject({
  schemaVersion: z.literal(INDEX_SCHEMA_VERSION),
  stamp: z.string(),
  entries: z.array(entrySchema),
});

export type ActivePart = z.infer<typeof activePartSchema>;
export type ArchivedPart = z.infer<typeof archivedPartSchema>;

async function revisionOf(fs: StorageFileSystem, path: string): Promise<string> {
  const stats = await fs.stat(path);
  return `${stats.ino}-${stats.size}-${stats.mtimeMs}`;
}

/** Changes whenever the file is replaced (every durable write renames a new file over it). */
export function fileRevision(fs: StorageFileSystem, dir: string, relativePath: string): Promise<string> {
  return revisionOf(fs, absolutePath(dir, relativePath));
}

/** Changes whenever a file in `workshops/` is written, added, renamed or removed. */
export function folderRevision(fs: StorageFileSystem, dir: string): Promise<string> {
  return revisionOf(fs, absolutePath(dir, WORKSHOPS_DIR));
}

async function readPart<T>(fs: StorageFileSystem, dir: string, file: string, schema: z.ZodType<T>, codec: FileCodec): Promise<T | undefined> {
  try {
    const read = await readJsonFile(fs, absolutePath(dir, file), codec, file);
    if (read.state !== 'parsed') return undefined;
    const parsed = schema.safeParse(read.value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    // An index that cannot be read is made again from the files: it holds nothing of its own.
    return undefined;
  }
}

export const readActivePart = (fs: StorageFileSystem, dir: string, codec: FileCodec) => readPart(fs, dir, ACTIVE_INDEX_FILE, activePartSchema, codec);
export const readArchivedPart = (fs: StorageFileSystem, dir: string, codec: FileCodec) => readPart(fs, dir, ARCHIVED_INDEX_FILE, archivedPartSchema, codec);

export type ArchivedTally = ActivePart['archivedTally'];

export interface IndexState {
  active: Map<string, IndexEntry>;
  /** Undefined until something asks for archived workshops (then read from the archived part). */
  archived: Map<string, IndexEntry> | undefined;
  archivedStamp: string;
  /** Kept while the archived entries are not read. */
  archivedTally: ArchivedTally;
  newer: Map<string, string>;
}

function tallyOf(entries: ReadonlyMap<string, IndexEntry>): ArchivedTally {
  let newestChange: string | undefined;
  for (const { digest } of entries.values()) if (newestChange === undefined || digest.updatedAt > newestChange) newestChange = digest.updatedAt;
  return newestChange === undefined ? { count: entries.size } : { count: entries.size, newestChange };
}

/**
 * Writes the index durably: the archived part first when `archived` is given (a new stamp), then the
 * active part naming that stamp. The folder's revision is recorded only when `folderSettled`.
 */
export async function writeIndex(options: {
  fs: StorageFileSystem;
  dir: string;
  codec: FileCodec;
  workshopVersion: number;
  state: IndexState;
  archived: ReadonlyMap<string, IndexEntry> | undefined;
  folderSettled: boolean;
  /** No journal is left in `workshops/` (see `clean` above). */
  clean: boolean;
}): Promise<void> {
  const { fs, dir, codec, state } = options;
  // Made at open with the other folders; made again here if it was removed since (a lost index is only made again).
  await fs.mkdir(absolutePath(dir, INDEX_DIR), { recursive: true, mode: DIR_MODE });
  if (options.archived !== undefined) {
    const stamp = randomBytes(8).toString('hex');
    const part: ArchivedPart = { schemaVersion: INDEX_SCHEMA_VERSION, stamp, entries: [...options.archived.values()] };
    await writeJsonFile(fs, absolutePath(dir, ARCHIVED_INDEX_FILE), part, codec, ARCHIVED_INDEX_FILE);
    state.archivedStamp = stamp;
  }
  const active: ActivePart = {
    schemaVersion: INDEX_SCHEMA_VERSION,
    workshopVersion: options.workshopVersion,
    clean: options.clean,
    folder: options.folderSettled ? await folderRevision(fs, dir) : null,
    archivedStamp: state.archivedStamp,
    archivedTally: state.archived ? tallyOf(state.archived) : state.archivedTally,
    entries: [...state.active.values()],
    newer: [...state.newer].map(([id, revision]) => ({ id, revision })),
  };
  await writeJsonFile(fs, absolutePath(dir, ACTIVE_INDEX_FILE), active, codec, ACTIVE_INDEX_FILE);
}

const isArchived = (entry: IndexEntry) => entry.digest.archivedAt !== undefined;

/** Splits fresh entries into the two parts. */
export function indexStateOf(entries: Iterable<IndexEntry>, newer: Map<string, string>): IndexState {
  const active = new Map<string, IndexEntry>();
  const archived = new Map<string, IndexEntry>();
  for (const entry of entries) (isArchived(entry) ? archived : active).set(entry.digest.id, entry);
  return { active, archived, archivedStamp: '', archivedTally: tallyOf(archived), newer };
}

/** Digests that differ only in when they were last changed describe the same lists. */
function sameListing(a: WorkshopDigest, b: WorkshopDigest): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

export interface WorkshopIndex {
  /** Digests of the workshops not archived, or of all of them, oldest first. */
  digests(scope: 'active' | 'all'): Promise<WorkshopDigest[]>;
  /** The entry of a workshop, archived or not. */
  entry(id: string): Promise<IndexEntry | undefined>;
  isNewer(id: string): boolean;
  /**
   * Records a workshop file just written; writes the index soon when a list would show the change
   * (at once, and waited for, when a workshop moved in or out of the archive). `settled` is called
   * once the entry is in memory, before anything is written.
   */
  record(entry: IndexEntry, settled: () => void): Promise<void>;
  forget(id: string, settled: () => void): Promise<void>;
  /**
   * Before the first journal of a session is made: writes the index saying journals may be left, so
   * that an open after a crash looks for them. False when that could not be written (no journal then).
   */
  allowJournals(): Promise<boolean>;
  /** Writes what `record` left for later (revisions only); `clean` at a close that left no journal, to say so. */
  flush(clean?: boolean): Promise<void>;
}

/**
 * Keeps the index in step with the workshop files. `writesUnderWay` says how many workshop files are
 * being written right now: the folder's revision is recorded only when none is, since a write in
 * flight would make it describe a file the index does not.
 */
export function createWorkshopIndex(options: {
  fs: StorageFileSystem;
  dir: string;
  codec: FileCodec;
  workshopVersion: number;
  state: IndexState;
  /** Makes the archived entries from the files when the archived part is missing or out of step. */
  rebuildArchived: (active: ReadonlySet<string>, newer: ReadonlySet<string>) => Promise<Map<string, IndexEntry>>;
  writesUnderWay: () => number;
  /** Whether the index on disk already says it was left clean. */
  writtenClean: boolean;
}): WorkshopIndex {
  const { fs, dir, codec, workshopVersion, state, rebuildArchived, writesUnderWay } = options;
  let dirty = false;
  /** Journals may be made (or be left) in this session: every write of the index says it is not clean. */
  let journalsMayBeLeft = false;
  let writtenClean = options.writtenClean;
  /** The index on disk says journals may be left: they can be made without writing it again. */
  let journalsAllowed = false;
  let archivedChanged = false;
  let writing: Promise<void> = Promise.resolve();
  let loadingArchived: Promise<Map<string, IndexEntry>> | undefined;

  async function archived(): Promise<Map<string, IndexEntry>> {
    if (state.archived) return state.archived;
    loadingArchived ??= (async () => {
      const part = await readArchivedPart(fs, dir, codec);
      if (part !== undefined && part.stamp === state.archivedStamp) return new Map(part.entries.map((entry) => [entry.digest.id, entry]));
      archivedChanged = true;
      dirty = true;
      return rebuildArchived(new Set(state.active.keys()), new Set(state.newer.keys()));
    })();
    state.archived = await loadingArchived;
    return state.archived;
  }

  async function write(): Promise<void> {
    dirty = false;
    const archivedEntries = archivedChanged || state.archivedStamp === '' ? await archived() : undefined;
    archivedChanged = false;
    const clean = !journalsMayBeLeft;
    // Until the new index is in place, the one on disk may say either: not known clean.
    writtenClean = false;
    await writeIndex({ fs, dir, codec, workshopVersion, state, archived: archivedEntries, folderSettled: writesUnderWay() === 0, clean });
    writtenClean = clean;
  }

  /** Ends the pause before a write `persistSoon` queued: it starts as soon as the one under way is done. */
  let endPause: (() => void) | undefined;

  /** Index writes run one at a time, each writing the state as it is when it starts. */
  function persist(): Promise<void> {
    endPause?.();
    writing = writing.catch(() => undefined).then(write);
    return writing;
  }

  function pause(): Promise<void> {
    return new Promise((done) => {
      const timer = setTimeout(done, INDEX_WRITE_PAUSE_MS);
      endPause = () => {
        clearTimeout(timer);
        done();
      };
    });
  }

  /** The write queued behind the one under way, if any: whoever asks meanwhile shares it. */
  let queued: Promise<void> | undefined;

  /**
   * Writes the index soon, without the caller waiting: many workshops written one after another (a
   * first sync from the program hub) make a few index writes, not one each (a short pause gathers
   * them), so the cost does not grow with the square of the count. A crash before it is written leaves the index stale, which
   * the next open sees (the folder changed) and mends; one that fails is written again at close.
   */
  function persistSoon(): void {
    if (queued !== undefined) return;
    queued = writing
      .catch(() => undefined)
      .then(pause)
      .then(() => {
        endPause = undefined;
        queued = undefined;
        return write();
      });
    writing = queued;
    writing.catch(() => {
      dirty = true;
    });
  }

  async function entry(id: string): Promise<IndexEntry | undefined> {
    return state.active.get(id) ?? (state.newer.has(id) ? undefined : (await archived()).get(id));
  }

  return {
    async digests(scope) {
      const entries = scope === 'active' ? [...state.active.values()] : [...state.active.values(), ...(await archived()).values()];
      return entries.map((each) => each.digest).sort(byCreation);
    },
    entry,
    isNewer: (id) => state.newer.has(id),
    async record(next, settled) {
      const id = next.digest.id;
      const active = state.active.get(id);
      // A workshop that stays out of the archive (every mark) never reads the archived part.
      const archivedEntries = active && !isArchived(next) ? undefined : await archived();
      const before = active ?? archivedEntries?.get(id);
      state.active.delete(id);
      if (archivedEntries?.delete(id)) archivedChanged = true;
      if (isArchived(next)) {
        archivedEntries?.set(id, next);
        archivedChanged = true;
      } else {
        state.active.set(id, next);
      }
      dirty = true;
      settled();
      if (archivedChanged) await persist();
      else if (!before || !sameListing(before.digest, next.digest)) persistSoon();
    },
    async forget(id, settled) {
      let removed = state.active.delete(id);
      if (!removed && (await archived()).delete(id)) {
        removed = true;
        archivedChanged = true;
      }
      settled();
      if (removed) await persist();
    },
    async allowJournals() {
      if (journalsAllowed) return true;
      journalsMayBeLeft = true;
      try {
        await persist();
      } catch {
        return false;
      }
      journalsAllowed = true;
      return true;
    },
    async flush(clean = false) {
      endPause?.();
      await writing.catch(() => undefined);
      if (clean) {
        journalsMayBeLeft = false;
        journalsAllowed = false;
      }
      if (dirty || (clean && !writtenClean)) await persist();
    },
  };
}
