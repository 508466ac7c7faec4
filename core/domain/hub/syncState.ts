/**
 * What the person sees of the program hub: one state, worded by the renderer.
 *
 * - 'off': this laptop is not in a program, or the hub is switched off;
 * - 'up-to-date': the last exchange with the hub sent and received everything, and the one under
 *   way (if any) has not been waiting long: it is said only on the hub's recent word;
 * - 'catching-up': an exchange is under way with something to send or receive, or one has been
 *   waiting for the hub for a few seconds (a frozen hub, a dead network: offline once it fails);
 * - 'offline' since when the hub was last out of reach (the laptop keeps working; changes wait);
 * - 'needs-you': something only a person can fix, by `why`.
 */

/**
 * - 'refused-password': the hub no longer accepts this laptop's name and password;
 * - 'revoked': the hub accepts the password but this laptop is no longer a member of the program;
 * - 'wrong-key': documents arrived that the program key held here does not open (a missing or old key);
 * - 'decisions': changes from the hub wait for a person to choose between them.
 */
export const needsYouReasons = ['refused-password', 'revoked', 'wrong-key', 'decisions'] as const;
export type NeedsYouReason = (typeof needsYouReasons)[number];

export type SyncState =
  | { kind: 'off' }
  | { kind: 'up-to-date' }
  | { kind: 'catching-up' }
  | { kind: 'offline'; /** ISO instant of the first failed attempt in a row. */ since: string }
  | { kind: 'needs-you'; why: NeedsYouReason };

/** How the last exchange with the hub went. */
export type HubLink =
  { kind: 'catching-up' } | { kind: 'caught-up' } | { kind: 'unreachable'; since: string } | { kind: 'refused'; why: 'refused-password' | 'revoked' };

/** Everything the state is made from; the engine keeps these and asks `syncStateOf` what to show. */
export interface SyncFacts {
  running: boolean;
  link: HubLink;
  /** Documents held here that the program key does not open. */
  unreadableDocuments: number;
  /** Conflicts waiting for a person (counted by whoever keeps the decisions). */
  decisionsWaiting: number;
}

/**
 * The one state to show. What needs a person comes first, even offline (a decision can be made
 * without the network); then being out of reach; then whether anything is moving.
 */
export function syncStateOf(facts: SyncFacts): SyncState {
  const { link } = facts;
  if (!facts.running) return { kind: 'off' };
  if (link.kind === 'refused') return { kind: 'needs-you', why: link.why };
  if (facts.unreadableDocuments > 0) return { kind: 'needs-you', why: 'wrong-key' };
  if (facts.decisionsWaiting > 0) return { kind: 'needs-you', why: 'decisions' };
  if (link.kind === 'unreachable') return { kind: 'offline', since: link.since };
  return link.kind === 'catching-up' ? { kind: 'catching-up' } : { kind: 'up-to-date' };
}

export function sameSyncState(a: SyncState, b: SyncState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type SyncStateName = SyncState['kind'];
