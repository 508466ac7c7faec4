import { describe, expect, it } from 'vitest';
import type { FidelityEntry } from '../../../core/domain/attendance';
import { fidelityReport, fidelityShares } from '../../../core/domain/reports/fidelity';
import type { Meeting, Workshop } from '../../../core/domain/workshop';
import { buildWorkshop } from '../../support/workshops';
import { enrol, markAt, participant, withMakeUp } from '../progress/helpers';

/*
 * The small test module: session 1 "what-friends-do" (check-in, friend-map, closing) and session 2
 * "when-it-feels-wrong" (check-in, scenarios, closing), met on 2027-03-02 and 2027-03-09.
 */
const RANGE = { from: '2027-03-01', to: '2027-03-31' };
const FIRST = 'what-friends-do';

function logged(workshop: Workshop, meeting: Meeting, fidelity: FidelityEntry[]): Workshop {
  return {
    ...workshop,
    runs: [...workshop.runs, { meetingId: meeting.id, startedAt: '2027-03-02T23:30:00.000Z', endedAt: '2027-03-03T00:30:00.000Z', fidelity, notes: '' }],
  };
}

function entry(activityId: string, outcome: FidelityEntry['outcome'], note = '', sessionId = FIRST): FidelityEntry {
  return { sessionId, activityId, outcome, note };
}

describe('fidelityReport', () => {
  it('gives each activity’s delivery as planned, adapted, skipped or not recorded across workshops, with the notes', () => {
    const one = buildWorkshop({ title: 'Tuesday group' });
    const two = buildWorkshop({ title: 'Unit B' });
    const a = logged(one, one.meetings[0]!, [entry('check-in', 'as-planned'), entry('friend-map', 'adapted', 'Used drawings: short on time')]);
    const b = logged(two, two.meetings[0]!, [
      entry('check-in', 'as-planned'),
      entry('friend-map', 'skipped', 'Lockdown drill'),
      entry('closing', 'as-planned'),
    ]);

    const { modules } = fidelityReport([a, b], RANGE);
    expect(modules).toHaveLength(1);
    const [module] = modules;
    expect(module).toMatchObject({ moduleId: a.module.id, workshops: 2 });
    // Session 2 was never held (no run ended, nobody marked).
    expect(module!.sessions.map((session) => session.sessionId)).toEqual([FIRST]);
    const [session] = module!.sessions;
    expect(session).toMatchObject({ number: 1, delivered: 2, counts: { 'as-planned': 3, adapted: 1, skipped: 1, 'not-recorded': 1 } });
    expect(session!.activities.map((activity) => [activity.activityId, activity.counts])).toEqual([
      ['check-in', { 'as-planned': 2, adapted: 0, skipped: 0, 'not-recorded': 0 }],
      ['friend-map', { 'as-planned': 0, adapted: 1, skipped: 1, 'not-recorded': 0 }],
      ['closing', { 'as-planned': 1, adapted: 0, skipped: 0, 'not-recorded': 1 }],
    ]);
    expect(fidelityShares(session!.activities[1]!.counts)).toEqual({ 'as-planned': 0, adapted: 0.5, skipped: 0.5, 'not-recorded': 0 });
    expect(module!.notes).toEqual([
      { date: '2027-03-02', workshop: 'Tuesday group', session: 1, activity: expect.any(String), outcome: 'adapted', note: 'Used drawings: short on time' },
      { date: '2027-03-02', workshop: 'Unit B', session: 1, activity: expect.any(String), outcome: 'skipped', note: 'Lockdown drill' },
    ]);
  });

  it('counts a session held by marks alone as delivered with nothing recorded, and names no one', () => {
    const youth = participant('JH-26-001');
    const base = enrol(buildWorkshop(), youth);
    const workshop = markAt(base, base.meetings[1]!, youth, 'present');
    const [session] = fidelityReport([workshop], RANGE).modules[0]!.sessions;
    expect(session).toMatchObject({ sessionId: 'when-it-feels-wrong', delivered: 1, counts: { 'not-recorded': 3 } });
    expect(JSON.stringify(fidelityReport([workshop], RANGE))).not.toMatch(/JH-26|participant/);
  });

  it('leaves out meetings outside the range and make-ups, which repeat a session for someone who missed it', () => {
    const youth = participant('JH-26-001');
    const base = enrol(buildWorkshop(), youth);
    const { workshop, makeUp } = withMakeUp(base, '2027-03-16', [FIRST], [youth]);
    const withRuns = logged(
      logged(
        workshop,
        workshop.meetings.find((meeting) => meeting.date === '2027-03-09')!,
        [],
      ),
      makeUp,
      [entry('check-in', 'skipped', 'Short make-up')],
    );
    const report = fidelityReport([withRuns], RANGE);
    expect(report.modules[0]!.sessions.map((session) => session.sessionId)).toEqual(['when-it-feels-wrong']);
    expect(report.modules[0]!.notes).toEqual([]);
    expect(fidelityReport([withRuns], { from: '2027-04-01', to: '2027-04-30' })).toEqual({ modules: [] });
  });
});
