import { Low } from 'lowdb';
import { issuesOf } from '../../core/domain/issues';
import { changeFailure, invalidDataFailure, saveFailure } from './errors';
import { deepFreeze } from './freeze';
import type { DurableJsonFile } from './jsonFile';
import type { DocumentKind } from './kinds';
import { SerialQueue } from './queue';
import type { DocumentRepository, OpenCheck } from './types';

export interface DocumentStore<T> extends DocumentRepository<T> {
  /** Resolves when no update is pending. */
  idle(): Promise<void>;
}

/**
 * A lowdb document whose `data` only ever holds committed state. lowdb's `write()` writes whatever
 * `data` holds, so assigning the new state first would let `get()` see it before it is on disk (or
 * after the write failed). A change is therefore staged in a second `Low` over the same durable
 * (and sealing) adapter, written with its `write()`, and becomes `db.data` only once that resolved.
 * Reading at open goes through `inspect` in dataDir.ts instead of `db.read()`: a file read there may
 * need migrating, or recovering from a backup, before it becomes a document.
 */
export function createDocumentStore<T>(options: {
  file: string;
  adapter: DurableJsonFile<T>;
  kind: DocumentKind<T>;
  initial: T;
  assertOpen: OpenCheck;
}): DocumentStore<T> {
  const { file, adapter, kind, assertOpen } = options;
  const db = new Low<T>(adapter, deepFreeze(options.initial));
  const queue = new SerialQueue();

  async function apply(change: (current: T) => T): Promise<T> {
    let next: T;
    try {
      next = change(db.data);
    } catch (error) {
      throw changeFailure(file, error);
    }
    const parsed = kind.schema.safeParse(next);
    if (!parsed.success) throw invalidDataFailure(file, issuesOf(parsed.error));
    const staged = new Low<T>(db.adapter, parsed.data);
    try {
      await staged.write();
    } catch (error) {
      throw saveFailure(file, error);
    }
    db.data = deepFreeze(staged.data);
    return db.data;
  }

  return {
    get: () => db.data,
    update: async (change) => {
      assertOpen(file);
      return queue.run(() => apply(change));
    },
    idle: () => queue.idle(),
  };
}
