import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mergeWorkshop, type Resolutions } from '../../../core/domain/bundles/merge';
import type { AttendanceMark } from '../../../core/domain/attendance';
import { MARK_HISTORY_LENGTH, mergeMark, replacing, settled } from '../../../core/domain/markHistory';
import type { Workshop } from '../../../core/domain/workshop';
import { buildWorkshop } from '../../support/workshops';

const P1 = randomUUID();
const P2 = randomUUID();
const codes: Record<string, string> = { [P1]: 'JH-26-001', [P2]: 'JH-26-002' };
const words = { statusLabel: (id: string) => id, reasonLabel: (id: string) => id };

/** Laptop A's copy, and B's copy made from the same bundle and changed by `changeB`, one hour later. */
function twoCopies(changeA: (workshop: Workshop) => Workshop, changeB: (workshop: Workshop) => Workshop) {
  const base = buildWorkshop({
    roster: [
      { participantId: P1, enrolledOn: '2027-03-01' },
      { participantId: P2, enrolledOn: '2027-03-01' },
    ],
  });
  const mine = { ...changeA(base), updatedAt: '2027-03-04T10:00:00.000Z' };
  const theirs = { ...changeB(base), updatedAt: '2027-03-04T11:00:00.000Z' };
  return { base, mine, theirs };
}

function merge(mine: Workshop, theirs: Workshop, resolutions: Resolutions = {}) {
  return mergeWorkshop({ mine, theirs, resolutions, codeOf: (id) => codes[id] ?? 'someone', words, now: '2027-03-05T00:00:00.000Z' });
}

describe('merging two copies of a workshop', () => {
  it('changes nothing when both are the same, whatever their key order', () => {
    const { mine } = twoCopies(
      (w) => w,
      (w) => w,
    );
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, inner]) => [key, reversed(inner)]),
            )
          : value;
    const reordered = reversed(mine) as Workshop;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(mine));
    const result = merge(mine, { ...reordered, updatedAt: '2027-03-04T12:00:00.000Z' });
    expect(result.changes).toEqual([]);
    expect(result.workshop).toBe(mine);
  });

  it('takes the meeting with the higher sequence, and calls equal sequences with different content a conflict', () => {
    const moved = (workshop: Workshop, time: string, sequence: number) => ({
      ...workshop,
      meetings: workshop.meetings.map((meeting, index) => (index === 1 ? { ...meeting, startTime: time, sequence } : meeting)),
    });
    const higher = twoCopies(
      (w) => moved(w, '16:00', 1),
      (w) => moved(w, '17:00', 2),
    );
    const taken = merge(higher.mine, higher.theirs);
    expect(taken.changes.map((change) => change.kind)).toEqual(['update']);
    expect(taken.workshop.meetings[1]?.startTime).toBe('17:00');
    expect(merge(higher.theirs, higher.mine).changes).toEqual([]);

    const equal = twoCopies(
      (w) => moved(w, '16:00', 1),
      (w) => moved(w, '17:00', 1),
    );
    const meetingId = equal.mine.meetings[1]!.id;
    const conflict = merge(equal.mine, equal.theirs);
    expect(conflict.changes).toEqual([
      expect.objectContaining({
        id: `meeting:${meetingId}`,
        kind: 'conflict',
        newer: 'theirs',
        mine: { code: 'value-meeting', params: expect.objectContaining({ time: '16:00' }) as unknown },
        theirs: { code: 'value-meeting', params: expect.objectContaining({ time: '17:00' }) as unknown },
      }),
    ]);
    expect(conflict.workshop.meetings[1]?.startTime).toBe('17:00');
    expect(merge(equal.mine, equal.theirs, { [`meeting:${meetingId}`]: 'mine' }).workshop.meetings[1]?.startTime).toBe('16:00');
  });

  it('adds a meeting from one side, in date order', () => {
    const extraId = randomUUID();
    const { mine, theirs } = twoCopies(
      (w) => w,
      (w) => ({
        ...w,
        meetings: [...w.meetings, { id: extraId, date: '2027-03-05', startTime: '10:00', minutes: 45, sessionIds: [], kind: 'extra', sequence: 0 }],
      }),
    );
    const result = merge(mine, theirs);
    expect(result.changes).toEqual([
      { id: `meeting:${extraId}`, kind: 'add', label: { code: 'change-meeting-at', params: { date: '2027-03-05', time: '10:00' } } },
    ]);
    expect(result.workshop.meetings.map((meeting) => meeting.date)).toEqual(['2027-03-02', '2027-03-05', '2027-03-09']);
    expect(result.workshop.updatedAt).toBe('2027-03-05T00:00:00.000Z');
  });

  it('takes an exit recorded on one side; two different exits are a conflict', () => {
    const exit = (on: string, reason: 'released' | 'transferred') => (workshop: Workshop) => ({
      ...workshop,
      roster: workshop.roster.map((entry) => (entry.participantId === P1 ? { ...entry, exit: { on, reason } } : entry)),
    });
    const one = twoCopies((w) => w, exit('2027-03-08', 'released'));
    const taken = merge(one.mine, one.theirs);
    expect(taken.changes).toEqual([
      { id: `enrolment:${P1}:2027-03-01`, kind: 'update', label: { code: 'change-enrolment', params: { code: 'JH-26-001', date: '2027-03-01' } } },
    ]);
    expect(taken.workshop.roster[0]?.exit).toEqual({ on: '2027-03-08', reason: 'released' });
    expect(merge(one.theirs, one.mine).changes).toEqual([]);

    const both = twoCopies(exit('2027-03-08', 'released'), exit('2027-03-09', 'transferred'));
    const conflict = merge(both.mine, both.theirs, { [`enrolment:${P1}:2027-03-01`]: 'mine' });
    expect(conflict.changes).toEqual([
      expect.objectContaining({
        kind: 'conflict',
        mine: { code: 'value-exit', params: { date: '2027-03-08', reason: 'released' } },
        theirs: { code: 'value-exit', params: { date: '2027-03-09', reason: 'transferred' } },
      }),
    ]);
    expect(conflict.workshop.roster[0]?.exit?.reason).toBe('released');
  });

  it('keeps a follow-up that is done, and the union of passes', () => {
    const followUp = { id: randomUUID(), participantId: P2, kind: 'referral' as const, neededAt: '2027-03-02T23:40:00.000Z' };
    const activity = (kind: 'passed' | 'stepped-out') => (workshop: Workshop) => ({
      ...workshop,
      followUps: [kind === 'passed' ? followUp : { ...followUp, doneAt: '2027-03-03T17:00:00.000Z' }],
      presence: [{ meetingId: workshop.meetings[0]!.id, participantId: P1, activityId: 'welcome', kind }],
    });
    const { mine, theirs } = twoCopies(activity('passed'), activity('stepped-out'));
    const result = merge(mine, theirs);
    expect(result.workshop.followUps).toEqual([{ ...followUp, doneAt: '2027-03-03T17:00:00.000Z' }]);
    expect(result.workshop.presence.map((entry) => entry.kind)).toEqual(['passed', 'stepped-out']);
    expect(merge(theirs, mine).workshop.followUps[0]?.doneAt).toBe('2027-03-03T17:00:00.000Z');
  });

  it('merges session records: an end from either side, notes from the side that has them, different notes a conflict', () => {
    const run =
      (notes: string, endedAt?: string, outcome: 'as-planned' | 'skipped' = 'as-planned') =>
      (workshop: Workshop) => ({
        ...workshop,
        runs: [
          {
            meetingId: workshop.meetings[0]!.id,
            startedAt: '2027-03-02T23:30:00.000Z',
            ...(endedAt ? { endedAt } : {}),
            fidelity: [
              {
                sessionId: workshop.module.sessions[0]!.id,
                activityId: workshop.module.sessions[0]!.activities[0]!.id,
                outcome,
                note: outcome === 'skipped' ? 'time ran out' : '',
              },
            ],
            notes,
          },
        ],
      });
    const ended = twoCopies(run(''), run('Went well', '2027-03-03T00:30:00.000Z'));
    const taken = merge(ended.mine, ended.theirs);
    expect(taken.changes.map((change) => change.kind)).toEqual(['update']);
    expect(taken.workshop.runs[0]).toMatchObject({ endedAt: '2027-03-03T00:30:00.000Z', notes: 'Went well' });

    const differ = twoCopies(run('Quiet group'), run('Lively group', undefined, 'skipped'));
    const meetingId = differ.mine.meetings[0]!.id;
    const conflicts = merge(differ.mine, differ.theirs, { [`notes:${meetingId}`]: 'mine' });
    expect(conflicts.changes.map((change) => [change.kind, change.id.split(':')[0], change.mine, change.theirs])).toEqual([
      [
        'conflict',
        'fidelity',
        { code: 'value-fidelity', params: { outcome: 'as-planned' } },
        { code: 'value-fidelity-note', params: { outcome: 'skipped', note: 'time ran out' } },
      ],
      ['conflict', 'notes', { code: 'value-text', params: { text: 'Quiet group' } }, { code: 'value-text', params: { text: 'Lively group' } }],
    ]);
    expect(conflicts.workshop.runs[0]).toMatchObject({ notes: 'Quiet group' });
    expect(conflicts.workshop.runs[0]?.fidelity[0]?.outcome).toBe('skipped');
  });

  it('describes a facilitators conflict with every role each person holds', () => {
    const ben = { facilitatorId: randomUUID(), name: 'Ben Okafor' };
    const { mine, theirs } = twoCopies(
      (w) => ({ ...w, facilitators: [{ ...ben, roles: ['co-facilitator'] }] }),
      (w) => ({ ...w, facilitators: [{ ...ben, roles: ['co-facilitator', 'survivor-mentor'] }] }),
    );
    expect(merge(mine, theirs).changes).toEqual([
      expect.objectContaining({
        kind: 'conflict',
        mine: { code: 'value-facilitators', params: { people: [{ code: 'value-facilitator', params: { name: 'Ben Okafor', roles: ['co-facilitator'] } }] } },
        theirs: {
          code: 'value-facilitators',
          params: { people: [{ code: 'value-facilitator', params: { name: 'Ben Okafor', roles: ['co-facilitator', 'survivor-mentor'] } }] },
        },
      }),
    ]);
  });

  it('describes a schedule pattern and a completion rule as codes with their numbers, days and sessions', () => {
    const { mine, theirs } = twoCopies(
      (w) => ({ ...w, completion: { minimumPercent: 80, requiredSessionIds: [] } }),
      (w) => ({
        ...w,
        plan: { ...w.plan, weekdays: [1, 3], everyWeeks: 2 },
        completion: { minimumSessions: 3, requiredSessionIds: [w.module.sessions[0]!.id] },
      }),
    );
    const sessionId = theirs.module.sessions[0]!.id;
    expect(merge(mine, theirs).changes.map((change) => [change.id, change.mine, change.theirs])).toEqual([
      [
        'workshop:plan',
        { code: 'value-plan', params: { from: '2027-03-02', weekdays: [2], time: '15:30', minutes: 45, count: 1 } },
        { code: 'value-plan', params: { from: '2027-03-02', weekdays: [1, 3], time: '15:30', minutes: 45, count: 2 } },
      ],
      [
        'workshop:completion',
        { code: 'value-completion-percent', params: { percent: 80 } },
        { code: 'value-completion-required', params: { rule: { code: 'value-completion-sessions', params: { count: 3 } }, sessions: [sessionId] } },
      ],
    ]);
  });

  it('a workshop-wide field settled as "theirs" is the same next time, so no conflict remains', () => {
    const { mine, theirs } = twoCopies(
      (w) => ({ ...w, title: 'Tuesday group A' }),
      (w) => ({ ...w, title: 'Tuesday group B', archivedAt: '2027-03-04T11:00:00.000Z' }),
    );
    const first = merge(mine, theirs, { 'workshop:title': 'theirs', 'workshop:archivedAt': 'mine' });
    expect(first.changes.map((change) => [change.id, change.mine, change.theirs])).toEqual([
      ['workshop:title', { code: 'value-text', params: { text: 'Tuesday group A' } }, { code: 'value-text', params: { text: 'Tuesday group B' } }],
      ['workshop:archivedAt', { code: 'value-not-archived' }, { code: 'value-archived', params: { date: '2027-03-04' } }],
    ]);
    expect(first.workshop.title).toBe('Tuesday group B');
    expect(first.workshop).not.toHaveProperty('archivedAt');
    expect(merge(first.workshop, theirs, { 'workshop:archivedAt': 'mine' }).changes.map((change) => change.id)).toEqual(['workshop:archivedAt']);
  });
});

describe('three-way merge of one mark', () => {
  const meetingId = randomUUID();
  const at = (minute: number) => `2027-03-04T23:${String(minute).padStart(2, '0')}:00.000Z`;
  const version = (previous: AttendanceMark | undefined, statusId: string, minute: number) =>
    replacing(previous, { meetingId, participantId: P1, statusId, at: at(minute) });
  const agreed = version(undefined, 'present', 0);

  it('tells the same version, a change on one side, and changes on both apart', () => {
    const corrected = version(agreed, 'absent', 10);
    expect(mergeMark(agreed, agreed)).toBe('same');
    expect(mergeMark(agreed, corrected)).toBe('theirs');
    expect(mergeMark(corrected, agreed)).toBe('mine');
    expect(mergeMark(version(agreed, 'late', 5), corrected)).toBe('conflict');
    expect(mergeMark(version(agreed, 'absent', 5), corrected)).toBe('agree');
    // Marks from before histories were kept name no earlier version: they can only be compared two ways.
    expect(mergeMark({ ...agreed, earlier: undefined }, { ...corrected, earlier: undefined })).toBe('conflict');
  });

  it('forgets the oldest versions past the limit, so a long-diverged mark becomes a conflict, never a silent overwrite', () => {
    let mark = agreed;
    for (let minute = 1; minute <= MARK_HISTORY_LENGTH + 1; minute++) mark = version(mark, minute % 2 === 0 ? 'present' : 'late', minute);
    expect(mark.earlier).toHaveLength(MARK_HISTORY_LENGTH);
    expect(mark.earlier).not.toContain(agreed.at);
    expect(mergeMark(agreed, mark)).toBe('conflict');
  });

  it('a settled conflict replaces both sides, so neither is asked again', () => {
    const mine = version(agreed, 'late', 5);
    const theirs = version(agreed, 'absent', 10);
    const kept = settled(mine, theirs);
    expect(kept.statusId).toBe('late');
    expect(mergeMark(kept, theirs)).toBe('mine');
    expect(mergeMark(theirs, kept)).toBe('theirs');
  });

  it('merges a workshop whose mark changed on one side silently, and one changed on both as one conflict', () => {
    const series = buildWorkshop({ roster: [{ participantId: P1, enrolledOn: '2027-03-01' }] });
    const mark0 = { ...agreed, meetingId: series.meetings[0]!.id };
    const withMark = (mark: AttendanceMark): Workshop => ({ ...series, attendance: [mark] });
    const base = withMark(mark0);
    const corrected = replacing(mark0, { ...mark0, statusId: 'absent', at: at(10) });

    const oneSide = merge(base, withMark(corrected));
    expect(oneSide.changes.map((change) => change.kind)).toEqual(['update']);
    expect(oneSide.workshop.attendance).toEqual([corrected]);

    const bothSides = merge(withMark(replacing(mark0, { ...mark0, statusId: 'late', at: at(5) })), withMark(corrected));
    expect(bothSides.changes.map((change) => change.kind)).toEqual(['conflict']);

    expect(merge(base, base).changes).toEqual([]);
  });
});
