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
 * A lowdb document whose `data` only ever holds committed state: the new state is written through the
 * adapter first and assigned only after the write succeeded, so `get()` never sees a half-done update.
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
    try {
      await db.adapter.write(parsed.data);
    } catch (error) {
      throw saveFailure(file, error);
    }
    db.data = deepFreeze(parsed.data);
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
