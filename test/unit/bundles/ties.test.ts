/**
 * Two computers that changed the same record at the same recorded time (imported copies, clocks set
 * by hand or alike) must end with the same record, whichever copy each imports and in whatever order
 * the hub's leaves come: each computer's merge picks the same side.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AttendanceMark } from '../../../core/domain/attendance';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from '../../../core/domain/bundles/format';
import { mergeWorkshop, mergeWorkshopCopy } from '../../../core/domain/bundles/merge';
import { mergeLeaves, type ConflictLeaf } from '../../../core/domain/hub/conflicts';
import { emptyProgramLists, liveRecords, mergeProgramLists, type ProgramLists } from '../../../core/domain/hub/programLists';
import type { Participant } from '../../../core/domain/participants';
import type { SurveyResponse } from '../../../core/domain/surveys/response';
import type { Enrolment, Workshop } from '../../../core/domain/workshop';
import { buildWorkshop } from '../../support/workshops';

type ExitReason = NonNullable<Enrolment['exit']>['reason'];

const SAME_TIME = '2027-03-04T10:00:00.000Z';
const LATER = '2027-03-04T11:00:00.000Z';
const MERGED_AT = '2027-03-05T00:00:00.000Z';
const words = { statusLabel: (id: string) => id, reasonLabel: (id: string) => id };
const people: Participant[] = ['JH-26-001', 'JH-26-002'].map((code) => ({ id: randomUUID(), code, createdAt: '2027-02-01T12:00:00.000Z' }));
const [P1] = people.map((person) => person.id) as [string];
const base = buildWorkshop({ roster: people.map((person) => ({ participantId: person.id, enrolledOn: '2027-03-01' })) });
const meetingId = base.meetings[1]!.id;

/** Laptop A's and laptop B's copies of `base`, each changed its own way, both recorded at `at`. */
function copies(changeA: (workshop: Workshop) => Workshop, changeB: (workshop: Workshop) => Workshop, at = { a: SAME_TIME, b: SAME_TIME }) {
  return { a: { ...changeA(base), updatedAt: at.a }, b: { ...changeB(base), updatedAt: at.b } };
}

/** Each laptop imports the other's copy (a bundle import: the newer side by default). */
function importedBothWays(a: Workshop, b: Workshop) {
  const merge = (mine: Workshop, theirs: Workshop) => mergeWorkshop({ mine, theirs, resolutions: {}, codeOf: () => 'JH-26-001', words, now: MERGED_AT });
  return { onA: merge(a, b), onB: merge(b, a) };
}

const titled = (title: string) => (workshop: Workshop) => ({ ...workshop, title });
const movedTo = (startTime: string) => (workshop: Workshop) => ({
  ...workshop,
  meetings: workshop.meetings.map((meeting) => (meeting.id === meetingId ? { ...meeting, startTime } : meeting)),
});
const exited =
  (reason: ExitReason) =>
  (workshop: Workshop): Workshop => ({
    ...workshop,
    roster: workshop.roster.map((entry) => (entry.participantId === P1 ? { ...entry, exit: { on: '2027-03-08', reason } } : entry)),
  });
const noted = (notes: string) => (workshop: Workshop) => ({
  ...workshop,
  runs: [{ meetingId, startedAt: '2027-03-02T23:30:00.000Z', fidelity: [], notes }],
});
const surveyed = (answer: number) => (workshop: Workshop) => {
  const response: SurveyResponse = {
    id: '0b6a3c1e-5f0e-4d43-9d6c-1a2b3c4d5e6f',
    instrumentId: 'pre-post',
    occasion: 'pre',
    participantId: P1,
    entry: 'paper',
    answers: { q1: answer },
    createdAt: '2027-03-02T23:00:00.000Z',
    updatedAt: SAME_TIME,
  };
  return { ...workshop, surveys: [response] };
};
const marked = (statusId: string) => (workshop: Workshop) => {
  const mark: AttendanceMark = { meetingId, participantId: P1, statusId, at: '2027-03-02T23:40:00.000Z' };
  return { ...workshop, attendance: [mark] };
};

describe('two laptops that changed the same record at the same recorded time', () => {
  const cases: [string, (workshop: Workshop) => Workshop, (workshop: Workshop) => Workshop, (workshop: Workshop) => unknown, string][] = [
    ['the title', titled('Unit A'), titled('Unit B'), (workshop) => workshop.title, 'workshop:title'],
    ['a meeting moved with the same sequence', movedTo('15:00'), movedTo('17:30'), (workshop) => workshop.meetings, `meeting:${meetingId}`],
    ['an exit', exited('released'), exited('transferred'), (workshop) => workshop.roster, `enrolment:${P1}:2027-03-01`],
    ['a session’s notes', noted('Went well'), noted('Short on time'), (workshop) => workshop.runs, `notes:${meetingId}`],
    ['a survey response', surveyed(2), surveyed(4), (workshop) => workshop.surveys, 'survey:0b6a3c1e-5f0e-4d43-9d6c-1a2b3c4d5e6f'],
    [
      'a mark made at the same instant',
      marked('present'),
      marked('absent'),
      (workshop) => workshop.attendance.map((mark) => mark.statusId),
      `mark:${meetingId}:${P1}`,
    ],
  ];

  it.each(cases)(
    '%s: importing each other’s copy, both laptops end with the same value, the conflict listed on both',
    (_what, changeA, changeB, valueOf, id) => {
      const { a, b } = copies(changeA, changeB);
      const { onA, onB } = importedBothWays(a, b);
      expect(valueOf(onA.workshop)).toEqual(valueOf(onB.workshop));
      expect([valueOf(a), valueOf(b)]).toContainEqual(valueOf(onA.workshop));
      for (const merged of [onA, onB]) expect(merged.changes.filter((change) => change.kind === 'conflict').map((change) => change.id)).toEqual([id]);
      // Each laptop says the same side is the newer one: the one each kept.
      const keptOnA = onA.changes.find((change) => change.id === id)!.newer === 'mine' ? a : b;
      expect(valueOf(keptOnA)).toEqual(valueOf(onA.workshop));
      // Imported again, nothing changes: they have converged.
      const again = importedBothWays(onA.workshop, onB.workshop);
      expect(valueOf(again.onA.workshop)).toEqual(valueOf(onA.workshop));
      expect(valueOf(again.onB.workshop)).toEqual(valueOf(onB.workshop));
    },
  );

  it('still keeps the side changed later when the times differ, whatever its value', () => {
    for (const [early, late] of [
      ['Unit A', 'Unit B'],
      ['Unit B', 'Unit A'],
    ] as const) {
      const { a, b } = copies(titled(early), titled(late), { a: SAME_TIME, b: LATER });
      const { onA, onB } = importedBothWays(a, b);
      expect([onA.workshop.title, onB.workshop.title]).toEqual([late, late]);
    }
  });

  it('the hub’s two leaves, merged in either order, give the same body and list the decision the same way on every laptop', () => {
    const { a, b } = copies(titled('Unit A'), titled('Unit B'));
    const leaf = (revision: string, workshop: Workshop): ConflictLeaf => ({
      revision,
      body: { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: SAME_TIME, workshop, participants: people } satisfies Bundle,
    });
    const leaves = [leaf('2-0a0a', a), leaf('2-f0f0', b)];
    const merges = [leaves, [...leaves].reverse()].map((order) => mergeLeaves({ leaves: order, choices: {}, words, decidedAt: MERGED_AT }));
    expect(merges[0]).toEqual(merges[1]);
    const [decision] = merges[0]!.decisions;
    expect(merges[0]!.decisions).toHaveLength(1);
    // The newer side on the same recorded time is the same value whichever leaf won.
    const swapped = mergeLeaves({ leaves: [leaf('2-f0f0', a), leaf('2-0a0a', b)], choices: {}, words, decidedAt: MERGED_AT });
    const newerValue = (merge: typeof swapped) => {
      const [listed] = merge.decisions;
      return listed!.newer === listed!.kept.revision ? listed!.kept.value : listed!.other.value;
    };
    expect(newerValue(swapped)).toEqual(newerValue(merges[0]!));
    expect(decision!.label).toEqual({ code: 'change-title' });

    // A bundle import of either leaf into the other laptop keeps that same newer value.
    const imported = [
      [a, b],
      [b, a],
    ].map(
      ([local, incoming]) =>
        mergeWorkshopCopy({
          registry: people,
          local,
          incoming: leaf('1-x', incoming!).body,
          allowFullNames: false,
          resolutions: {},
          words,
          now: MERGED_AT,
        }).workshop.title,
    );
    expect(imported[0]).toBe(imported[1]);
    expect(newerValue(merges[0]!)).toEqual({ code: 'value-text', params: { text: imported[0] } });
  });

  it('a program list entry changed on two laptops at the same time: the same entry whatever order the leaves come in', () => {
    const id = randomUUID();
    const lists = (name: string): ProgramLists => ({ ...emptyProgramLists(), sites: [{ id, name, kind: 'detention', changedAt: SAME_TIME }] });
    const [a, b] = [lists('Eastlake Juvenile Hall'), lists('Eastlake Hall')];
    const names = [mergeProgramLists([a, b]), mergeProgramLists([b, a])].map((merged) => liveRecords(merged.sites).map((site) => site.name));
    expect(names[0]).toEqual(names[1]);
    expect(names[0]).toHaveLength(1);
  });
});

describe('records both laptops completed, at different times', () => {
  it('a session ended on both: each laptop keeps the later end; a follow-up done on both: each keeps when it was first done', () => {
    const ended = (endedAt: string) => (workshop: Workshop) => ({
      ...workshop,
      runs: [{ meetingId, startedAt: '2027-03-02T23:30:00.000Z', endedAt, fidelity: [], notes: '' }],
    });
    const sessions = copies(ended('2027-03-03T00:30:00.000Z'), ended('2027-03-03T00:45:00.000Z'));
    const runs = importedBothWays(sessions.a, sessions.b);
    expect([runs.onA.workshop.runs[0]?.endedAt, runs.onB.workshop.runs[0]?.endedAt]).toEqual(['2027-03-03T00:45:00.000Z', '2027-03-03T00:45:00.000Z']);

    const followUp = { id: randomUUID(), participantId: P1, kind: 'referral' as const, neededAt: '2027-03-02T23:40:00.000Z' };
    const done = (doneAt: string) => (workshop: Workshop) => ({ ...workshop, followUps: [{ ...followUp, doneAt }] });
    const referrals = copies(done('2027-03-03T17:00:00.000Z'), done('2027-03-03T16:00:00.000Z'));
    const followUps = importedBothWays(referrals.a, referrals.b);
    expect([followUps.onA.workshop.followUps[0]?.doneAt, followUps.onB.workshop.followUps[0]?.doneAt]).toEqual([
      '2027-03-03T16:00:00.000Z',
      '2027-03-03T16:00:00.000Z',
    ]);
  });
});
