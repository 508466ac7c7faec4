/**
 * The program hub: what its channels take and return. Main talks to the hub (CouchDB); the renderer
 * only asks main, through these channels, and never learns the hub password back.
 */
import { z } from 'zod';
import type { CivilDate, ClockTime } from '../domain/calendar/civil';
import type { PendingDecision } from '../domain/hub/conflicts';
import type { ModuleInUse } from '../domain/hub/programLists';
import type { Message } from '../domain/messages';
import type { SyncState } from '../domain/hub/syncState';
import { hubPasswordSchema, hubSettingsSchema, hubUserNameSchema } from '../domain/hub/hubSettings';
import { recordId, requiredText, singleLineText } from '../domain/text';
import { channel, noInput } from './defineChannel';
import { passphrase } from './protection';

export { needsYouReasons, type NeedsYouReason, type SyncState, type SyncStateName } from '../domain/hub/syncState';

export { hubAddressProblem, isAllowedHubAddress } from '../domain/hub/hubSettings';

/** The connection to save. `password` is write-only: left out, the saved one is kept. */
export const hubSettingsInput = hubSettingsSchema.extend({ password: hubPasswordSchema.optional() });

/** The saved connection as the renderer may see it: never the password, only whether one is kept. */
export interface HubSettingsView {
  address: string;
  database: string;
  userName: string;
  passwordSet: boolean;
}

export const hubRoles = ['coordinator', 'facilitator'] as const;
export type HubRole = (typeof hubRoles)[number];

/** Someone in the program, as the coordinator sees them. */
export interface HubMember {
  userName: string;
  role: HubRole;
  /** 'invited': a join file was made and not used yet. */
  state: 'invited' | 'joined';
  /** This laptop's own user. */
  you: boolean;
}

/** The sync state as shown: an offline one also says when, in the computer's time zone, as main's clock reads it. */
export type SyncView =
  Exclude<SyncState, { kind: 'offline' }> | { kind: 'offline'; since: string; sinceOn: CivilDate; sinceAt: ClockTime; sinceToday: boolean };

export interface HubProgram {
  name: string;
  role: HubRole;
  /** The program key's generation: 1, then one more after each revoke. */
  epoch: number;
  /** How many workshops on this laptop are shared with the program. */
  sharedWorkshops: number;
}

export interface HubStatus {
  sync: SyncView;
  /** Absent until this laptop creates or joins a program. */
  program?: HubProgram;
  /** Conflicts only a person can settle, waiting in the decisions list. */
  pendingDecisions: number;
  /** Everyone in the program: for a coordinator only. */
  members?: HubMember[];
}

/** The program's shared lists as this laptop last had them: how many of each, and the modules its workshops use. */
export interface ProgramListsView {
  sites: number;
  facilitators: number;
  resources: number;
  modules: ModuleInUse[];
  /** Why the lists last found on the hub were not taken in (nothing in Settings changed). */
  refused?: Message[];
}

export type JoinFileMade = { status: 'cancelled' } | { status: 'saved'; path: string; hub: HubStatus };

export type Joined = { status: 'cancelled' } | { status: 'joined'; hub: HubStatus };

export interface HubLeft {
  hub: HubStatus;
  /** Workshops that came from the program and were deleted from this laptop (0 when copies are kept). */
  deletedWorkshops: number;
}

export interface WorkshopSharing {
  workshopId: string;
  shared: boolean;
  /** Not shared because another laptop withdrew it from the program on this day (the user's time zone); this copy was kept. */
  withdrawnOn?: CivilDate;
}

/**
 * One thing changed one way on this laptop and another way on another laptop of the program: both
 * sides, worded by the renderer (the merge's PendingDecision).
 */
export type { DecisionSide } from '../domain/hub/conflicts';
export type HubDecision = PendingDecision;

/** For each decision of one workshop, the revision whose value to keep: every open decision needs one. */
export const decideSchema = z.strictObject({
  workshopId: recordId,
  choices: z.record(singleLineText(200).pipe(z.string().min(1)), singleLineText(200).pipe(z.string().min(1))),
});

const workshopRef = z.strictObject({ workshopId: recordId });

/** The program hub: connection, membership, what is shared, and what waits for a person. */
export const hubChannels = {
  /** The sync state, the program (name, role), pending decisions, and the members for a coordinator. */
  'hub.status': channel<HubStatus>()(noInput),
  /** The saved connection without its password; null when none is saved. */
  'hub.settings': channel<HubSettingsView | null>()(noInput),
  'hub.saveSettings': channel<HubSettingsView>()(hubSettingsInput),
  /** The coordinator makes the program on the hub (database, security, program key) with the saved connection. */
  'hub.createProgram': channel<HubStatus>()(z.strictObject({ name: requiredText(100) })),
  /** A one-time join file for one facilitator, sealed with a passphrase given in person; saved where the user chooses. */
  'hub.makeJoinFile': channel<JoinFileMade>()(z.strictObject({ userName: hubUserNameSchema, passphrase })),
  /** Opens a join file the user picks, with its passphrase, and joins (the file cannot be used again). */
  'hub.join': channel<Joined>()(z.strictObject({ passphrase: z.string().min(1).max(200) })),
  /** Shuts a member out and re-keys the program: they get nothing new. */
  'hub.revoke': channel<HubStatus>()(z.strictObject({ userName: hubUserNameSchema })),
  /** This laptop leaves the program, keeping or deleting the workshops that came from it. */
  'hub.leave': channel<HubLeft>()(z.strictObject({ keepCopies: z.boolean() })),
  /** Whether a workshop is shared with the program. */
  'hub.sharing': channel<WorkshopSharing>()(workshopRef),
  'hub.share': channel<WorkshopSharing>()(z.strictObject({ workshopId: recordId, shared: z.boolean() })),
  /** The decisions waiting for a person, oldest first. */
  'hub.decisions': channel<HubDecision[]>()(noInput),
  /** Settles every decision of one workshop at once; the decisions still waiting (in other workshops) come back. */
  'hub.decide': channel<HubDecision[]>()(decideSchema),
  /** The program's shared lists (sites, facilitators, resources, modules in use); null outside a program. */
  'hub.lists': channel<ProgramListsView | null>()(noInput),
  /** Asks the hub now instead of waiting. */
  'hub.syncNow': channel<HubStatus>()(noInput),
};
