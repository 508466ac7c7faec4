import { issuesOf } from '../../core/domain/issues';
import type { Workshop } from '../../core/domain/workshop';
import { digestOf } from '../../core/domain/workshopDigest';
import { parseChanged } from './changeValidation';
import { invalidDataFailure, notFound, readFailure, saveFailure, StorageError } from './errors';
import { deepFreeze } from './freeze';
import type { StorageFileSystem } from './fs/fileSystem';
import { readJsonFile } from './jsonFile';
import type { DocumentKind } from './kinds';
import { absolutePath, isWorkshopId, workshopRelativePath } from './layout';
import { sameModule, SnapshotUnavailable, type ModuleSnapshots, type SnapshotReader } from './moduleSnapshots';
import type { FileCodec } from './protection/codec';
import { SerialQueue } from './queue';
import { decodeWorkshop, storedWorkshop } from './storedWorkshop';
import type { OpenCheck, WorkshopRepository } from './types';
import { fileRevision, type WorkshopIndex } from './workshopIndex';
import { createWorkshopFiles, defaultFoldRule, type FoldRule } from './workshopJournal';

export interface WorkshopStore extends WorkshopRepository {
  idle(): Promise<void>;
  /** Folds every journal into its workshop file: before anything copies the files. */
  foldAll(): Promise<void>;
  /** Waits for pending writes, folds the journals and closes them, then writes what the index left for later. */
  close(): Promise<void>;
}

/** How many whole workshops stay in memory after they were read or saved; the rest are read when asked for. */
export const WORKSHOP_CACHE_SIZE = 64;

/** The most recently used workshops, up to `capacity`. */
function recentlyUsed<T>(capacity: number) {
  const items = new Map<string, T>();
  return {
    get(id: string): T | undefined {
      const item = items.get(id);
      if (item !== undefined) {
        items.delete(id);
        items.set(id, item);
      }
      return item;
    },
    set(id: string, item: T): void {
      items.delete(id);
      items.set(id, item);
      if (items.size > capacity) items.delete(items.keys().next().value as string);
    },
    delete: (id: string) => items.delete(id),
  };
}

/**
 * Reads one workshop file (migrating it in memory if it is older), with the module its snapshot
 * holds. A file gone since the index was made reads as absent.
 */
export async function readWorkshopFile(
  fs: StorageFileSystem,
  dir: string,
  id: string,
  kind: DocumentKind<Workshop>,
  codec: FileCodec,
  snapshots: SnapshotReader,
): Promise<Workshop | undefined> {
  const file = workshopRelativePath(id);
  let read;
  try {
    read = await readJsonFile(fs, absolutePath(dir, file), codec, file);
  } catch (error) {
    throw readFailure(file, error);
  }
  if (read.state === 'missing') return undefined;
  if (read.state === 'unparsable') throw new StorageError('read-failed', { code: 'workshop-file-damaged', params: { file } }, { path: file });
  let decoded;
  try {
    decoded = await decodeWorkshop(read.value, kind, snapshots, workshopIdCheck(id));
  } catch (error) {
    if (error instanceof SnapshotUnavailable)
      throw new StorageError('read-failed', { code: 'workshop-module-unavailable', params: { file } }, { path: file, cause: error });
    throw readFailure(file, error);
  }
  if (decoded.status === 'newer') throw new StorageError('newer-version', { code: 'newer-version-read', params: { file } }, { path: file });
  if (decoded.status === 'invalid') throw new StorageError('read-failed', { code: 'workshop-file-damaged', params: { file } }, { path: file });
  return decoded.value;
}

/** A workshop file must hold the workshop its name says. */
export function workshopIdCheck(id: string): (workshop: Workshop) => string | undefined {
  return (workshop) => (workshop.id === id ? undefined : `it holds workshop ${workshop.id}, not ${id}`);
}

/**
 * One file per workshop. Lists answer from the index of digests; a whole workshop is read from its
 * file when asked for, and the most recently used stay in memory. A new workshop is written whole,
 * a change to one is a record in its journal (workshopJournal.ts), folded into the file later; after
 * every write the index records the file's revision. Writes to one workshop run one at a time;
 * different workshops do not wait.
 *
 * A workshop whose journal holds records is newer than its file: its committed state is kept in
 * `unfolded` (never evicted) until the journal is folded, so it is never read back from the file alone.
 *
 * Workshops do not go through lowdb's `Low`, unlike settings and participants (documentStore.ts):
 * `Low.write()` hands its adapter the whole document, and a mark must cost one small append, not a
 * rewrite of the whole workshop file. The journal needs the state before and after a change
 * to find what changed, which the store has and an adapter would have to keep a second copy of.
 */
export function createWorkshopStore(options: {
  fs: StorageFileSystem;
  dir: string;
  kind: DocumentKind<Workshop>;
  /** The digests, and the files written by a newer app version (left untouched, never overwritten or removed). */
  index: WorkshopIndex;
  assertOpen: OpenCheck;
  codec: FileCodec;
  /** Where workshop files name their modules: each module stored once, and shared in memory. */
  snapshots: ModuleSnapshots;
  /** Counts workshop files being written, which the index must know of. */
  writes: { underWay: number };
  foldRule?: FoldRule;
}): WorkshopStore {
  const { fs, dir, kind, index, assertOpen, codec, snapshots, writes } = options;
  const cache = recentlyUsed<Workshop>(WORKSHOP_CACHE_SIZE);
  /** Committed states of workshops whose journal holds records not yet folded into the file. */
  const unfolded = new Map<string, Workshop>();
  const queues = new Map<string, SerialQueue>();
  const files = createWorkshopFiles({
    fs,
    dir,
    codec,
    encode: (workshop) => storedWorkshop(workshop, snapshots),
    onIdle: (id) => void fold(id).catch(() => undefined), // folded again at close or past a size if this fails
    mayMakeJournals: () => index.allowJournals(),
    foldRule: options.foldRule ?? defaultFoldRule,
  });

  function queueFor(id: string): SerialQueue {
    let queue = queues.get(id);
    if (!queue) {
      queue = new SerialQueue();
      queues.set(id, queue);
    }
    return queue;
  }

  async function idle(): Promise<void> {
    for (const queue of queues.values()) await queue.idle();
  }

  /** Counts a workshop file write until the index holds it; the returned function ends it (once). */
  function writeUnderWay(): () => void {
    writes.underWay += 1;
    let counted = true;
    return () => {
      if (counted) writes.underWay -= 1;
      counted = false;
    };
  }

  /**
   * Tells the index the workshop file as it is now holds `committed`'s digest. After an append to
   * the journal the file is the one the index already names: no need to ask the disk for its revision.
   */
  async function recordInIndex(committed: Workshop, settle: () => void, fileUnchanged = false): Promise<void> {
    const asked = () => fileRevision(fs, dir, workshopRelativePath(committed.id));
    const revision = fileUnchanged ? index.entry(committed.id).then((entry) => entry?.revision ?? asked()) : asked();
    // The workshop is saved: an index that cannot follow now is stale, and made again at the next open.
    await revision.then((known) => index.record({ revision: known, digest: digestOf(committed) }, settle)).catch(() => undefined);
  }

  /** Keeps where the committed state lives in step with the journal: `unfolded` while it holds records. */
  function remember(committed: Workshop): void {
    cache.set(committed.id, committed);
    if (files.unfolded().includes(committed.id)) unfolded.set(committed.id, committed);
    else unfolded.delete(committed.id);
  }

  /** Runs in the workshop's queue: folds its journal into the file, then records the file in the index. */
  const fold = (id: string) =>
    queueFor(id).run(async () => {
      // A journal broken by a failed append holds no committed change: the committed state is then the file's.
      const current = unfolded.get(id) ?? (files.unfolded().includes(id) ? await get(id) : undefined);
      if (!current) return;
      const settle = writeUnderWay();
      try {
        await files.fold(id, current);
        unfolded.delete(id);
        await recordInIndex(current, settle);
      } finally {
        settle();
      }
    });

  const foldAll = async () => {
    await Promise.all([...new Set([...unfolded.keys(), ...files.unfolded()])].map(fold));
  };

  function refuseNewer(id: string, file: string): void {
    if (index.isNewer(id)) {
      throw new StorageError('newer-version', { code: 'newer-version-change', params: { file } }, { path: file });
    }
  }

  /** The workshop as its schema reads it; `committed`, when given, is the state it changes (see parseChanged). */
  function validated(input: Workshop, file: string, committed?: Workshop): Workshop {
    const parsed = committed ? parseChanged(kind.schema, committed, input) : parseNew(input);
    if (!parsed.success) throw invalidDataFailure(file, issuesOf(parsed.error));
    return parsed.data;
  }

  /**
   * A new workshop on a module already held checks everything but the module, which was checked when
   * it first came (a first sync saves thousands of workshops on one module).
   */
  function parseNew(input: Workshop) {
    const module = typeof input === 'object' && input !== null ? snapshots.known(input.module) : undefined;
    return module === undefined ? kind.schema.safeParse(input) : parseChanged(kind.schema, { module } as Workshop, { ...input, module });
  }

  /**
   * Runs in the workshop's queue: writes durably (a journal record when `before` is the committed
   * state, the whole file when it is not known), then makes the new state the committed one.
   */
  async function commit(input: Workshop, before: Workshop | undefined, file: string): Promise<Workshop> {
    refuseNewer(input.id, file);
    const workshop = withSharedModule(input);
    // A workshop given another module is written whole: a journal record never holds a module.
    const journalBase = before !== undefined && sameModule(before.module, workshop.module) ? before : undefined;
    const settle = writeUnderWay();
    try {
      let written;
      try {
        written = await files.write(workshop.id, journalBase, workshop);
      } catch (error) {
        throw saveFailure(file, error);
      }
      const committed = deepFreeze(workshop);
      remember(committed);
      await recordInIndex(committed, settle, written === 'appended');
      return committed;
    } finally {
      settle();
    }
  }

  /** The workshop holding the one shared instance of its module's content. */
  function withSharedModule(workshop: Workshop): Workshop {
    const module = snapshots.share(workshop.module);
    return module === workshop.module ? workshop : { ...workshop, module };
  }

  async function get(id: string): Promise<Workshop | undefined> {
    if (!isWorkshopId(id)) return undefined;
    const held = unfolded.get(id) ?? cache.get(id);
    if (held) return held;
    if ((await index.entry(id)) === undefined) return undefined;
    const read = await readWorkshopFile(fs, dir, id, kind, codec, snapshots);
    if (!read) return undefined;
    const workshop = deepFreeze(read);
    cache.set(id, workshop);
    return workshop;
  }

  async function save(input: Workshop): Promise<Workshop> {
    const id = typeof input?.id === 'string' ? input.id : '';
    const file = isWorkshopId(id) ? workshopRelativePath(id) : 'the workshop';
    const workshop = validated(input, file);
    assertOpen(file);
    // An existing workshop no longer in memory has an empty journal (else it is in `unfolded`): written whole.
    return queueFor(workshop.id).run(() => commit(workshop, unfolded.get(workshop.id) ?? cache.get(workshop.id), file));
  }

  async function update(id: string, change: (current: Workshop) => Workshop): Promise<Workshop> {
    if (!isWorkshopId(id)) throw notFound({ code: 'workshop-missing' });
    const file = workshopRelativePath(id);
    assertOpen(file);
    return queueFor(id).run(async () => {
      const current = await get(id);
      if (!current) throw notFound({ code: 'workshop-missing' });
      const changed = change(current);
      // A change that kept the module keeps the shared instance (hashed once), whichever way it was validated.
      const parsed = validated(changed, file, current);
      const next = changed.module === current.module && parsed.module !== current.module ? { ...parsed, module: current.module } : parsed;
      if (next.id !== id) throw new StorageError('identity-changed', { code: 'identity-changed', params: { file } }, { path: file });
      return commit(next, current, file);
    });
  }

  async function remove(id: string): Promise<void> {
    if (!isWorkshopId(id)) throw notFound({ code: 'workshop-missing' });
    const file = workshopRelativePath(id);
    assertOpen(file);
    await queueFor(id).run(async () => {
      refuseNewer(id, file);
      if ((await index.entry(id)) === undefined) throw notFound({ code: 'workshop-missing' });
      const settle = writeUnderWay();
      try {
        try {
          await files.remove(id);
        } catch (error) {
          throw saveFailure(file, error, 'delete');
        }
        cache.delete(id);
        unfolded.delete(id);
        await index.forget(id, settle).catch(() => undefined);
      } finally {
        settle();
      }
    });
  }

  return {
    summaries: (scope = 'all') => index.digests(scope),
    get,
    save,
    update,
    remove,
    idle,
    foldAll,
    close: async () => {
      await idle();
      await foldAll().catch(() => undefined); // unfolded journals are replayed at the next open
      const noJournalLeft = files.unfolded().length === 0;
      await files.close();
      // After the folds: the index records the folder as the journals left it.
      await index.flush(noJournalLeft).catch(() => undefined);
    },
  };
}
