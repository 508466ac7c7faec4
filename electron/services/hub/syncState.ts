/** Keeps the facts the hub's sync state is made of, and tells listeners when the state they see changes. */
import { sameSyncState, syncStateOf, type SyncFacts, type SyncState } from '../../../core/domain/hub/syncState';

export type SyncStateListener = (state: SyncState) => void;

export class SyncStateTracker {
  private facts: SyncFacts = { running: false, link: { kind: 'catching-up' }, unreadableDocuments: 0, decisionsWaiting: 0 };
  private shown: SyncState = syncStateOf(this.facts);
  private readonly listeners = new Set<SyncStateListener>();

  constructor(private readonly now: () => Date) {}

  state(): SyncState {
    return this.shown;
  }

  listen(listener: SyncStateListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  setRunning(running: boolean): void {
    this.update({ running });
  }

  /** Something is moving to or from the hub (a refusal or an outage stays shown until an exchange succeeds). */
  catchingUp(): void {
    if (this.facts.link.kind === 'caught-up') this.update({ link: { kind: 'catching-up' } });
  }

  caughtUp(): void {
    this.update({ link: { kind: 'caught-up' } });
  }

  /** The hub did not answer; `since` stays the time of the first failure in a row. */
  unreachable(): void {
    if (this.facts.link.kind !== 'unreachable') this.update({ link: { kind: 'unreachable', since: this.now().toISOString() } });
  }

  refused(why: 'refused-password' | 'revoked'): void {
    this.update({ link: { kind: 'refused', why } });
  }

  setUnreadable(count: number): void {
    this.update({ unreadableDocuments: count });
  }

  setDecisionsWaiting(count: number): void {
    this.update({ decisionsWaiting: count });
  }

  private update(change: Partial<SyncFacts>): void {
    this.facts = { ...this.facts, ...change };
    const next = syncStateOf(this.facts);
    if (sameSyncState(next, this.shown)) return;
    this.shown = next;
    for (const listener of this.listeners) listener(next);
  }
}
