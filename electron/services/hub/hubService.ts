/**
 * The hub.* channels over one open data folder: the saved connection, the program (create, join,
 * revoke, leave) through program.ts, what is shared and what waits for a person through hubSync.ts,
 * and the state shown. The engine starts when the data opens in a program and stops when it closes.
 */
import type { HubMember, HubSettingsView, HubStatus, SyncView, WorkshopSharing } from '../../../core/contract/hub';
import { AppFailure } from '../../../core/contract/result';
import { civilDateIn, clockTimeIn } from '../../../core/domain/calendar/zone';
import { joinFileName, MAX_JOIN_FILE_BYTES } from '../../../core/domain/hub/joinFile';
import { sharedWorkshopsOf, type HubMembership } from '../../../core/domain/hub/membership';
import type { SyncState } from '../../../core/domain/hub/syncState';
import { readChosenFile, saveUserFile, type DataStore } from '../../storage';
import type { DesktopHost } from '../host';
import type { Clock } from '../planning/clock';
import type { HubTiming } from './engine';
import { createHubSync } from './hubSync';
import { createProgramService } from './program';
import { createProgramMembers } from './programMembers';
import { withdrawnAt } from './sharedChanges';

/** Test seams: a short timing, a small scrypt cost, a quick share. */
export interface HubServiceTuning {
  timing?: Partial<HubTiming>;
  passphraseCost?: number;
  shareDelayMs?: number;
  keyCheckEveryMs?: number;
}

export interface HubServiceOptions {
  store: DataStore;
  clock: Clock;
  host: DesktopHost;
  tuning?: HubServiceTuning;
}

const NO_PROGRAM = new AppFailure('not-found', { code: 'program-none' });

export function createHubService(options: HubServiceOptions) {
  const { store, clock, host } = options;
  const tuning = options.tuning ?? {};
  const program = createProgramService({
    membership: store.hubMembership,
    now: () => clock.now(),
    ...(tuning.passphraseCost === undefined ? {} : { passphraseCost: tuning.passphraseCost }),
    membershipTurn: (change) => sync.exclusive(change),
  });
  const programMembers = createProgramMembers(program);
  const sync = createHubSync({
    store,
    clock,
    program,
    onMemberDocument: () => void programMembers.refresh(),
    ...(tuning.timing ? { timing: tuning.timing } : {}),
    ...(tuning.shareDelayMs === undefined ? {} : { shareDelayMs: tuning.shareDelayMs }),
    ...(tuning.keyCheckEveryMs === undefined ? {} : { keyCheckEveryMs: tuning.keyCheckEveryMs }),
  });
  // Started as the data opens; every channel waits for it (a hub out of reach does not hold it up).
  const started = sync.start().catch(() => undefined);

  async function membership(): Promise<HubMembership> {
    const current = await store.hubMembership.read();
    if (current === undefined) throw NO_PROGRAM;
    return current;
  }

  function syncView(state: SyncState): SyncView {
    if (state.kind !== 'offline') return state;
    const since = new Date(state.since);
    const sinceOn = civilDateIn(since, clock.timeZone);
    return { ...state, sinceOn, sinceAt: clockTimeIn(since, clock.timeZone), sinceToday: sinceOn === civilDateIn(clock.now(), clock.timeZone) };
  }

  async function members(current: HubMembership): Promise<HubMember[]> {
    const you: HubMember = { userName: current.hub.userName, role: 'coordinator', state: 'joined', you: true };
    const others = (await programMembers.list()).map((member): HubMember => ({
      userName: member.userName,
      role: 'facilitator',
      state: member.joined ? 'joined' : 'invited',
      you: false,
    }));
    return [you, ...others];
  }

  async function status(): Promise<HubStatus> {
    await started;
    const current = await store.hubMembership.read();
    const pendingDecisions = current === undefined ? 0 : sync.decisionsWaiting();
    const view: HubStatus = { sync: syncView(sync.state()), pendingDecisions };
    if (current === undefined) return view;
    view.program = {
      name: current.program.name,
      role: current.role === 'coordinator' ? 'coordinator' : 'facilitator',
      epoch: Math.max(...current.keys.map((key) => key.epoch)),
      sharedWorkshops: sharedWorkshopsOf(current).length,
    };
    if (current.role === 'coordinator') view.members = await members(current);
    return view;
  }

  async function settings(): Promise<HubSettingsView | null> {
    const current = (await store.hubMembership.read())?.hub ?? (await store.hubConnection.read());
    if (current === undefined) return null;
    const { address, database, userName } = current;
    return { address, database, userName, passwordSet: true };
  }

  async function saveSettings(input: { address: string; database: string; userName: string; password?: string | undefined }): Promise<HubSettingsView> {
    const current = await store.hubMembership.read();
    if (current !== undefined) {
      // In a program only the address (the hub moved) and the password (reset by its admin) may change.
      if (input.database !== current.hub.database || input.userName !== current.hub.userName)
        throw new AppFailure('invalid-input', { code: 'program-already-in', params: { program: current.program.name } });
      await sync.exclusive(() => program.changeConnection({ address: input.address, ...(input.password === undefined ? {} : { password: input.password }) }));
      await sync.stop();
      await sync.start();
      return (await settings())!;
    }
    const saved = await store.hubConnection.read();
    const password = input.password ?? saved?.password;
    if (password === undefined) throw new AppFailure('invalid-input', { code: 'input-invalid' }, [{ path: 'password', rule: 'required' }]);
    await store.hubConnection.write({ address: input.address, database: input.database, userName: input.userName, password });
    return (await settings())!;
  }

  async function createProgram({ name }: { name: string }): Promise<HubStatus> {
    const saved = await store.hubConnection.read();
    if (saved === undefined) throw new AppFailure('invalid-input', { code: 'input-invalid' }, [{ path: 'address', rule: 'required' }]);
    const { password, ...hub } = saved;
    await program.createProgram({ hub, password, programName: name });
    await store.hubConnection.remove();
    await sync.start();
    return status();
  }

  async function makeJoinFile(input: { userName: string; passphrase: string }) {
    await membership();
    const target = await host.chooseSaveTarget(joinFileName(input.userName), 'hub-join');
    if (target === undefined) return { status: 'cancelled' as const };
    const bytes = await program.makeJoinFile(input);
    await saveUserFile(target, bytes);
    await programMembers.refresh();
    return { status: 'saved' as const, path: target, hub: await status() };
  }

  async function join({ passphrase }: { passphrase: string }) {
    const path = await host.chooseFileToOpen('hub-join');
    if (path === undefined) return { status: 'cancelled' as const };
    const read = await readChosenFile(path, MAX_JOIN_FILE_BYTES);
    if (!read.ok) throw new AppFailure('invalid-input', read.refusal);
    await program.join({ fileBytes: read.bytes, passphrase });
    await store.hubConnection.remove();
    await sync.start();
    return { status: 'joined' as const, hub: await status() };
  }

  async function revoke({ userName }: { userName: string }): Promise<HubStatus> {
    sync.useKeys(await sync.exclusive(() => program.revoke({ userName })));
    await programMembers.refresh();
    // From now on everything shared is sealed under the new epoch, which the revoked member never gets.
    await sync.shareAll();
    return status();
  }

  async function leave({ keepCopies }: { keepCopies: boolean }) {
    const shared = await sync.sharedList();
    await membership();
    await sync.stop();
    let deletedWorkshops = 0;
    if (!keepCopies) {
      for (const entry of shared.filter((item) => item.from === 'program')) {
        await store.workshops.remove(entry.workshopId);
        deletedWorkshops += 1;
      }
    }
    await sync.clearMirror();
    await program.leave();
    programMembers.forget();
    return { hub: await status(), deletedWorkshops };
  }

  async function sharing({ workshopId }: { workshopId: string }): Promise<WorkshopSharing> {
    const shared = (await sync.sharedIds()).includes(workshopId);
    const workshop = shared ? undefined : await store.workshops.get(workshopId);
    const withdrawn = workshop === undefined ? undefined : withdrawnAt(workshop);
    return withdrawn === undefined ? { workshopId, shared } : { workshopId, shared, withdrawnOn: civilDateIn(new Date(withdrawn), clock.timeZone) };
  }

  async function share({ workshopId, shared }: { workshopId: string; shared: boolean }) {
    await membership();
    if ((await store.workshops.get(workshopId)) === undefined) throw new AppFailure('not-found', { code: 'workshop-missing' });
    await sync.setShared(workshopId, shared);
    return sharing({ workshopId });
  }

  return {
    handlers: {
      'hub.status': status,
      'hub.settings': settings,
      'hub.saveSettings': saveSettings,
      'hub.createProgram': createProgram,
      'hub.makeJoinFile': makeJoinFile,
      'hub.join': join,
      'hub.revoke': revoke,
      'hub.leave': leave,
      'hub.sharing': sharing,
      'hub.share': share,
      'hub.decisions': () => sync.decisions(),
      'hub.decide': async (input: { workshopId: string; choices: Record<string, string> }) => {
        await sync.decide(input);
        return sync.decisions();
      },
      'hub.lists': () => sync.programLists(),
      'hub.syncNow': async () => {
        await started;
        await sync.syncNow();
        if ((await store.hubMembership.read())?.role === 'coordinator') await programMembers.refresh();
        return status();
      },
    },
    /** A workshop was written durably: shared after a pause when it is shared with the program. */
    workshopWritten: (workshopId: string) => sync.workshopWritten(workshopId),
    /** A settings save changed a list the program shares. */
    listsWritten: () => sync.listsWritten(),
    /** A workshop is about to be deleted here: its withdrawal from the program (when shared) is written down first, so never forgotten. */
    workshopRemoving: (workshopId: string) => sync.workshopRemoving(workshopId),
    /** The deletion went through (withdrawn from the program) or failed (still shared). */
    workshopRemoved: (workshopId: string) => sync.workshopRemoved(workshopId),
    /** People changed in the registry: the shared workshops naming them go again. */
    participantsChanged: (participantIds: readonly string[]) => void sync.participantsWritten(participantIds).catch(() => undefined),
    /** After sleep or a network change. */
    wake: () => sync.wake(),
    async close(): Promise<void> {
      await started;
      await sync.close();
    },
  };
}

export type HubService = ReturnType<typeof createHubService>;
