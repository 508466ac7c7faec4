import { issuesOf } from '../../core/domain/issues';
import type { Workshop } from '../../core/domain/workshop';
import { invalidDataFailure, notFound, saveFailure, StorageError } from './errors';
import { deepFreeze } from './freeze';
import type { StorageFileSystem } from './fs/fileSystem';
import type { DocumentKind } from './kinds';
import { isWorkshopId, workshopRelativePath } from './layout';
import type { FileCodec } from './protection/codec';
import { SerialQueue } from './queue';
import type { OpenCheck, WorkshopRepository } from './types';
import { createWorkshopFiles, defaultFoldRule, type FoldRule } from './workshopJournal';

export interface WorkshopStore extends WorkshopRepository {
  idle(): Promise<void>;
  /** Folds every journal into its workshop file: before anything copies the files. */
  foldAll(): Promise<void>;
  /** Waits for pending writes, folds the journals and closes them. */
  close(): Promise<void>;
}

/** A workshop file must hold the workshop its name says. */
export function workshopIdCheck(id: string): (workshop: Workshop) => string | undefined {
  return (workshop) => (workshop.id === id ? undefined : `it holds workshop ${workshop.id}, not ${id}`);
}

/**
 * One file per workshop. All valid workshops are read at open and kept in memory; a new workshop is
 * written whole, a change to one is a record in its journal (workshopJournal.ts). Writes to one
 * workshop run one at a time; different workshops do not wait.
 *
 * Workshops do not go through lowdb's `Low`, unlike settings and participants (documentStore.ts):
 * `Low.write()` hands its adapter the whole document, and a mark must cost one small append, not a
 * rewrite of a file that holds a whole module. The journal needs the state before and after a change
 * to find what changed, which the store has and an adapter would have to keep a second copy of.
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
  foldRule?: FoldRule;
}): WorkshopStore {
  const { fs, dir, kind, newer, assertOpen, codec } = options;
  const workshops = new Map<string, Workshop>();
  for (const [id, workshop] of options.initial) workshops.set(id, deepFreeze(workshop));
  const queues = new Map<string, SerialQueue>();
  const files = createWorkshopFiles({
    fs,
    dir,
    codec,
    onIdle: (id) => void fold(id).catch(() => undefined), // folded again at close or past a size if this fails
    foldRule: options.foldRule ?? defaultFoldRule,
  });
  const fold = (id: string) =>
    queueFor(id).run(async () => {
      const current = workshops.get(id);
      if (current) await files.fold(id, current);
    });

  async function idle(): Promise<void> {
    for (const queue of queues.values()) await queue.idle();
  }

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
      await files.write(workshop.id, workshops.get(workshop.id), workshop);
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
        await files.remove(id);
      } catch (error) {
        throw saveFailure(file, error, 'delete');
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
    idle,
    foldAll: async () => {
      await Promise.all(files.unfolded().map(fold));
    },
    close: async () => {
      await idle();
      await Promise.all(files.unfolded().map(fold)).catch(() => undefined); // unfolded journals are replayed at the next open
      await files.close();
    },
  };
}
