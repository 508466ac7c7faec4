/**
 * A program hub for component tests, answering the hub.* channels of the fake bridge from state a
 * test sets and reads:
 *
 *   const hub = fakeHub({ status: inProgram() });
 *   installFakeFacilitator({ planning: { ...hub.handlers } });
 *   expect(hub.state.status.program).toBeUndefined();
 */
import type { HubDecision, HubProgram, HubSettingsView, HubStatus, Joined, JoinFileMade, ProgramListsView } from '../../core/contract/hub';
import { AppFailure } from '../../core/contract/result';
import type { PlanningHandlers } from './fakeFacilitator';

export interface FakeHubState {
  status: HubStatus;
  settings: HubSettingsView | null;
  decisions: HubDecision[];
  shared: Set<string>;
  /** Workshops another laptop withdrew from the program, with the day (not shared here). */
  withdrawnOn?: Map<string, string>;
  /** What the next "Choose the join file…" finds: the program joined, or a cancelled dialog. */
  nextJoin: Joined;
  /** The connection a join file carries, saved when it is used. */
  joinConnection?: HubSettingsView;
  /** Where the next join file is saved, or a cancelled dialog. */
  nextJoinFile: { status: 'cancelled' } | { status: 'saved'; path: string };
  /** The program's shared lists as this laptop last had them (shown while in a program). */
  lists: ProgramListsView;
}

const NO_LISTS: ProgramListsView = { sites: 0, facilitators: 0, resources: 0, modules: [] };

export const OFF: HubStatus = { sync: { kind: 'off' }, pendingDecisions: 0 };

export const harbor: HubProgram = { name: 'Harbor Youth Services', role: 'coordinator', epoch: 1, sharedWorkshops: 3 };

/** A coordinator's laptop in a program, up to date, with one facilitator joined and one invited. */
export function inProgram(overrides: Partial<HubStatus> = {}): HubStatus {
  return {
    sync: { kind: 'up-to-date' },
    program: harbor,
    pendingDecisions: 0,
    members: [
      { userName: 'coordinator', role: 'coordinator', state: 'joined', you: true },
      { userName: 'ana.reyes', role: 'facilitator', state: 'joined', you: false },
      { userName: 'ben.okafor', role: 'facilitator', state: 'invited', you: false },
    ],
    ...overrides,
  };
}

export const savedConnection: HubSettingsView = {
  address: 'https://hub.example.org:6984',
  database: 'harbor-youth',
  userName: 'coordinator',
  passwordSet: true,
};

export function fakeHub(initial: Partial<FakeHubState> = {}) {
  const state: FakeHubState = {
    status: OFF,
    settings: null,
    decisions: [],
    shared: new Set(),
    nextJoin: { status: 'cancelled' },
    nextJoinFile: { status: 'cancelled' },
    lists: NO_LISTS,
    ...initial,
  };
  const withStatus = (change: Partial<HubStatus>) => {
    state.status = { ...state.status, ...change };
    return state.status;
  };

  const handlers: PlanningHandlers = {
    'hub.status': () => state.status,
    'hub.settings': () => state.settings,
    'hub.saveSettings': ({ password, ...rest }) => {
      state.settings = { ...rest, passwordSet: password !== undefined || (state.settings?.passwordSet ?? false) };
      return state.settings;
    },
    'hub.createProgram': ({ name }) => withStatus({ sync: { kind: 'up-to-date' }, program: { ...harbor, name, sharedWorkshops: 0 } }),
    'hub.join': () => {
      if (state.nextJoin.status === 'joined') {
        state.status = state.nextJoin.hub;
        state.settings = state.joinConnection ?? state.settings;
      }
      return state.nextJoin;
    },
    'hub.makeJoinFile': ({ userName }): JoinFileMade => {
      if (state.nextJoinFile.status === 'cancelled') return state.nextJoinFile;
      const members = [...(state.status.members ?? []), { userName, role: 'facilitator' as const, state: 'invited' as const, you: false }];
      return { ...state.nextJoinFile, hub: withStatus({ members }) };
    },
    'hub.revoke': ({ userName }) => {
      const program = state.status.program ? { ...state.status.program, epoch: state.status.program.epoch + 1 } : undefined;
      return withStatus({ members: (state.status.members ?? []).filter((member) => member.userName !== userName), ...(program ? { program } : {}) });
    },
    'hub.leave': ({ keepCopies }) => {
      const deletedWorkshops = keepCopies ? 0 : (state.status.program?.sharedWorkshops ?? 0);
      state.status = OFF;
      return { hub: state.status, deletedWorkshops };
    },
    'hub.sharing': ({ workshopId }) => {
      const withdrawnOn = state.shared.has(workshopId) ? undefined : state.withdrawnOn?.get(workshopId);
      return { workshopId, shared: state.shared.has(workshopId), ...(withdrawnOn === undefined ? {} : { withdrawnOn }) };
    },
    'hub.share': ({ workshopId, shared }) => {
      if (shared) state.shared.add(workshopId);
      else state.shared.delete(workshopId);
      return { workshopId, shared };
    },
    'hub.decisions': () => state.decisions,
    'hub.decide': ({ workshopId, choices }) => {
      const open = state.decisions.filter((decision) => decision.workshopId === workshopId);
      if (open.length === 0) throw new AppFailure('not-found', { code: 'workshop-missing' });
      if (open.some((decision) => choices[decision.id] === undefined)) throw new AppFailure('invalid-input', { code: 'input-invalid' });
      state.decisions = state.decisions.filter((decision) => decision.workshopId !== workshopId);
      withStatus({ pendingDecisions: state.decisions.length });
      return state.decisions;
    },
    'hub.lists': () => (state.status.program ? state.lists : null),
    'hub.syncNow': () => state.status,
  };
  return { state, handlers };
}
