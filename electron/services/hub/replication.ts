/**
 * The hub's replication engine: two-way exchanges between this laptop's local replica (mirror.ts)
 * and the program's database on the hub (remote.ts), and the sync state a person sees.
 *
 * Its own loop of one-shot PouchDB syncs rather than one `sync({ live: true, retry: true })`: a live
 * sync waits on a longpoll that a frozen or vanished hub never answers (pouchdb-server sends no
 * heartbeat) and reports an outage only now and then; one exchange at a time, each request with a
 * deadline, says plainly whether the hub was reached, and the state follows from that. Between
 * exchanges the loop waits on the hub's longpoll (so a change on the hub comes at once), a timer,
 * or a nudge: a share, a resolve, `wake()` after sleep. After a failure it waits longer each time,
 * up to a limit; after a refusal it checks again now and then (a hub restored by its admin lets the
 * laptop back in without anyone touching it).
 *
 * What comes in is handed to `onIncoming` with the bodies of the other leaves (conflicts) until it
 * has taken it; what it has taken is remembered in the mirror, so a change that arrived just before
 * the app quit is handed over again at the next start, never lost.
 */
import { randomUUID } from 'node:crypto';
import { hubDocumentRefOf, type SealedDocument } from '../../../core/domain/hub/documents';
import type { SyncState } from '../../../core/domain/hub/syncState';
import type { HubMirrorStore } from '../../storage';
import { leafSignature, openLocalReplica, type LocalReplica } from './mirror';
import type { Sync, StoredRevision } from './pouchdbRuntime';
import { openRemote, type HubConnection, type HubRemote } from './remote';
import { currentKey, openBody, sealBody, UnreadableHubDocument, type ProgramKey } from './sealing';
import { SyncStateTracker, type SyncStateListener } from './syncState';

export interface HubTiming {
  /** Longest wait between two exchanges while all is well (the hub's longpoll usually ends it sooner). */
  pollMs: number;
  /** Deadline of one request to the hub. */
  requestTimeoutMs: number;
  /** First wait after a failed exchange; it doubles with each failure in a row, up to retryMaxMs. */
  retryMinMs: number;
  retryMaxMs: number;
  /** Wait before trying again after the hub refused this laptop. */
  recheckRefusedMs: number;
  /**
   * An exchange still waiting for the hub after this long no longer counts as "up to date": a frozen
   * hub or a dead network shows as catching up within seconds, not only once the request deadline
   * passes (then offline).
   */
  slowExchangeMs: number;
}

export const DEFAULT_HUB_TIMING: HubTiming = {
  pollMs: 30_000,
  requestTimeoutMs: 30_000,
  retryMinMs: 2_000,
  retryMaxMs: 120_000,
  recheckRefusedMs: 5 * 60_000,
  slowExchangeMs: 3_000,
};

/** Documents per request: a sealed workshop can be large, and each request has a deadline. */
const BATCH_SIZE = 25;
const PUT_ATTEMPTS = 5;
/** Documents announced together (`beforeIncoming`) before each is handed over: a first sync of thousands goes in chunks. */
const TAKE_IN_BATCH = 500;
/** Documents taken in at once: while one waits for its durable writes, the next is opened and merged. */
const TAKE_IN_AT_ONCE = 4;

/**
 * Runs `task` on each id, `limit` at a time. After a failure no further id is started; the first
 * failure is thrown once the tasks under way have ended.
 */
async function eachAtOnce(ids: readonly string[], limit: number, task: (id: string) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  async function worker(): Promise<void> {
    while (!failed && next < ids.length) {
      const id = ids[next++]!;
      try {
        await task(id);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  }
  const ended = await Promise.allSettled(Array.from({ length: Math.min(limit, ids.length) }, worker));
  const failure = ended.find((each) => each.status === 'rejected');
  if (failure) throw failure.reason;
}

/** The other leaves of a document, opened: what a person may have to choose between. */
export interface IncomingContext {
  /** The winning revision, the one `body` is. */
  rev: string;
  conflicts: { rev: string; body: unknown }[];
}

/**
 * Takes in a document that came from the hub (or a new conflict on one). Resolving means it was
 * taken in; throwing leaves it to be handed over again (at wake, a new key or the next start).
 */
export type IncomingHandler = (docId: string, body: unknown, context: IncomingContext) => Promise<void>;

/**
 * Told which documents are about to be handed over, one after the other, before the first of them,
 * with each one's winning body: what must be recorded of each before it is taken in can be recorded
 * once for all of them. Its failure is not the documents': each is still handed over.
 */
export type IncomingBatchHandler = (documents: readonly { docId: string; body: unknown }[]) => Promise<void>;

/**
 * A document this laptop had taken in was deleted on the hub (withdrawn by another laptop). Resolving
 * means it was dealt with; throwing leaves it to be handed over again.
 */
export type WithdrawnHandler = (docId: string) => Promise<void>;

/** What `takenOf` holds for a document whose deletion was dealt with. */
const WITHDRAWN = 'withdrawn';

/** A document's live leaves: its winning revision and its conflicts. */
function liveLeavesOf(winner: StoredRevision<SealedDocument> | undefined): string[] {
  return winner === undefined ? [] : [winner._rev, ...(winner._conflicts ?? [])];
}

export interface HubEngineOptions {
  connection: HubConnection;
  keys: readonly ProgramKey[];
  mirror: HubMirrorStore;
  onIncoming: IncomingHandler;
  /** A member's document came from the hub, new or changed (a facilitator joined, or published a key). */
  onMemberDocument?: (docId: string) => void;
  beforeIncoming?: IncomingBatchHandler;
  onWithdrawn?: WithdrawnHandler;
  now?: () => Date;
  timing?: Partial<HubTiming>;
  /** The fetch under the guard (tests only: one that counts or fails requests). */
  fetch?: typeof fetch;
}

export interface HubEngine {
  state(): SyncState;
  onStateChange(listener: SyncStateListener): () => void;
  /**
   * Seals `body` under the newest program key (or `options.key`: a member's document carrying a new
   * key is sealed under the one its reader already holds) and writes it as a new revision on top of
   * the current one. Resolves, with the new revision, once it is in the mirror on disk: from then on
   * it reaches the hub whenever the hub can be reached, across restarts.
   */
  share(docId: string, body: unknown, options?: { key?: ProgramKey }): Promise<string>;
  /** Writes `mergedBody` on top of the winning revision and deletes the losing leaves `losingRevs`. */
  resolve(docId: string, mergedBody: unknown, losingRevs: readonly string[]): Promise<string>;
  /**
   * Deletes the losing leaves `losingRevs` only, when the winning revision already holds what they
   * held: laptops that settle the same conflict at once then leave tombstones, not a new conflict.
   */
  settle(docId: string, losingRevs: readonly string[]): Promise<void>;
  /**
   * Deletes the document on the hub (every leaf): what is deleted here is withdrawn from the program.
   * The other laptops are told (`onWithdrawn`) and keep their copies. False when the replica does not
   * hold the document (yet: a lost mirror, before the first exchange brings it back).
   */
  withdraw(docId: string): Promise<boolean>;
  /** After sleep (powerMonitor 'resume') or a network change: try the hub now, without waiting out a back-off. */
  wake(): void;
  /** Runs an exchange now and resolves when it is over (whatever its outcome). */
  syncNow(): Promise<void>;
  /** A new program key (after a re-key or once the right one is given): documents that did not open are tried again. */
  setProgramKeys(keys: readonly ProgramKey[]): void;
  /** How many conflicts wait for a person (kept by whoever lists the decisions). */
  setDecisionsWaiting(count: number): void;
  stop(): Promise<void>;
}

/** This laptop holds no program key, so it cannot seal anything for the hub. */
export class NoProgramKey extends Error {
  constructor() {
    super('no program key is held on this laptop');
    this.name = 'NoProgramKey';
  }
}

/**
 * A member's document as program.ts writes it: the program key wrapped for one member, not sealed
 * under the program key. Not opening it is no wrong key (program.ts reads it on its own).
 */
function isMemberKeyDocument(id: string): boolean {
  return hubDocumentRefOf(id)?.kind === 'member';
}

/** 'interrupted': cut short by `wake()`, which starts another exchange at once. */
type Outcome = 'reached' | 'unreachable' | 'refused' | 'interrupted';

function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}

/** Retries a write that lost a race with replication (409: the winning revision moved meanwhile). */
async function withFreshRevision<R>(write: () => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (statusOf(error) !== 409 || attempt >= PUT_ATTEMPTS) throw error;
    }
  }
}

export async function startHubEngine(options: HubEngineOptions): Promise<HubEngine> {
  const timing = { ...DEFAULT_HUB_TIMING, ...options.timing };
  const tracker = new SyncStateTracker(options.now ?? (() => new Date()));
  const remote: HubRemote = openRemote(options.connection, timing, options.fetch);
  const replica: LocalReplica = await openLocalReplica(options.mirror);
  let keys = options.keys;

  const unreadable = new Set<string>();
  /** Documents whose taking in failed (a write that did not go through here): handed over again after each exchange. */
  const notTaken = new Set<string>();
  // What the mirror brought back was handed over when it was written, unless its leaves say otherwise:
  // a start looks again at those alone, not at every document of the program.
  const recheck = new Set<string>(replica.pendingAtOpen);
  let takenUpTo: number | string = replica.openedAt;
  let hubSeq: number | string | undefined;
  let failuresInARow = 0;
  let stopped = false;
  let nudged = false;
  let currentSync: Sync | undefined;
  let interrupted = false;
  let endWait: (() => void) | undefined;
  let nextRoundWaiters: (() => void)[] = [];

  function nudge(): void {
    nudged = true;
    endWait?.();
  }

  /** Winning bodies `announce` opened, each taken once by takeIn (a first sync opens each document once, not twice). */
  const announced = new Map<string, { rev: string; body: unknown }>();

  async function openLeaves(id: string, winner: StoredRevision<SealedDocument>): Promise<{ body: unknown; conflicts: IncomingContext['conflicts'] }> {
    const opened = announced.get(id);
    announced.delete(id);
    const body = opened?.rev === winner._rev ? opened.body : openBody(winner, keys);
    const conflicts = [];
    for (const rev of winner._conflicts ?? []) conflicts.push({ rev, body: openBody(await replica.db.get(id, { rev }), keys) });
    return { body, conflicts };
  }

  /** The document's winning revision when its current leaves are still to be handed over. */
  async function dueWinner(id: string): Promise<StoredRevision<SealedDocument> | undefined> {
    const winner = await replica.winner(id);
    return winner !== undefined && hubDocumentRefOf(id) !== undefined && replica.takenOf(id) !== leafSignature(winner) ? winner : undefined;
  }

  /** Hands a document's current leaves to onIncoming unless they were already taken in; then mirrors it. */
  async function takeIn(id: string): Promise<void> {
    const winner = await dueWinner(id);
    if (winner !== undefined) {
      try {
        const { body, conflicts } = await openLeaves(id, winner);
        unreadable.delete(id);
        await options.onIncoming(id, body, { rev: winner._rev, conflicts });
        replica.setTaken(id, leafSignature(winner));
        notTaken.delete(id);
      } catch (error) {
        if (!(error instanceof UnreadableHubDocument)) notTaken.add(id);
        else if (isMemberKeyDocument(id)) {
          replica.setTaken(id, leafSignature(winner));
          options.onMemberDocument?.(id);
        } else if (error.reason === 'too-large') {
          // No key would open it any better: left on the hub as it is, as a body this laptop does not read.
          unreadable.delete(id);
          replica.setTaken(id, leafSignature(winner));
        } else unreadable.add(id);
      }
      tracker.setUnreadable(unreadable.size);
    } else await takeWithdrawal(id);
    await replica.persist(id);
  }

  async function isDeleted(id: string): Promise<boolean> {
    return replica.db.get(id).then(
      () => false,
      (error: unknown) => statusOf(error) === 404 && (error as { reason?: unknown }).reason === 'deleted',
    );
  }

  /** A workshop's document this laptop had taken in, now deleted on the hub: handed to onWithdrawn once. */
  async function takeWithdrawal(id: string): Promise<void> {
    const taken = replica.takenOf(id);
    if (options.onWithdrawn === undefined || hubDocumentRefOf(id)?.kind !== 'workshop' || taken === undefined || taken === WITHDRAWN) return;
    if (!(await isDeleted(id))) return;
    try {
      await options.onWithdrawn(id);
      replica.setTaken(id, WITHDRAWN);
      notTaken.delete(id);
    } catch {
      notTaken.add(id);
    }
  }

  async function announce(batch: readonly string[]): Promise<void> {
    if (options.beforeIncoming === undefined) return;
    const due: { docId: string; body: unknown }[] = [];
    for (const docId of batch) {
      const winner = await dueWinner(docId);
      if (winner === undefined) continue;
      try {
        const body = openBody(winner, keys);
        announced.set(docId, { rev: winner._rev, body });
        due.push({ docId, body });
      } catch {
        // Not opened: takeIn says why, for this document alone.
      }
    }
    if (due.length > 0) await options.beforeIncoming(due).catch(() => undefined);
  }

  async function takeInChanges(): Promise<void> {
    const changes = await replica.db.changes({ since: takenUpTo, style: 'all_docs', return_docs: true });
    const ids = new Set([...changes.results.map((change) => change.id), ...recheck, ...notTaken]);
    recheck.clear();
    const all = [...ids];
    for (let start = 0; start < all.length; start += TAKE_IN_BATCH) {
      const batch = all.slice(start, start + TAKE_IN_BATCH);
      await announce(batch);
      try {
        await eachAtOnce(batch, TAKE_IN_AT_ONCE, (id) => replica.withDocument(id, () => takeIn(id)));
      } finally {
        announced.clear();
      }
    }
    takenUpTo = changes.last_seq;
  }

  async function outcomeOf(error: unknown): Promise<Outcome> {
    const status = statusOf(error);
    if (status !== 401 && status !== 403) return 'unreachable';
    const credentials = await remote.checkCredentials();
    if (credentials === 'unknown') return 'unreachable';
    tracker.refused(credentials === 'refused' ? 'refused-password' : 'revoked');
    return 'refused';
  }

  async function exchange(): Promise<Outcome> {
    let outcome: Outcome;
    let denied = false;
    // "Up to date" is said only on the hub's word: a hub that has not answered by now is being checked.
    const slow = setTimeout(() => tracker.catchingUp(), timing.slowExchangeMs);
    try {
      const sync = replica.db.sync(remote.db, { batch_size: BATCH_SIZE });
      currentSync = sync;
      sync.on('change', () => tracker.catchingUp());
      // A document the hub would not take (a member who may only read): the laptop is not let in to write.
      sync.on('denied', () => (denied = true));
      const result = await sync;
      hubSeq = result.pull?.last_seq ?? hubSeq;
      outcome = interrupted ? 'interrupted' : denied ? 'refused' : 'reached';
      if (outcome === 'refused') tracker.refused('revoked');
    } catch (error) {
      outcome = interrupted ? 'interrupted' : await outcomeOf(error);
    } finally {
      clearTimeout(slow);
      currentSync = undefined;
      interrupted = false;
    }
    // What came in before a failure is kept, so it is taken in either way. If the mirror cannot be
    // written (a full disk), the same changes are taken in again after the next exchange.
    await takeInChanges().catch(() => undefined);
    if (outcome === 'reached') tracker.caughtUp();
    if (outcome === 'unreachable') tracker.unreachable();
    if (outcome !== 'interrupted') failuresInARow = outcome === 'reached' ? 0 : failuresInARow + 1;
    return outcome;
  }

  function waitBefore(outcome: Outcome): number {
    if (outcome === 'interrupted') return 0;
    if (outcome === 'reached') return timing.pollMs;
    if (outcome === 'refused') return timing.recheckRefusedMs;
    return Math.min(timing.retryMaxMs, timing.retryMinMs * 2 ** Math.max(0, failuresInARow - 1));
  }

  /** Waits `ms`, or less when nudged or (after a good exchange) when the hub says something changed. */
  async function pause(ms: number, outcome: Outcome): Promise<void> {
    const abort = new AbortController();
    await new Promise<void>((done) => {
      const timer = setTimeout(finish, ms);
      function finish(): void {
        clearTimeout(timer);
        abort.abort();
        endWait = undefined;
        done();
      }
      endWait = finish;
      if (outcome === 'reached' && hubSeq !== undefined) {
        void remote.waitForChange(hubSeq, ms, abort.signal).then((changed) => {
          if (!changed || abort.signal.aborted) return;
          tracker.catchingUp();
          finish();
        });
      }
    });
  }

  async function run(): Promise<void> {
    while (!stopped) {
      nudged = false;
      const waiters = nextRoundWaiters;
      nextRoundWaiters = [];
      let outcome: Outcome = 'unreachable';
      try {
        outcome = await exchange();
      } finally {
        for (const done of waiters) done();
      }
      if (!stopped && !nudged) await pause(waitBefore(outcome), outcome);
    }
  }

  tracker.setRunning(true);
  const running = run();

  /** The revision each document was last written as here (shared or resolved). */
  const writtenHere = new Map<string, string>();

  /** The revisions of a document this laptop has seen: the one it last wrote, and the leaves it last took in. */
  function seenRevisions(id: string): string[] {
    const taken = replica.takenOf(id);
    const takenLeaves = taken === undefined || taken === WITHDRAWN ? [] : taken.split(' ');
    const written = writtenHere.get(id);
    return written === undefined ? takenLeaves : [written, ...takenLeaves];
  }

  /**
   * Writes `doc` as a child of `base`, a revision replication has since written over, with a
   * revision id made as PouchDB makes one. Undefined when no live leaf descends from `base`.
   */
  async function branchFrom(base: string, doc: SealedDocument): Promise<string | undefined> {
    const generation = Number.parseInt(base, 10);
    const baseId = base.slice(base.indexOf('-') + 1);
    for (const leaf of await replica.db.get(doc._id, { revs: true, open_revs: 'all' })) {
      const history = 'ok' in leaf ? leaf.ok._revisions : undefined;
      const at = history === undefined ? -1 : history.start - generation;
      if (history === undefined || at < 0 || history.ids[at] !== baseId) continue;
      const id = randomUUID().replaceAll('-', '');
      const rev = `${generation + 1}-${id}`;
      await replica.db.bulkDocs([{ ...doc, _rev: rev, _revisions: { start: generation + 1, ids: [id, ...history.ids.slice(at)] } }], { new_edits: false });
      return rev;
    }
    return undefined;
  }

  /**
   * A new revision of `doc` on top of the winning one, when this laptop has seen it (the usual case).
   * When the winner came from the hub since and is not taken in yet (a change made elsewhere moments
   * ago, one sealed under a key not held yet, one whose taking in failed), writing over it would drop
   * what it holds: `doc` goes on a revision seen here instead, beside it, and the two are a conflict
   * merged when taken in. Retried when replication moved the leaves meanwhile.
   */
  function putOnTop(doc: SealedDocument): Promise<string> {
    return withFreshRevision(async () => {
      const current = await replica.winner(doc._id);
      if (current === undefined) return (await replica.db.put(doc)).rev;
      const seen = seenRevisions(doc._id);
      if (seen.length > 0 && !seen.includes(current._rev)) {
        const seenLeaf = seen.find((rev) => (current._conflicts ?? []).includes(rev));
        if (seenLeaf !== undefined) return (await replica.db.put({ ...doc, _rev: seenLeaf })).rev;
        for (const base of seen) {
          const branched = await branchFrom(base, doc);
          if (branched !== undefined) return branched;
        }
      }
      return (await replica.db.put({ ...doc, _rev: current._rev })).rev;
    });
  }

  /**
   * Runs a write of this laptop's own (resolving with the revision it wrote, or '' for none), mirrors
   * it, and starts an exchange. What it wrote counts as taken in only if everything before it had
   * been: leaves that came before or while it was written are still handed over.
   */
  async function writeOnTop(id: string, write: () => Promise<string>): Promise<string> {
    return replica.withDocument(id, async () => {
      const before = await replica.winner(id);
      const wasTaken = before === undefined ? replica.takenOf(id) === undefined : replica.takenOf(id) === leafSignature(before);
      const rev = await write();
      if (rev !== '') writtenHere.set(id, rev);
      const after = await replica.winner(id);
      // A leaf replication brought while this was written is not taken in by it.
      const known = new Set([...liveLeavesOf(before), rev]);
      if (wasTaken && after !== undefined && liveLeavesOf(after).every((leaf) => known.has(leaf))) replica.setTaken(id, leafSignature(after));
      await replica.persist(id);
      tracker.catchingUp();
      nudge();
      return rev;
    });
  }

  async function removeLeaves(docId: string, losingRevs: readonly string[]): Promise<void> {
    for (const losing of new Set(losingRevs)) {
      // A leaf already gone (the old winner just written over, or deleted by another laptop's resolve) is as good as deleted.
      await replica.db.remove(docId, losing).catch((error: unknown) => {
        if (statusOf(error) !== 409 && statusOf(error) !== 404) throw error;
      });
    }
  }

  function sealed(id: string, body: unknown, key = currentKey(keys)): SealedDocument {
    if (key === undefined) throw new NoProgramKey();
    return sealBody(id, body, key);
  }

  return {
    state: () => tracker.state(),
    onStateChange: (listener) => tracker.listen(listener),
    share(docId, body, shareOptions = {}) {
      const doc = sealed(docId, body, shareOptions.key);
      return writeOnTop(docId, () => putOnTop(doc));
    },
    resolve(docId, mergedBody, losingRevs) {
      const doc = sealed(docId, mergedBody);
      return writeOnTop(docId, async () => {
        const rev = await putOnTop(doc);
        await removeLeaves(docId, losingRevs);
        return rev;
      });
    },
    async settle(docId, losingRevs) {
      await writeOnTop(docId, async () => {
        await removeLeaves(docId, losingRevs);
        // No revision written.
        return '';
      });
    },
    async withdraw(docId) {
      let held = false;
      await writeOnTop(docId, async () => {
        const winner = await replica.winner(docId);
        if (winner === undefined) return '';
        held = true;
        await removeLeaves(docId, [...(winner._conflicts ?? []), winner._rev]);
        // This laptop's own deletion: nothing to hand over.
        replica.setTaken(docId, WITHDRAWN);
        return '';
      });
      return held;
    },
    wake() {
      failuresInARow = 0;
      // An exchange under way may hang on connections that died in sleep: cut it short and start again.
      if (currentSync !== undefined) {
        interrupted = true;
        currentSync.cancel();
      }
      nudge();
    },
    syncNow() {
      if (stopped) return Promise.resolve();
      return new Promise<void>((done) => {
        nextRoundWaiters.push(done);
        nudge();
      });
    },
    setProgramKeys(next) {
      keys = next;
      for (const id of unreadable) recheck.add(id);
      nudge();
    },
    setDecisionsWaiting: (count) => tracker.setDecisionsWaiting(count),
    async stop() {
      if (stopped) return;
      stopped = true;
      currentSync?.cancel();
      endWait?.();
      await running.catch(() => undefined);
      for (const done of nextRoundWaiters) done();
      tracker.setRunning(false);
      await replica.close();
    },
  };
}
