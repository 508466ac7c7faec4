/**
 * The part of PouchDB's API the hub uses, typed here rather than through @types/pouchdb-core: that
 * package declares a global `interface Buffer extends Uint8Array`, which merges into Node's Buffer
 * and breaks the typing of every Buffer in the project the moment any file imports it. This
 * declaration stands beside pouchdbRuntime.js, so TypeScript never resolves the PouchDB packages'
 * own types.
 */

export interface RevisionHistory {
  start: number;
  ids: string[];
}

/** A stored revision as PouchDB gives it back. */
export type StoredRevision<Doc> = Doc & {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: RevisionHistory;
};

export interface WriteResult {
  ok?: boolean;
  id: string;
  rev: string;
}

export interface WriteFailure {
  error: true | string;
  status?: number;
  name?: string;
  id?: string;
}

export interface ChangesResult {
  results: { id: string; seq: number | string; changes: { rev: string }[]; deleted?: boolean }[];
  last_seq: number | string;
}

export interface ReplicationResult {
  ok: boolean;
  docs_written: number;
  last_seq: number | string;
}

export interface SyncResult {
  push?: ReplicationResult;
  pull?: ReplicationResult;
}

/** A one-shot two-way replication: an event emitter that is also a promise of its result. */
export interface Sync extends PromiseLike<SyncResult> {
  on(event: 'change', listener: (info: { direction: 'push' | 'pull'; change: { docs_written: number } }) => void): this;
  on(event: 'denied', listener: (error: unknown) => void): this;
  on(event: 'error', listener: (error: unknown) => void): this;
  cancel(): void;
}

export interface HubDatabase<Doc extends object> {
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<StoredRevision<Doc>>;
  get(id: string, options: { revs: true; open_revs: 'all' }): Promise<({ ok: StoredRevision<Doc> } | { missing: string })[]>;
  put(doc: Doc & { _id: string; _rev?: string }): Promise<WriteResult>;
  remove(id: string, rev: string): Promise<WriteResult>;
  bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<(WriteResult | WriteFailure)[]>;
  changes(options: { since: number | string; style?: 'all_docs'; limit?: number; return_docs?: boolean }): Promise<ChangesResult>;
  allDocs(options?: { include_docs?: boolean; conflicts?: boolean }): Promise<{ rows: { id: string; value: { rev: string }; doc?: StoredRevision<Doc> }[] }>;
  sync(remote: HubDatabase<Doc>, options?: { batch_size?: number }): Sync;
  info(): Promise<{ db_name: string; update_seq: number | string }>;
  destroy(): Promise<void>;
  close(): Promise<void>;
}

export interface HubDatabaseOptions {
  adapter?: 'memory';
  auto_compaction?: boolean;
  /** For the http adapter: */
  fetch?: typeof fetch;
  auth?: { username: string; password: string };
  skip_setup?: boolean;
}

export const HubPouch: new <Doc extends object>(name: string, options?: HubDatabaseOptions) => HubDatabase<Doc>;
