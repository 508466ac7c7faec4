import { unlink } from 'node:fs/promises';
import { issuesOf } from '../../core/domain/issues';
import type { Workshop } from '../../core/domain/workshop';
import { digestOf } from '../../core/domain/workshopDigest';
import { fsyncDirectory } from './durableFile';
import { errnoCode, invalidDataFailure, notFound, readFailure, saveFailure, StorageError } from './errors';
import { deepFreeze } from './freeze';
import { readJsonFile, writeJsonFile } from './jsonFile';
import { decodeDocument, type DocumentKind } from './kinds';
import { absolutePath, isWorkshopId, WORKSHOPS_DIR, workshopRelativePath } from './layout';
import type { FileCodec } from './protection/codec';
import { SerialQueue } from './queue';
import type { OpenCheck, WorkshopRepository } from './types';
import { fileRevision, type WorkshopIndex } from './workshopIndex';

export interface WorkshopStore extends WorkshopRepository {
  idle(): Promise<void>;
  /** Waits for pending writes, then writes what the index left for later. */
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

/** Reads one workshop file (migrating it in memory if it is older). A file gone since the index was made reads as absent. */
export async function readWorkshopFile(dir: string, id: string, kind: DocumentKind<Workshop>, codec: FileCodec): Promise<Workshop | undefined> {
  const file = workshopRelativePath(id);
  let read;
  try {
    read = await readJsonFile(absolutePath(dir, file), codec, file);
  } catch (error) {
    throw readFailure(file, error);
  }
  if (read.state === 'missing') return undefined;
  if (read.state === 'unparsable') throw new StorageError('read-failed', { code: 'workshop-file-damaged', params: { file } }, { path: file });
  const decoded = decodeDocument(kind, read.value, workshopIdCheck(id));
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
 * file when asked for, and the most recently used stay in memory. Every save writes only that
 * workshop's file, then the index. Writes to one workshop run one at a time; different workshops do not wait.
 */
export function createWorkshopStore(options: {
  dir: string;
  kind: DocumentKind<Workshop>;
  /** The digests, and the files written by a newer app version (left untouched, never overwritten or removed). */
  index: WorkshopIndex;
  assertOpen: OpenCheck;
  codec: FileCodec;
  /** Counts workshop files being written, which the index must know of. */
  writes: { underWay: number };
}): WorkshopStore {
  const { dir, kind, index, assertOpen, codec, writes } = options;
  const cache = recentlyUsed<Workshop>(WORKSHOP_CACHE_SIZE);
  const queues = new Map<string, SerialQueue>();

  function queueFor(id: string): SerialQueue {
    let queue = queues.get(id);
    if (!queue) {
      queue = new SerialQueue();
      queues.set(id, queue);
    }
    return queue;
  }

  function refuseNewer(id: string, file: string): void {
    if (index.isNewer(id)) {
      throw new StorageError('newer-version', { code: 'newer-version-change', params: { file } }, { path: file });
    }
  }

  function validated(input: Workshop, file: string): Workshop {
    const parsed = kind.schema.safeParse(input);
    if (!parsed.success) throw invalidDataFailure(file, issuesOf(parsed.error));
    return parsed.data;
  }

  /** Runs in the workshop's queue: writes durably, then makes the new state the committed one. */
  async function commit(workshop: Workshop, file: string): Promise<Workshop> {
    refuseNewer(workshop.id, file);
    const settle = writeUnderWay();
    try {
      try {
        await writeJsonFile(absolutePath(dir, file), workshop, codec, file);
      } catch (error) {
        throw saveFailure(file, error);
      }
      const committed = deepFreeze(workshop);
      cache.set(workshop.id, committed);
      // The workshop is saved: an index that cannot follow now is stale, and made again at the next open.
      await fileRevision(dir, file)
        .then((revision) => index.record({ revision, digest: digestOf(committed) }, settle))
        .catch(() => undefined);
      return committed;
    } finally {
      settle();
    }
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

  async function get(id: string): Promise<Workshop | undefined> {
    if (!isWorkshopId(id)) return undefined;
    const cached = cache.get(id);
    if (cached) return cached;
    if ((await index.entry(id)) === undefined) return undefined;
    const read = await readWorkshopFile(dir, id, kind, codec);
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
    return queueFor(workshop.id).run(() => commit(workshop, file));
  }

  async function update(id: string, change: (current: Workshop) => Workshop): Promise<Workshop> {
    if (!isWorkshopId(id)) throw notFound({ code: 'workshop-missing' });
    const file = workshopRelativePath(id);
    assertOpen(file);
    return queueFor(id).run(async () => {
      const current = await get(id);
      if (!current) throw notFound({ code: 'workshop-missing' });
      const next = validated(change(current), file);
      if (next.id !== id) throw new StorageError('identity-changed', { code: 'identity-changed', params: { file } }, { path: file });
      return commit(next, file);
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
          await unlink(absolutePath(dir, file));
          await fsyncDirectory(absolutePath(dir, WORKSHOPS_DIR));
        } catch (error) {
          if (errnoCode(error) !== 'ENOENT') {
            throw saveFailure(file, error, 'delete');
          }
        }
        cache.delete(id);
        await index.forget(id, settle).catch(() => undefined);
      } finally {
        settle();
      }
    });
  }

  const idle = async () => {
    for (const queue of queues.values()) await queue.idle();
  };

  return {
    summaries: (scope = 'all') => index.digests(scope),
    get,
    save,
    update,
    remove,
    idle,
    close: async () => {
      await idle();
      await index.flush().catch(() => undefined);
    },
  };
}
