/**
 * The program hub: what its channels take and return. Main talks to the hub (CouchDB); the renderer
 * only asks main, through these channels, and never learns the hub password back.
 */
import { z } from 'zod';
import type { CivilDate, ClockTime } from '../domain/calendar/civil';
import type { SyncState } from '../domain/hub/syncState';
import { ruleOf, type FieldIssue } from '../domain/issues';
import type { Message } from '../domain/messages';
import { recordId, requiredText, singleLineText } from '../domain/text';
import { channel, noInput } from './defineChannel';
import { passphrase } from './protection';

export { needsYouReasons, type NeedsYouReason, type SyncState, type SyncStateName } from '../domain/hub/syncState';

/** Hosts that are this computer: the only ones a hub may be reached at over plain http (tests, a hub on this laptop). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

function asUrl(text: string): URL | undefined {
  try {
    return new URL(text.trim());
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with a hub address, as a field rule: the address is an origin and nothing more, https,
 * or plain http to this computer only. (The same checks as hubAddressProblem in the program branch's
 * core/domain/hub/hubSettings.ts, which should replace these when the branches meet.)
 */
export function hubAddressProblem(address: string): Omit<FieldIssue, 'path'> | undefined {
  const url = asUrl(address);
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') return { rule: 'hub-not-an-address' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return { rule: 'hub-not-https' };
  if (url.username !== '' || url.password !== '') return { rule: 'hub-address-credentials' };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') return { rule: 'hub-address-path' };
  return undefined;
}

export function isAllowedHubAddress(address: string): boolean {
  return hubAddressProblem(address) === undefined;
}

/** The hub's address, kept as its origin, e.g. https://hub.example.org:6984. */
export const hubAddress = z
  .string()
  .max(300, { message: 'must be at most 300 characters' })
  .superRefine((address, context) => {
    const problem = address.trim() === '' ? { rule: 'required' as const } : hubAddressProblem(address);
    if (problem) context.addIssue({ code: 'custom', message: `hub address: ${problem.rule}`, ...ruleOf(problem) });
  })
  .transform((address) => asUrl(address)?.origin ?? address);

/** CouchDB's rule for database names: a lowercase letter, then lowercase letters, digits and _ $ ( ) + - /. */
export const hubDatabase = z
  .string()
  .trim()
  .min(1, { message: 'is required' })
  .max(238, { message: 'must be at most 238 characters' })
  .refine((text) => text === '' || /^[a-z][a-z0-9_$()+/-]*$/.test(text), { message: 'is not a database name', ...ruleOf({ rule: 'hub-database-name' }) });

/** A CouchDB user name: anything on one line but a leading underscore or a colon. */
export const hubUserName = requiredText(100).refine((text) => !text.startsWith('_') && !text.includes(':') && !/[\t\n\r]/.test(text), {
  message: 'is not a user name the hub takes',
  ...ruleOf({ rule: 'hub-user-name' }),
});

/** The connection to save. `password` is write-only: left out, the saved one is kept. */
export const hubSettingsInput = z.strictObject({
  address: hubAddress,
  database: hubDatabase,
  userName: hubUserName,
  password: z.string().min(1, { message: 'is required' }).max(200, { message: 'must be at most 200 characters' }).optional(),
});

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
}

/** One side of a decision: the hub revision it comes from and its value in words. */
export interface DecisionSide {
  revision: string;
  value: Message;
}

/**
 * One thing changed one way on this laptop and another way on another laptop of the program: both
 * sides, worded by the renderer. The same shape as PendingDecision in the merge branch's
 * core/domain/hub/conflicts.ts, which should replace it when the branches meet.
 */
export interface HubDecision {
  /** Stable while the hub's revisions stay. */
  id: string;
  workshopId: string;
  workshopTitle: string;
  /** What it is about, e.g. the mark of JH-26-014 at the meeting on March 9. */
  label: Message;
  /** The side the workshop holds until decided, and the other one. */
  kept: DecisionSide;
  other: DecisionSide;
  /** The revision of the side changed last. */
  newer: string;
  /** Which side this laptop's own copy holds, when it holds one of them. */
  here?: 'kept' | 'other';
}

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
  'hub.makeJoinFile': channel<JoinFileMade>()(z.strictObject({ userName: hubUserName, passphrase })),
  /** Opens a join file the user picks, with its passphrase, and joins (the file cannot be used again). */
  'hub.join': channel<Joined>()(z.strictObject({ passphrase: z.string().min(1).max(200) })),
  /** Shuts a member out and re-keys the program: they get nothing new. */
  'hub.revoke': channel<HubStatus>()(z.strictObject({ userName: hubUserName })),
  /** This laptop leaves the program, keeping or deleting the workshops that came from it. */
  'hub.leave': channel<HubLeft>()(z.strictObject({ keepCopies: z.boolean() })),
  /** Whether a workshop is shared with the program. */
  'hub.sharing': channel<WorkshopSharing>()(workshopRef),
  'hub.share': channel<WorkshopSharing>()(z.strictObject({ workshopId: recordId, shared: z.boolean() })),
  /** The decisions waiting for a person, oldest first. */
  'hub.decisions': channel<HubDecision[]>()(noInput),
  /** Settles every decision of one workshop at once; the decisions still waiting (in other workshops) come back. */
  'hub.decide': channel<HubDecision[]>()(decideSchema),
  /** Asks the hub now instead of waiting. */
  'hub.syncNow': channel<HubStatus>()(noInput),
};
