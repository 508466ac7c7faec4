/**
 * The local side of the hub's replication: an in-memory PouchDB fed at start from a durable mirror
 * in the data folder (electron/storage/hubMirror.ts).
 *
 * Why this and not something simpler. CouchDB replication needs, on each side, a database that
 * keeps every document's revision tree: which revisions this laptop has, which it made, which
 * conflict. Weighed:
 * - a memory PouchDB fed from the workshop files at start (checkpoints kept in the data folder):
 *   the files hold bodies, not revision trees, so each start would write every shared workshop as a
 *   new revision, which the hub sees as a conflict with its own, on every start, for every workshop;
 *   and a mark made offline just before quitting would have no revision to travel as;
 * - our own loop of puts and `_changes` over the http adapter alone: it must then keep revisions,
 *   detect and keep conflict leaves and redo replication's catching up after a hub restored from
 *   nothing, which is CouchDB's replication protocol written again, less well tested;
 * - a durable PouchDB adapter (leveldb): a native module to build for every platform, against the
 *   packaging rule (no install scripts, the main bundle holds everything);
 * - chosen: PouchDB's replication between the hub and a memory database whose documents (sealed, with
 *   their `_revisions`, conflict leaves included) are written to the mirror, one small file per
 *   document, before a change is reported shared; at start they are put back with
 *   `bulkDocs(leaves, { new_edits: false })`, so the revision tree survives a restart and the first
 *   exchange sends only what the hub lacks.
 *
 * What the mirror is: a cache of the hub plus what this laptop has not sent yet. The workshop files
 * stay the source of truth. If the mirror is lost (deleted, damaged, a new laptop), the engine
 * starts empty, the first exchange pulls every document again and hands each one over again (the
 * merge, the same as bundle import, finds nothing new in what it already has); what is shared after
 * that goes on top of the hub's revisions. A change that was in the lost mirror and not yet sent is
 * still in its workshop file: shared again, it arrives as a new revision (beside the hub's, if
 * shared before the first exchange ends: a conflict the merge takes in). Nothing is lost; some work
 * is done twice. Replication checkpoints are not kept: the
 * memory database's sequence numbers start again at each start, so a kept checkpoint could skip a
 * document; the first exchange after a start lists the hub's changes again instead (revs_diff makes
 * that cheap: nothing already here is downloaded).
 */
import { randomUUID } from 'node:crypto';
import type { SealedDocument } from '../../../core/domain/hub/documents';
import { SerialQueue, type HubMirrorStore } from '../../storage';
import { HubPouch, type HubDatabase, type StoredRevision } from './pouchdbRuntime';

const REHYDRATE_BATCH = 500;

/** A document's live leaves as one string: its winning revision, then its conflicts. */
export function leafSignature(winner: StoredRevision<SealedDocument>): string {
  return [winner._rev, ...[...(winner._conflicts ?? [])].sort()].join(' ');
}

/**
 * The leaf signature of a document from its leaves as the mirror holds them, the winner chosen by
 * CouchDB's rule (a live leaf before a deleted one, then the longest history, then the greater
 * revision id); undefined when every leaf is deleted. Only compared with what was taken: a mistake
 * here could only make a document be looked at again.
 */
function mirroredSignature(leaves: readonly { _rev?: string; _deleted?: boolean }[]): string | undefined {
  const live = leaves.filter((leaf) => leaf._deleted !== true).map((leaf) => String(leaf._rev));
  const generation = (rev: string) => Number.parseInt(rev, 10);
  const idOf = (rev: string) => rev.slice(rev.indexOf('-') + 1);
  const winner = live.reduce<string | undefined>((best, rev) => {
    if (best === undefined) return rev;
    const byGeneration = generation(rev) - generation(best);
    return byGeneration > 0 || (byGeneration === 0 && idOf(rev) > idOf(best)) ? rev : best;
  }, undefined);
  return winner === undefined ? undefined : [winner, ...live.filter((rev) => rev !== winner).sort()].join(' ');
}

export interface LocalReplica {
  readonly db: HubDatabase<SealedDocument>;
  /** How many mirror files did not read back (their documents come back from the hub). */
  readonly dropped: number;
  /** The replica's sequence once the mirror was read back: every change up to it is the mirror's own. */
  readonly openedAt: number | string;
  /** The documents read back whose leaves were not all handed over when the mirror was written. */
  readonly pendingAtOpen: readonly string[];
  /** The winning revision with its `_conflicts`, or undefined when there is none (never shared, or deleted). */
  winner(id: string): Promise<StoredRevision<SealedDocument> | undefined>;
  /** The leaf signature last handed over to this laptop's store. */
  takenOf(id: string): string | undefined;
  setTaken(id: string, signature: string): void;
  /** Runs `task` once the tasks queued before it for the same document are done: one change to a document at a time. */
  withDocument<R>(id: string, task: () => Promise<R>): Promise<R>;
  /** Writes the document's leaves and what was taken of it to the mirror, durably (skipped when the mirror has them). */
  persist(id: string): Promise<void>;
  /** Resolves once every queued document task is done. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404;
}

export async function openLocalReplica(store: HubMirrorStore): Promise<LocalReplica> {
  const { documents, dropped } = await store.readAll();
  // memdown keeps databases by name for the whole process: a fresh name per replica. No automatic
  // compaction: it can drop the body of a winning revision while a changes feed (replication, or
  // taking changes in) is reading it, and the memory adapter then throws outside any promise. The
  // replica starts compact at each opening (only the leaves are mirrored).
  const db = new HubPouch<SealedDocument>(`hub-replica-${randomUUID()}`, { adapter: 'memory' });
  const leaves = documents.flatMap((document) => document.leaves);
  for (let start = 0; start < leaves.length; start += REHYDRATE_BATCH) {
    await db.bulkDocs(leaves.slice(start, start + REHYDRATE_BATCH), { new_edits: false });
  }
  const taken = new Map<string, string>();
  const written = new Map<string, string>();
  const queues = new Map<string, { queue: SerialQueue; pending: number }>();
  const mirrorKey = (revs: readonly string[], takenSignature: string | undefined) => `${[...revs].sort().join(' ')}|${takenSignature ?? ''}`;
  for (const document of documents) {
    if (document.taken !== undefined) taken.set(document.id, document.taken);
    written.set(
      document.id,
      mirrorKey(
        document.leaves.map((leaf) => String(leaf._rev)),
        document.taken,
      ),
    );
  }

  const openedAt = (await db.info()).update_seq;
  const pendingAtOpen = documents.filter((document) => document.taken !== mirroredSignature(document.leaves)).map((document) => document.id);

  const replica: LocalReplica = {
    db,
    dropped,
    openedAt,
    pendingAtOpen,
    async winner(id) {
      try {
        return await db.get(id, { conflicts: true });
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    takenOf: (id) => taken.get(id),
    setTaken: (id, signature) => void taken.set(id, signature),
    async withDocument(id, task) {
      const entry = queues.get(id) ?? { queue: new SerialQueue(), pending: 0 };
      queues.set(id, entry);
      entry.pending += 1;
      try {
        return await entry.queue.run(task);
      } finally {
        entry.pending -= 1;
        if (entry.pending === 0) queues.delete(id);
      }
    },
    async persist(id) {
      const found = await db.get(id, { revs: true, open_revs: 'all' }).catch((error: unknown) => {
        if (isMissing(error)) return [];
        throw error;
      });
      const docLeaves = found.flatMap((leaf) => ('ok' in leaf ? [leaf.ok] : []));
      if (docLeaves.length === 0) return;
      const key = mirrorKey(
        docLeaves.map((leaf) => leaf._rev),
        taken.get(id),
      );
      if (written.get(id) === key) return;
      const takenSignature = taken.get(id);
      await store.write({ id, leaves: docLeaves.map((leaf) => ({ ...leaf })), ...(takenSignature === undefined ? {} : { taken: takenSignature }) });
      written.set(id, key);
    },
    async idle() {
      await Promise.all([...queues.values()].map((entry) => entry.queue.idle()));
    },
    async close() {
      await replica.idle();
      await db.destroy();
    },
  };
  return replica;
}
