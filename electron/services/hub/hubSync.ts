/**
 * The program hub running over one open data folder: the replication engine started while this
 * laptop is in a program, the workshops it shares pushed after each durable write (a short delay
 * gathers a burst of marks into one revision), what comes from the hub applied by the same merge as
 * a bundle import (incoming.ts) with the merged copy written back once the hub's leaves are settled,
 * the decisions waiting counted into the sync state, and the program keys kept current (members
 * pick up a new epoch, a coordinator wraps it for members still on an older one) as exchanges go.
 */
import { LISTS_DOC_ID } from '../../../core/domain/hub/documents';
import type { HubMembership } from '../../../core/domain/hub/membership';
import { buildWorkshopBody, workshopDocumentId, workshopIdOfDocument } from '../../../core/domain/hub/workshopDocument';
import type { PendingDecision } from '../../../core/domain/hub/conflicts';
import type { SyncState } from '../../../core/domain/hub/syncState';
import { openHubMirror, SerialQueue, type DataStore } from '../../storage';
import type { Clock } from '../planning/clock';
import { startHubEngine, type HubEngine, type HubTiming, type IncomingContext, type ProgramKey } from './engine';
import { createHubIncoming } from './incoming';
import { createProgramListsSync } from './programListsSync';
import type { ProgramService } from './program';
import { createShareRetry } from './shareRetry';
import { recordWithdrawal, workshopsNaming } from './sharedChanges';

export interface HubSyncOptions {
  store: DataStore;
  clock: Clock;
  program: ProgramService;
  timing?: Partial<HubTiming>;
  /** The fetch under the engine's guard (tests only). */
  fetch?: typeof fetch;
  /** How long after a workshop's last write its body is sealed and shared. */
  shareDelayMs?: number;
  /** Least time between two key checks made because an exchange went well. */
  keyCheckEveryMs?: number;
  /** A member's document came from the hub (hubService's list of members, programMembers.ts). */
  onMemberDocument?: () => void;
}

const DEFAULT_SHARE_DELAY_MS = 1_500;
const DEFAULT_KEY_CHECK_EVERY_MS = 60_000;
/** Follow-ups and session notes stay on the laptop that wrote them (as for bundles, by default). */
const SHARED_CONTENTS = { followUps: false, notes: false };

export type SharedWorkshop = NonNullable<HubMembership['shared']>[number];

export function programKeysOf(membership: HubMembership): ProgramKey[] {
  return membership.keys.map(({ epoch, key }) => ({ epoch, key: Buffer.from(key, 'base64') }));
}

const epochsOf = (keys: readonly { epoch: number }[]) => keys.map((key) => key.epoch).join(',');

export function createHubSync(options: HubSyncOptions) {
  const { store, clock, program } = options;
  const shareDelayMs = options.shareDelayMs ?? DEFAULT_SHARE_DELAY_MS;
  const keyCheckEveryMs = options.keyCheckEveryMs ?? DEFAULT_KEY_CHECK_EVERY_MS;
  const incoming = createHubIncoming({
    store,
    clock,
    unsharedHere: (workshopId) => shareTimers.has(workshopId) || sharing.has(workshopId) || retry.waiting().includes(workshopId),
  });
  const mirror = openHubMirror(store.dir);

  let engine: HubEngine | undefined;
  let closed = false;
  /** The revision this laptop last wrote of each document: its own leaf, for the merge. */
  const ownRevisions = new Map<string, string>();
  const shareTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Workshops whose copy is being written to the hub's replica now. */
  const sharing = new Set<string>();
  /** Writes to the hub started from here (shares and resolves), awaited before stopping. */
  const writing = new Set<Promise<unknown>>();
  let keyCheck: Promise<void> | undefined;
  let lastKeyCheck = -Infinity;
  let heldEpochs = '';

  async function membership(): Promise<HubMembership | undefined> {
    return store.hubMembership.read();
  }

  /**
   * The shared list as last read or written here (the program's own writes of the file keep it as it is):
   * every entry's id, those shared, and those deleted here that are still to be withdrawn.
   */
  let sharedCache: { ids: Set<string>; list: SharedWorkshop[]; withdrawing: Set<string> } | undefined;
  const cacheShared = (entries: readonly SharedWorkshop[]) => {
    sharedCache = {
      ids: new Set(entries.map((entry) => entry.workshopId)),
      list: entries.filter((entry) => entry.withdraw !== true),
      withdrawing: new Set(entries.filter((entry) => entry.withdraw === true).map((entry) => entry.workshopId)),
    };
    return sharedCache;
  };
  async function sharedCached() {
    return sharedCache ?? cacheShared((await membership())?.shared ?? []);
  }
  async function sharedList(): Promise<SharedWorkshop[]> {
    return (await sharedCached()).list;
  }

  async function sharedIds(): Promise<string[]> {
    return (await sharedList()).map((entry) => entry.workshopId);
  }

  /**
   * Runs changes of the membership file one at a time: each reads it, changes it and writes it whole,
   * so two at once (a key picked up while a workshop arrives) would lose one of them.
   */
  const membershipTurns = new SerialQueue();
  function exclusive<T>(change: () => Promise<T>): Promise<T> {
    return membershipTurns.run(change);
  }

  /** Marks workshops shared (or not) in the membership file, in one durable write (none when nothing changes). */
  function setShared(workshopIds: readonly string[], shared: boolean, from: SharedWorkshop['from'] = 'here'): Promise<void> {
    return exclusive(async () => {
      const { ids: cached } = await sharedCached();
      if (workshopIds.every((workshopId) => cached.has(workshopId) === shared)) return;
      const current = await membership();
      if (current === undefined) return;
      const list = current.shared ?? [];
      const listed = new Set(list.map((entry) => entry.workshopId));
      const changing = new Set(workshopIds.filter((workshopId) => listed.has(workshopId) !== shared));
      if (changing.size === 0) return;
      const next = shared ? [...list, ...[...changing].map((workshopId) => ({ workshopId, from }))] : list.filter((entry) => !changing.has(entry.workshopId));
      await store.hubMembership.write({ ...current, shared: next });
      cacheShared(next);
    });
  }

  /**
   * Marks a shared workshop as to be withdrawn, durably, before it is deleted here (or clears the
   * mark when its deletion did not go through).
   */
  function markWithdrawing(workshopId: string, withdraw: boolean): Promise<void> {
    return exclusive(async () => {
      const current = await membership();
      const list = current?.shared ?? [];
      if (current === undefined || !list.some((entry) => entry.workshopId === workshopId && (entry.withdraw === true) !== withdraw)) return;
      const next = list.map((entry) => {
        if (entry.workshopId !== workshopId) return entry;
        const { withdraw: _was, ...shared } = entry;
        return withdraw ? { ...shared, withdraw: true as const } : shared;
      });
      await store.hubMembership.write({ ...current, shared: next });
      cacheShared(next);
    });
  }

  /** Workshops being deleted here now: marked to be withdrawn, their files not gone yet. */
  const removing = new Set<string>();

  /** Whether the workshop's file is still here (one that does not read is still here). */
  const stillHere = (workshopId: string) =>
    store.workshops.get(workshopId).then(
      (workshop) => workshop !== undefined,
      () => true,
    );

  /**
   * Withdraws from the hub the workshops deleted here. One the replica does not hold stays marked until
   * an exchange has gone well (`hubInStep`): then the hub does not hold it either. One marked whose
   * deletion did not go through (it failed, or the app stopped before it) is still shared.
   */
  const withdrawals = new SerialQueue();
  function withdrawDeleted(hubInStep: boolean): Promise<void> {
    // One after the other, each over the list as it is then.
    return withdrawals.run(async () => {
      for (const workshopId of (await sharedCached()).withdrawing) {
        if (removing.has(workshopId)) continue;
        if (await stillHere(workshopId)) {
          await markWithdrawing(workshopId, false);
          continue;
        }
        const running = engine;
        if (running === undefined) return;
        const held = await tracked(running.withdraw(workshopDocumentId(workshopId)));
        if (held || hubInStep) await setShared([workshopId], false);
      }
    });
  }

  const lists = createProgramListsSync({ store, clock, engine: () => engine, exclusive, sharedIds, shareDelayMs });

  /** Runs a write to the hub's replica, remembered so stopping waits for it. */
  function tracked<T>(write: Promise<T>): Promise<T> {
    writing.add(write);
    void write.finally(() => writing.delete(write)).catch(() => undefined);
    return write;
  }

  /** The document body of a workshop as this laptop shares it: people by code only, no notes or follow-ups. */
  async function bodyOf(workshopId: string) {
    const workshop = await store.workshops.get(workshopId);
    if (workshop === undefined) return undefined;
    const registry = store.participants.get().participants;
    return buildWorkshopBody({ workshop, registry, include: SHARED_CONTENTS, sharedAt: workshop.updatedAt });
  }

  /** Seals the workshop as it is now and writes it on top of its document's current revision. */
  async function shareNow(workshopId: string): Promise<void> {
    sharing.add(workshopId);
    try {
      const running = engine;
      const body = await bodyOf(workshopId);
      if (running === undefined || body === undefined) return;
      const docId = workshopDocumentId(workshopId);
      ownRevisions.set(docId, await tracked(running.share(docId, body)));
    } finally {
      sharing.delete(workshopId);
    }
  }

  /** Shares that failed, tried again at the next good exchange, on wake and after a back-off. */
  const retry = createShareRetry({
    share: async (workshopId) => {
      if (engine === undefined) throw new Error('the hub engine is not running');
      if ((await sharedIds()).includes(workshopId)) await shareNow(workshopId);
    },
    ...(options.timing?.retryMinMs === undefined ? {} : { minMs: options.timing.retryMinMs }),
    ...(options.timing?.retryMaxMs === undefined ? {} : { maxMs: options.timing.retryMaxMs }),
  });

  /**
   * Decisions waiting in each shared workshop: counted in full at start, then kept per workshop as
   * copies arrive and decisions are made (a full count reads every shared workshop).
   */
  const waitingByWorkshop = new Map<string, number>();
  let decisionsWaiting = 0;
  function setWaiting(workshopId: string, count: number): void {
    if (count > 0) waitingByWorkshop.set(workshopId, count);
    else waitingByWorkshop.delete(workshopId);
    decisionsWaiting = [...waitingByWorkshop.values()].reduce((sum, each) => sum + each, 0);
    engine?.setDecisionsWaiting(decisionsWaiting);
  }

  async function countDecisions(): Promise<void> {
    waitingByWorkshop.clear();
    for (const decision of await incoming.pendingDecisions(await sharedIds()))
      waitingByWorkshop.set(decision.workshopId, (waitingByWorkshop.get(decision.workshopId) ?? 0) + 1);
    setWaiting('', 0);
  }

  /** Writes this laptop's merged copy over the hub's winner and removes the leaves it now holds. */
  async function writeBack(docId: string, workshopId: string, settled: readonly string[]): Promise<void> {
    const running = engine;
    const body = await bodyOf(workshopId);
    if (running === undefined || body === undefined) return;
    ownRevisions.set(docId, await tracked(running.resolve(docId, body, settled)));
  }

  /**
   * A document from the hub: a workshop's leaves go through the bundle merge. Resolving means it was
   * taken in; the engine hands it over again if this throws (a write that failed is not lost).
   */
  async function onIncoming(docId: string, body: unknown, context: IncomingContext): Promise<void> {
    if (docId === LISTS_DOC_ID) return void (await lists.receive(body, context));
    const workshopId = workshopIdOfDocument(docId);
    // One deleted here is on its way out of the program: it is not brought back.
    if (workshopId === undefined || (await sharedCached()).withdrawing.has(workshopId)) return;
    const leaves = [{ rev: context.rev, body }, ...context.conflicts].map((leaf) => ({ revision: leaf.rev, body: leaf.body }));
    const own = ownRevisions.get(docId);
    const heldBefore = (await store.workshops.get(workshopId)) !== undefined;
    // Shared before it is written here, so a change made to it at once is shared too.
    await setShared([workshopId], true, 'program');
    const received = await incoming.receive({ documentId: docId, leaves, ...(own === undefined ? {} : { ownRevision: own }) });
    // A body that is not a workshop this laptop reads (another app's, or a newer format) is left on the hub as it is.
    if (received.status === 'refused') {
      if (!heldBefore) await setShared([workshopId], false);
      return;
    }
    setWaiting(received.workshopId, received.decisions);
    // The engine holds this document until this returns: the write back waits its turn.
    // The merged copy is written over the winner only when a settled leaf holds something the winner
    // lacks (this laptop's own losing leaf among them); otherwise the settled leaves are only removed,
    // so laptops settling the same conflict at once do not make another.
    if (received.settled.length > 0) {
      const settle = received.winnerHoldsAll ? () => engine?.settle(docId, received.settled) : () => writeBack(docId, received.workshopId, received.settled);
      setTimeout(() => void settle()?.catch(() => undefined), 0);
    }
  }

  /**
   * A batch the engine is about to hand over (a first sync brings thousands): listed as shared and
   * its people added to the registry in one durable write each, rather than one per workshop.
   */
  async function beforeIncoming(documents: readonly { docId: string; body: unknown }[]): Promise<void> {
    const { withdrawing: deletedHere } = await sharedCached();
    const workshops = documents.flatMap(({ docId, body }) => {
      const workshopId = workshopIdOfDocument(docId);
      return workshopId === undefined || deletedHere.has(workshopId) ? [] : [{ workshopId, documentId: docId, body }];
    });
    await setShared(
      workshops.map((workshop) => workshop.workshopId),
      true,
      'program',
    );
    await incoming.addPeopleOf(workshops);
  }

  /** Another laptop withdrew a workshop from the program: this copy is kept, no longer shared, and says so. */
  async function onWithdrawn(docId: string): Promise<void> {
    const workshopId = workshopIdOfDocument(docId);
    if (workshopId === undefined) return;
    // Recorded first: once it shows as not shared, the workshop says why.
    await recordWithdrawal(store, clock, workshopId);
    await setShared([workshopId], false);
  }

  /** Members pick up new program keys; a coordinator wraps the newest for members on older ones. */
  function checkKeys(force = false): Promise<void> {
    if (keyCheck !== undefined) return keyCheck;
    // A pace, not a date: the monotonic clock.
    if (!force && performance.now() - lastKeyCheck < keyCheckEveryMs) return Promise.resolve();
    lastKeyCheck = performance.now();
    keyCheck = (async () => {
      try {
        // Not in the membership file's turn while the hub is asked: a purge or a batch coming in does not wait for it.
        const current = await membership();
        if (current?.role === 'coordinator') await program.catchUpMembers();
        const latest = current?.role === 'member' ? await program.refreshKeys() : current;
        if (latest !== undefined && epochsOf(latest.keys) !== heldEpochs) useKeys(latest);
      } catch {
        // The hub out of reach or refusing this laptop: the engine's own state says so.
      } finally {
        keyCheck = undefined;
      }
    })();
    return keyCheck;
  }

  function useKeys(current: HubMembership): void {
    heldEpochs = epochsOf(current.keys);
    engine?.setProgramKeys(programKeysOf(current));
  }

  function onState(state: SyncState): void {
    if (state.kind === 'up-to-date') {
      void retry.retryNow();
      void withdrawDeleted(true).catch(() => undefined);
    }
    if (state.kind === 'up-to-date' || (state.kind === 'needs-you' && state.why === 'wrong-key')) void checkKeys();
  }

  /** Starts the engine when this laptop is in a program (and it is not running already). */
  /** While the engine starts (its mirror read back): a write made meanwhile is shared once it runs. */
  let starting = false;
  async function start(): Promise<void> {
    if (engine !== undefined || closed) return;
    starting = true;
    try {
      await startEngine();
    } finally {
      starting = false;
    }
  }

  async function startEngine(): Promise<void> {
    const current = await membership();
    // Not in a program: writes made while finding that out wait for none.
    if (current === undefined) return retry.stop();
    const { address, database, userName } = current.hub;
    heldEpochs = epochsOf(current.keys);
    engine = await startHubEngine({
      connection: { address, database, userName, password: current.password },
      keys: programKeysOf(current),
      mirror,
      onIncoming,
      ...(options.onMemberDocument ? { onMemberDocument: options.onMemberDocument } : {}),
      beforeIncoming,
      onWithdrawn,
      now: () => clock.now(),
      ...(options.timing ? { timing: options.timing } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    engine.onStateChange(onState);
    lists.written();
    retry.start();
    void withdrawDeleted(false).catch(() => undefined);
    await countDecisions();
    void checkKeys(true);
  }

  /** Stops the engine after the shares waiting to go (they reach the replica on disk first). */
  async function stop(): Promise<void> {
    retry.stop();
    const waiting = [...shareTimers.keys()];
    for (const timer of shareTimers.values()) clearTimeout(timer);
    shareTimers.clear();
    for (const workshopId of waiting) await shareNow(workshopId).catch(() => undefined);
    await lists.flush();
    await Promise.allSettled([...writing]);
    await keyCheck;
    const running = engine;
    engine = undefined;
    ownRevisions.clear();
    sharedCache = undefined;
    await running?.stop();
  }

  return {
    incoming,
    exclusive,
    sharedList,
    sharedIds,
    start,
    stop,
    /** Data closes (lock or quit): nothing more is shared. */
    async close(): Promise<void> {
      await stop();
      closed = true;
    },
    state: (): SyncState => engine?.state() ?? { kind: 'off' },
    running: () => engine !== undefined,
    /** A workshop was written durably here: shared after a pause, when it is shared with the program. */
    workshopWritten(workshopId: string): void {
      if (engine === undefined) {
        if (starting) retry.failed(workshopId);
        return;
      }
      clearTimeout(shareTimers.get(workshopId));
      const timer = setTimeout(() => {
        sharing.add(workshopId);
        shareTimers.delete(workshopId);
        void (async () => {
          if ((await sharedIds()).includes(workshopId)) await shareNow(workshopId);
          retry.done(workshopId);
        })()
          .catch(() => retry.failed(workshopId))
          .finally(() => sharing.delete(workshopId));
      }, shareDelayMs);
      shareTimers.set(workshopId, timer);
    },
    /** A workshop is about to be deleted here: when shared, its withdrawal is written down first (this throws when it cannot be). */
    async workshopRemoving(workshopId: string): Promise<void> {
      if (!(await sharedIds()).includes(workshopId)) return;
      removing.add(workshopId);
      try {
        await markWithdrawing(workshopId, true);
      } catch (error) {
        removing.delete(workshopId);
        throw error;
      }
    },
    /** Its deletion went through (withdrawn from the program) or failed (the mark cleared: still shared). */
    workshopRemoved(workshopId: string): void {
      if (!removing.delete(workshopId)) return;
      void withdrawDeleted(false).catch(() => undefined);
    },
    /** People changed in the registry: the shared workshops naming them are shared again (their codes travel). */
    async participantsWritten(participantIds: readonly string[]): Promise<void> {
      if (engine === undefined || participantIds.length === 0) return;
      for (const workshopId of await workshopsNaming(store, await sharedIds(), participantIds)) this.workshopWritten(workshopId);
    },
    async setShared(workshopId: string, shared: boolean): Promise<void> {
      await setShared([workshopId], shared, 'here');
      if (shared) await shareNow(workshopId);
      // Its module is now in use in the program.
      if (shared) lists.written();
    },
    /** A settings save changed sites, facilitators or resources: the program's lists are shared after a pause. */
    listsWritten: () => lists.written(),
    programLists: () => lists.view(),
    /** Seals every shared workshop again (under the newest key, after a revoke). */
    async shareAll(): Promise<void> {
      for (const workshopId of await sharedIds()) await shareNow(workshopId);
    },
    useKeys,
    checkKeys,
    decisionsWaiting: () => decisionsWaiting,
    async decisions(): Promise<PendingDecision[]> {
      return incoming.pendingDecisions(await sharedIds());
    },
    /** Applies a person's choices here, then settles the hub's leaves with the merged copy. */
    async decide(input: { workshopId: string; choices: Readonly<Record<string, string>> }): Promise<void> {
      const decided = await incoming.decide(input);
      setWaiting(input.workshopId, 0);
      await writeBack(workshopDocumentId(input.workshopId), input.workshopId, decided.settled);
    },
    wake: () => {
      engine?.wake();
      void retry.retryNow();
    },
    async syncNow(): Promise<void> {
      await checkKeys(true);
      await engine?.syncNow();
    },
    /** Forgets the hub's mirror (leaving the program). */
    clearMirror: () => mirror.clear(),
  };
}

export type HubSync = ReturnType<typeof createHubSync>;
