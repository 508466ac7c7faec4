import { describe, expect, it } from 'vitest';
import { syncStateOf, type SyncFacts } from '../../../core/domain/hub/syncState';
import { hubDocumentRefOf, LISTS_DOC_ID, memberDocId, workshopDocId } from '../../../core/domain/hub/documents';
import { SyncStateTracker } from '../../../electron/services/hub/syncState';

const calm: SyncFacts = { running: true, link: { kind: 'caught-up' }, unreadableDocuments: 0, decisionsWaiting: 0 };

describe('the sync state a person sees', () => {
  it('puts what needs a person first, even offline; then being offline; then whether anything moves', () => {
    const offline = { kind: 'unreachable', since: '2027-03-02T23:30:00.000Z' } as const;
    expect(syncStateOf({ ...calm, running: false, decisionsWaiting: 2 })).toEqual({ kind: 'off' });
    expect(syncStateOf({ ...calm, link: { kind: 'refused', why: 'revoked' }, unreadableDocuments: 1 })).toEqual({ kind: 'needs-you', why: 'revoked' });
    expect(syncStateOf({ ...calm, link: offline, unreadableDocuments: 1, decisionsWaiting: 1 })).toEqual({ kind: 'needs-you', why: 'wrong-key' });
    expect(syncStateOf({ ...calm, link: offline, decisionsWaiting: 1 })).toEqual({ kind: 'needs-you', why: 'decisions' });
    expect(syncStateOf({ ...calm, link: offline })).toEqual({ kind: 'offline', since: '2027-03-02T23:30:00.000Z' });
    expect(syncStateOf({ ...calm, link: { kind: 'catching-up' } })).toEqual({ kind: 'catching-up' });
    expect(syncStateOf(calm)).toEqual({ kind: 'up-to-date' });
  });

  it('says offline since the first failure in a row, and tells listeners only of changes', () => {
    let now = new Date('2027-03-02T23:30:00.000Z');
    const tracker = new SyncStateTracker(() => now);
    const heard: unknown[] = [];
    tracker.listen((state) => heard.push(state));
    tracker.setRunning(true);
    tracker.caughtUp();
    tracker.unreachable();
    now = new Date('2027-03-02T23:45:00.000Z');
    tracker.unreachable();
    tracker.catchingUp(); // a share while offline: still offline
    expect(tracker.state()).toEqual({ kind: 'offline', since: '2027-03-02T23:30:00.000Z' });
    tracker.caughtUp();
    tracker.caughtUp();
    expect(heard).toEqual([{ kind: 'catching-up' }, { kind: 'up-to-date' }, { kind: 'offline', since: '2027-03-02T23:30:00.000Z' }, { kind: 'up-to-date' }]);
  });
});

describe('hub document ids', () => {
  it('names workshops, the lists and members, and nothing else', () => {
    const id = '0b7c5c1e-2f4a-4d7e-9d1a-3c5b7e9f1a2b';
    expect(hubDocumentRefOf(workshopDocId(id))).toEqual({ kind: 'workshop', workshopId: id });
    expect(hubDocumentRefOf(LISTS_DOC_ID)).toEqual({ kind: 'lists' });
    expect(hubDocumentRefOf(memberDocId('ana'))).toEqual({ kind: 'member', name: 'ana' });
    expect(hubDocumentRefOf('workshop:Tuesday group')).toBeUndefined();
    expect(hubDocumentRefOf('_design/validate')).toBeUndefined();
    expect(hubDocumentRefOf('member:')).toBeUndefined();
  });
});
