import { issuesOf } from '../../core/domain/issues';
import type { Workshop } from '../../core/domain/workshop';
import { fsyncDirectory } from './durableFile';
import { errnoCode, invalidDataFailure, notFound, saveFailure, StorageError } from './errors';
import { deepFreeze } from './freeze';
import type { StorageFileSystem } from './fs/fileSystem';
import { writeJsonFile } from './jsonFile';
import type { DocumentKind } from './kinds';
import { absolutePath, isWorkshopId, WORKSHOPS_DIR, workshopRelativePath } from './layout';
import type { FileCodec } from './protection/codec';
import { SerialQueue } from './queue';
import type { OpenCheck, WorkshopRepository } from './types';

export interface WorkshopStore extends WorkshopRepository {
  idle(): Promise<void>;
}

/** A workshop file must hold the workshop its name says. */
export function workshopIdCheck(id: string): (workshop: Workshop) => string | undefined {
  return (workshop) => (workshop.id === id ? undefined : `it holds workshop ${workshop.id}, not ${id}`);
}

/**
 * One file per workshop. All valid workshops are read at open and kept in memory; every save writes
 * only that workshop's file. Writes to one workshop run one at a time; different workshops do not wait.
 */
export function createWorkshopStore(options: {
  fs: StorageFileSystem;
  dir: string;
  kind: DocumentKind<Workshop>;
  initial: ReadonlyMap<string, Workshop>;
  /** Files written by a newer app version: left untouched, and never overwritten or removed. */
  newer: ReadonlySet<string>;
  assertOpen: OpenCheck;
  codec: FileCodec;
}): WorkshopStore {
  const { fs, dir, kind, newer, assertOpen, codec } = options;
  const workshops = new Map<string, Workshop>();
  for (const [id, workshop] of options.initial) workshops.set(id, deepFreeze(workshop));
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
    if (newer.has(id)) {
      throw new StorageError('newer-version', `Could not change ${file}: it was written by a newer version of the app. Nothing was changed.`, { path: file });
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
    try {
      await writeJsonFile(fs, absolutePath(dir, file), workshop, codec, file);
    } catch (error) {
      throw saveFailure(file, error);
    }
    const committed = deepFreeze(workshop);
    workshops.set(workshop.id, committed);
    return committed;
  }

  async function save(input: Workshop): Promise<Workshop> {
    const id = typeof input?.id === 'string' ? input.id : '';
    const file = isWorkshopId(id) ? workshopRelativePath(id) : 'the workshop';
    const workshop = validated(input, file);
    assertOpen(file);
    return queueFor(workshop.id).run(() => commit(workshop, file));
  }

  async function update(id: string, change: (current: Workshop) => Workshop): Promise<Workshop> {
    if (!isWorkshopId(id)) throw notFound('That workshop does not exist.');
    const file = workshopRelativePath(id);
    assertOpen(file);
    return queueFor(id).run(async () => {
      const current = workshops.get(id);
      if (!current) throw notFound('That workshop does not exist.');
      const next = validated(change(current), file);
      if (next.id !== id) throw new StorageError('identity-changed', `A change to ${file} tried to change the workshop's id.`, { path: file });
      return commit(next, file);
    });
  }

  async function remove(id: string): Promise<void> {
    if (!isWorkshopId(id)) throw notFound('That workshop does not exist.');
    const file = workshopRelativePath(id);
    assertOpen(file);
    await queueFor(id).run(async () => {
      refuseNewer(id, file);
      if (!workshops.has(id)) throw notFound('That workshop does not exist.');
      try {
        await fs.unlink(absolutePath(dir, file));
        await fsyncDirectory(fs, absolutePath(dir, WORKSHOPS_DIR));
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') {
          throw saveFailure(file, error, 'delete');
        }
      }
      workshops.delete(id);
    });
  }

  return {
    list: async () => [...workshops.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    get: async (id) => workshops.get(id),
    save,
    update,
    remove,
    idle: async () => {
      for (const queue of queues.values()) await queue.idle();
    },
  };
}
