/**
 * How this laptop stands with the program hub, as the person sees it. Pure data: the engine in main
 * works it out; the renderer words it (the indicator in the shell, Settings › Program hub).
 */

/** Why the hub needs a person: a decision to make, or something only they can fix. */
export const needsYouReasons = [
  /** Both sides changed the same thing: someone chooses which to keep (the decisions list). */
  'decisions',
  /** The program key here does not open what the hub holds (a wrong or missing key). */
  'wrong-key',
  /** The coordinator removed this laptop's user from the program. */
  'revoked',
  /** The hub refused the user name or password. */
  'refused-password',
] as const;
export type NeedsYouReason = (typeof needsYouReasons)[number];

export type SyncState =
  /** No hub is set up: everything stays on this laptop. */
  | { kind: 'off' }
  | { kind: 'up-to-date' }
  | { kind: 'catching-up' }
  /** The hub cannot be reached; `since` is the instant (ISO 8601) it was last reached or first missed. */
  | { kind: 'offline'; since: string }
  | { kind: 'needs-you'; why: NeedsYouReason };

export type SyncStateName = SyncState['kind'];
