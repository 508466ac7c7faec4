/**
 * The program's shared lists (core/domain/hub/programLists.ts) over one open data folder: a settings
 * save that changes sites, facilitators or resources is sealed and shared a moment later, as a
 * workshop is; the lists that come from the hub are merged with this laptop's and written into
 * Settings through its own validation, durably, with every leaf of the hub's document settled by the
 * merged body (lists never wait for a person).
 *
 * What the program last had from or gave this laptop is kept with the membership (each entry's change
 * time): a save is compared with it to date what changed here and to turn what was deleted here into
 * a removal the other laptops follow.
 */
import type { ProgramListsView } from '../../../core/contract/hub';
import { LISTS_DOC_ID } from '../../../core/domain/hub/documents';
import type { HubMembership } from '../../../core/domain/hub/membership';
import {
  emptyProgramLists,
  liveRecords,
  mergeProgramLists,
  programListsOf,
  readProgramLists,
  sameProgramLists,
  sameSharedRecords,
  settingsWithProgramLists,
  type ModuleInUse,
  type ProgramLists,
  type SharedRecords,
} from '../../../core/domain/hub/programLists';
import type { Message } from '../../../core/domain/messages';
import type { Settings } from '../../../core/domain/settings';
import { StorageError, type DataStore } from '../../storage';
import type { Clock } from '../planning/clock';
import type { HubEngine, IncomingContext } from './engine';

export interface ProgramListsSyncOptions {
  store: DataStore;
  clock: Clock;
  /** The running engine, if any. */
  engine: () => HubEngine | undefined;
  /** Runs a change of the membership file after the others (hubSync's turn). */
  exclusive: <T>(change: () => Promise<T>) => Promise<T>;
  /** The workshops this laptop shares with the program: their modules are the modules in use. */
  sharedIds: () => Promise<string[]>;
  shareDelayMs: number;
}

export type ListsReceived = { status: 'refused'; problems: Message[] } | { status: 'applied'; settingsChanged: boolean };

const recordsOf = ({ sites, facilitators, resources }: Settings): SharedRecords => ({ sites, facilitators, resources });

/** The store whose settings saves tell `written` when they changed a shared list. */
export function withSharedListWrites(store: DataStore, written: () => void): DataStore {
  const { settings } = store;
  return {
    ...store,
    settings: {
      get: () => settings.get(),
      update: async (change) => {
        const before = settings.get();
        const after = await settings.update(change);
        if (!sameSharedRecords(recordsOf(before), recordsOf(after))) written();
        return after;
      },
    },
  };
}

export function createProgramListsSync(options: ProgramListsSyncOptions) {
  const { store, clock, exclusive } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sharing = new Set<Promise<void>>();
  /** Why the last lists from the hub were not taken in; cleared when good ones arrive. */
  let refused: Message[] | undefined;

  /**
   * From the workshops' digests: the modules of those shared with the program (the modules in use),
   * and the sites and facilitators any workshop here names (a removal on the program leaves those here).
   */
  async function fromWorkshops(): Promise<{ modules: ModuleInUse[]; named: Set<string> }> {
    const shared = new Set(await options.sharedIds());
    const modules: ModuleInUse[] = [];
    const named = new Set<string>();
    for (const digest of await store.workshops.summaries('all')) {
      if (shared.has(digest.id)) modules.push(digest.module);
      if (digest.site) named.add(digest.site.siteId);
      for (const facilitator of digest.facilitators) named.add(facilitator.facilitatorId);
    }
    return { modules, named };
  }

  const lastOf = (membership: HubMembership) => membership.lists ?? { program: emptyProgramLists(), keptHere: [] };

  /** Keeps the lists just shared as what the program last had, merged with what a receive kept meanwhile. */
  function remember(shared: ProgramLists): Promise<void> {
    return exclusive(async () => {
      const current = await store.hubMembership.read();
      if (current === undefined) return;
      const last = lastOf(current);
      await store.hubMembership.write({
        ...current,
        lists: { program: mergeProgramLists([last.program, shared]), keptHere: last.keptHere },
      });
    });
  }

  /** Seals this laptop's lists and shares them, when they differ from what the program last had from here. */
  async function shareNow(): Promise<void> {
    const engine = options.engine();
    const membership = await store.hubMembership.read();
    if (engine === undefined || membership === undefined) return;
    const last = lastOf(membership);
    const mine = programListsOf({
      records: recordsOf(store.settings.get()),
      modules: (await fromWorkshops()).modules,
      last: last.program,
      keptHere: last.keptHere,
      now: clock.now().toISOString(),
    });
    if (sameProgramLists(mine, last.program)) return;
    await engine.share(LISTS_DOC_ID, mine);
    await remember(mine);
  }

  function tracked(task: Promise<void>): Promise<void> {
    sharing.add(task);
    void task.finally(() => sharing.delete(task)).catch(() => undefined);
    return task;
  }

  /** Writes the merged lists over the hub's leaves (or only removes the losing leaves when the winner holds them already). */
  function settleOnHub(merged: ProgramLists, winner: ProgramLists, losing: readonly string[]): void {
    const engine = options.engine();
    if (engine === undefined) return;
    // The engine holds the document until receive returns: the write waits its turn.
    setTimeout(() => {
      if (!sameProgramLists(merged, winner)) void tracked(engine.resolve(LISTS_DOC_ID, merged, losing).then(() => undefined)).catch(() => undefined);
      else if (losing.length > 0) void tracked(engine.settle(LISTS_DOC_ID, losing)).catch(() => undefined);
    }, 0);
  }

  /**
   * The lists document from the hub, every leaf of it: merged with this laptop's lists and written into
   * Settings. A winning leaf that is not lists this app reads (a newer app's) refuses them all, and
   * nothing changes: writing over it would lose what it holds. A losing leaf it cannot read is left on
   * the hub, for the app that wrote it, and the others are taken in.
   */
  async function receive(body: unknown, context: IncomingContext): Promise<ListsReceived> {
    const winnerRead = readProgramLists(body);
    if (!winnerRead.ok) {
      refused = winnerRead.problems;
      return { status: 'refused', problems: winnerRead.problems };
    }
    const leaves: ProgramLists[] = [winnerRead.lists];
    const settled: string[] = [];
    for (const conflict of context.conflicts) {
      const read = readProgramLists(conflict.body);
      if (!read.ok) continue;
      leaves.push(read.lists);
      settled.push(conflict.rev);
    }
    const { modules, named } = await fromWorkshops();
    const now = clock.now().toISOString();
    const received = await exclusive(async (): Promise<ListsReceived & { merged?: ProgramLists }> => {
      const membership = await store.hubMembership.read();
      if (membership === undefined) return { status: 'applied', settingsChanged: false };
      const last = lastOf(membership);
      const merge = (settings: Settings) => {
        const mine = programListsOf({ records: recordsOf(settings), modules, last: last.program, keptHere: last.keptHere, now });
        const merged = mergeProgramLists([...leaves, mine]);
        return { merged, ...settingsWithProgramLists(settings, merged, named) };
      };
      let outcome = merge(store.settings.get());
      const settingsChanged = !sameSharedRecords(recordsOf(outcome.settings), recordsOf(store.settings.get()));
      if (settingsChanged) {
        try {
          // Merged again with Settings as they are when the write runs (a save may have come meanwhile).
          await store.settings.update((current) => (outcome = merge(current)).settings);
        } catch (error) {
          if (!(error instanceof StorageError) || error.issues === undefined) throw error;
          return { status: 'refused', problems: error.issues.map((issue) => ({ code: 'hub-lists-field', params: { path: issue.path, rule: issue } })) };
        }
      }
      await store.hubMembership.write({ ...membership, lists: { program: outcome.merged, keptHere: outcome.keptHere } });
      return { status: 'applied', settingsChanged, merged: outcome.merged };
    });
    if (received.status === 'refused') {
      refused = received.problems;
      return received;
    }
    refused = undefined;
    if (received.merged !== undefined) settleOnHub(received.merged, winnerRead.lists, settled);
    return { status: 'applied', settingsChanged: received.settingsChanged };
  }

  return {
    receive,
    /**
     * A settings save changed a shared list, a workshop was shared or the engine started (a save made
     * before it did): the lists are shared after a pause, when they differ from what the program last had.
     */
    written(): void {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void tracked(shareNow()).catch(() => undefined);
      }, options.shareDelayMs);
    },
    /** Shares what waits to be shared now, and waits for the writes under way (before the engine stops). */
    async flush(): Promise<void> {
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
        await tracked(shareNow()).catch(() => undefined);
      }
      await Promise.allSettled([...sharing]);
    },
    /** What the program's lists hold, as this laptop last had them. */
    async view(): Promise<ProgramListsView | null> {
      const membership = await store.hubMembership.read();
      if (membership === undefined) return null;
      const { program } = lastOf(membership);
      return {
        sites: liveRecords(program.sites).length,
        facilitators: liveRecords(program.facilitators).length,
        resources: liveRecords(program.resources).length,
        modules: program.modules,
        ...(refused === undefined ? {} : { refused }),
      };
    },
  };
}

export type ProgramListsSync = ReturnType<typeof createProgramListsSync>;
