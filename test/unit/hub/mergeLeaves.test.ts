import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AttendanceMark } from '../../../core/domain/attendance';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from '../../../core/domain/bundles/format';
import { mergeWorkshopCopy } from '../../../core/domain/bundles/merge';
import { byWinningOrder, mergeLeaves, type ConflictLeaf } from '../../../core/domain/hub/conflicts';
import type { Participant } from '../../../core/domain/participants';
import type { Workshop } from '../../../core/domain/workshop';
import { buildWorkshop } from '../../support/workshops';

const words = { statusLabel: (id: string) => id, reasonLabel: (id: string) => id };
const people: Participant[] = ['JH-26-001', 'JH-26-002', 'JH-26-003'].map((code) => ({ id: randomUUID(), code, createdAt: '2027-02-01T12:00:00.000Z' }));
const [P1, P2, P3] = people.map((person) => person.id) as [string, string, string];
const base = buildWorkshop({ roster: people.map((person) => ({ participantId: person.id, enrolledOn: '2027-03-01' })) });
const meetingId = base.meetings[0]!.id;

const marked = (participantId: string, statusId: string, at: string, earlier?: string[]): AttendanceMark => ({
  meetingId,
  participantId,
  statusId,
  at,
  ...(earlier ? { earlier } : {}),
});

function leaf(revision: string, attendance: AttendanceMark[], updatedAt: string): ConflictLeaf {
  const workshop: Workshop = { ...base, attendance, updatedAt };
  const body: Bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: updatedAt, workshop, participants: people };
  return { revision, body };
}

const shared = marked(P1, 'present', '2027-03-02T23:40:00.000Z');
/** Three laptops that last agreed on P1 present: A marks P2, B changes P1 to late, C changes P1 to excused and marks P3. */
const leaves = [
  leaf('4-0a1b', [shared, marked(P2, 'absent', '2027-03-02T23:41:00.000Z')], '2027-03-03T10:00:00.000Z'),
  leaf('4-9f00', [marked(P1, 'late', '2027-03-02T23:42:00.000Z', [shared.at])], '2027-03-03T11:00:00.000Z'),
  leaf(
    '3-ffff',
    [marked(P1, 'excused', '2027-03-02T23:43:00.000Z', [shared.at]), marked(P3, 'present', '2027-03-02T23:44:00.000Z')],
    '2027-03-03T12:00:00.000Z',
  ),
];
const at = '2027-03-04T09:00:00.000Z';

const statuses = (workshop: Workshop) => Object.fromEntries(workshop.attendance.map((mark) => [mark.participantId, mark.statusId]));

describe('merging the leaves of one workshop document', () => {
  it('orders leaves as CouchDB picks its winner: the longest history, then the greatest revision', () => {
    expect([...leaves].sort(byWinningOrder).map((entry) => entry.revision)).toEqual(['4-9f00', '4-0a1b', '3-ffff']);
    expect(['9-a', '10-a', '10-b'].map((revision) => ({ revision })).sort(byWinningOrder)).toEqual([
      { revision: '10-b' },
      { revision: '10-a' },
      { revision: '9-a' },
    ]);
  });

  it('merges what merges silently, lists one decision for the mark changed on two laptops, and keeps only that leaf', () => {
    const merge = mergeLeaves({ leaves, choices: {}, words, decidedAt: at });
    expect(merge.winner).toBe('4-9f00');
    expect(statuses(merge.body.workshop)).toEqual({ [P1]: 'late', [P2]: 'absent', [P3]: 'present' });
    expect(merge.decisions).toEqual([
      {
        id: `mark:${meetingId}:${P1}@3-ffff`,
        label: { code: 'change-mark', params: { code: 'JH-26-001', meeting: expect.objectContaining({ code: 'merge-meeting' }) as unknown } },
        kept: { revision: '4-9f00', value: expect.objectContaining({ params: expect.objectContaining({ status: 'late' }) }) as unknown },
        other: { revision: '3-ffff', value: expect.objectContaining({ params: expect.objectContaining({ status: 'excused' }) }) as unknown },
        newer: '3-ffff',
      },
    ]);
    expect(merge.settled).toEqual(['4-0a1b']);
    expect(merge.kept).toEqual(['3-ffff']);
    // Undecided, the winner's mark stays as it was: nothing tells another laptop it was decided.
    expect(merge.body.workshop.attendance.find((mark) => mark.participantId === P1)?.earlier).toEqual([shared.at]);
  });

  it('gives the same body and decisions whatever order the leaves come in (two laptops agree)', () => {
    const one = mergeLeaves({ leaves, choices: {}, words, decidedAt: at });
    const other = mergeLeaves({ leaves: [leaves[2]!, leaves[0]!, leaves[1]!], choices: {}, words, decidedAt: at });
    expect(other).toEqual(one);
    const choice = { [one.decisions[0]!.id]: '3-ffff' };
    expect(mergeLeaves({ leaves: [...leaves].reverse(), choices: choice, words, decidedAt: at })).toEqual(
      mergeLeaves({ leaves, choices: choice, words, decidedAt: at }),
    );
  });

  it('applies a choice: the chosen mark replaces the other, which stays in its history and the audit log; no leaf is kept', () => {
    const [decision] = mergeLeaves({ leaves, choices: {}, words, decidedAt: at }).decisions;
    const merge = mergeLeaves({ leaves, choices: { [decision!.id]: '3-ffff' }, words, decidedAt: at });
    expect(merge.decisions).toEqual([]);
    expect(merge.kept).toEqual([]);
    expect(merge.settled).toEqual(['4-0a1b', '3-ffff']);
    const p1 = merge.body.workshop.attendance.find((mark) => mark.participantId === P1)!;
    expect(p1).toMatchObject({ statusId: 'excused', earlier: [shared.at, '2027-03-02T23:42:00.000Z'] });
    expect(merge.body.workshop.audit).toEqual([{ at, kind: 'attendance-changed', meetingId, participantId: P1, from: 'late', to: 'excused' }]);
    expect(statuses(merge.body.workshop)).toEqual({ [P1]: 'excused', [P2]: 'absent', [P3]: 'present' });
  });
});

describe('the one merge function (mergeWorkshopCopy), as the hub uses it', () => {
  const incoming = (attendance: AttendanceMark[]): Bundle => leaf('1-a', attendance, '2027-03-03T12:00:00.000Z').body;
  const local: Workshop = { ...base, attendance: [marked(P1, 'late', '2027-03-02T23:42:00.000Z', [shared.at])], updatedAt: '2027-03-03T10:00:00.000Z' };
  const merge = (other: AttendanceMark[], undecided: 'newer' | 'keep-mine') =>
    mergeWorkshopCopy({ registry: people, local, incoming: incoming(other), allowFullNames: false, resolutions: {}, undecided, words, now: at });

  it('takes the history of the same mark version settled on the other side, so it is not asked again', () => {
    const settledThere = marked(P1, 'late', '2027-03-02T23:42:00.000Z', [shared.at, '2027-03-02T23:43:00.000Z']);
    const result = merge([settledThere], 'keep-mine');
    expect(result.decisions).toEqual([]);
    expect(result.workshop.attendance).toEqual([settledThere]);
  });

  it('keeps this laptop’s side unsettled while a person decides, where a bundle import takes the newer side', () => {
    const theirs = marked(P1, 'excused', '2027-03-02T23:43:00.000Z', [shared.at]);
    const kept = merge([theirs], 'keep-mine');
    expect(kept.decisions.map((decision) => decision.id)).toEqual([`mark:${meetingId}:${P1}`]);
    expect(kept.workshop.attendance).toEqual(local.attendance);
    const bundleImport = merge([theirs], 'newer');
    expect(bundleImport.workshop.attendance).toEqual([{ ...theirs, earlier: [shared.at, '2027-03-02T23:42:00.000Z'] }]);
  });
});
