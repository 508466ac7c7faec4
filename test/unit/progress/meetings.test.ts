import { describe, expect, it } from 'vitest';
import { attendanceCounts, expectedParticipantIds, isHeld } from '../../../core/domain/progress';
import { cancel, custodySeries, endRun, enrol, mark, markAt, meetingOn, participant, REMOVED_STATUS, statuses, withMakeUp } from './helpers';

const ana = participant('JH-26-001');
const ben = participant('JH-26-002');
const cal = participant('JH-26-003');
const dee = participant('JH-26-004');
const eli = participant('JH-26-005');

describe('isHeld', () => {
  it('is held once someone is marked, or once its run has ended', () => {
    const workshop = custodySeries();
    const first = meetingOn(workshop, '2027-03-02');
    expect(isHeld(workshop, first)).toBe(false);
    expect(isHeld(markAt(workshop, first, ana, 'absent'), first)).toBe(true);
    expect(isHeld(endRun(workshop, first), first)).toBe(true);
  });

  it('is not held while its run is still going and nobody is marked', () => {
    const workshop = custodySeries();
    const first = meetingOn(workshop, '2027-03-02');
    const started = { ...workshop, runs: [{ meetingId: first.id, startedAt: '2027-03-02T23:30:00.000Z', fidelity: [], notes: '' }] };
    expect(isHeld(started, first)).toBe(false);
  });

  it('is never held when cancelled, even with marks left from before', () => {
    const workshop = custodySeries();
    const first = meetingOn(workshop, '2027-03-02');
    const cancelled = cancel(endRun(markAt(workshop, first, ana, 'present'), first), first);
    expect(isHeld(cancelled, meetingOn(cancelled, '2027-03-02'))).toBe(false);
  });
});

describe('expectedParticipantIds', () => {
  it('is everyone enrolled on the meeting date, counting the day they joined and the day they left', () => {
    let workshop = custodySeries();
    workshop = enrol(workshop, ben, '2027-03-09'); // joins on the day of the third meeting
    workshop = enrol(workshop, ana, '2027-03-01', { on: '2027-03-04', reason: 'released' }); // leaves on the day of the second
    workshop = enrol(workshop, cal, '2027-03-01');
    expect(expectedParticipantIds(workshop, meetingOn(workshop, '2027-03-02'))).toEqual([ana.id, cal.id]);
    expect(expectedParticipantIds(workshop, meetingOn(workshop, '2027-03-04'))).toEqual([ana.id, cal.id]);
    expect(expectedParticipantIds(workshop, meetingOn(workshop, '2027-03-09'))).toEqual([ben.id, cal.id]);
  });

  it('lists someone who left and came back once, and not for the weeks they were away', () => {
    let workshop = custodySeries();
    workshop = enrol(workshop, ana, '2027-03-01', { on: '2027-03-05', reason: 'transferred' });
    workshop = enrol(workshop, ana, '2027-03-15');
    workshop = enrol(workshop, ben, '2027-03-01');
    expect(expectedParticipantIds(workshop, meetingOn(workshop, '2027-03-04'))).toEqual([ana.id, ben.id]);
    expect(expectedParticipantIds(workshop, meetingOn(workshop, '2027-03-09'))).toEqual([ben.id]);
    expect(expectedParticipantIds(workshop, meetingOn(workshop, '2027-03-16'))).toEqual([ana.id, ben.id]);
  });

  it('is only the chosen people for a make-up, in roster order', () => {
    let workshop = custodySeries();
    for (const who of [ana, ben, cal]) workshop = enrol(workshop, who);
    const { workshop: withIt, makeUp } = withMakeUp(workshop, '2027-03-06', ['session-1'], [cal, ana]);
    expect(expectedParticipantIds(withIt, makeUp)).toEqual([ana.id, cal.id]);
  });
});

describe('attendanceCounts', () => {
  it('counts the marks by status; excused and a status removed from Settings are not attended', () => {
    let workshop = custodySeries();
    for (const who of [ana, ben, cal, dee, eli]) workshop = enrol(workshop, who);
    const first = meetingOn(workshop, '2027-03-02');
    workshop = mark(workshop, ana, 'p');
    workshop = mark(workshop, ben, 'l');
    workshop = mark(workshop, cal, 'x');
    workshop = mark(workshop, dee, '?');
    expect(attendanceCounts(workshop, first.id, statuses)).toEqual({
      expected: 5,
      unmarked: 1,
      byStatus: { present: 1, late: 1, excused: 1, [REMOVED_STATUS]: 1 },
      attended: 2,
    });
  });

  it('counts only the people the meeting is for', () => {
    let workshop = custodySeries();
    workshop = enrol(workshop, ana);
    workshop = enrol(workshop, ben, '2027-03-01', { on: '2027-03-03', reason: 'released' });
    const third = meetingOn(workshop, '2027-03-09');
    // A mark left for someone who has since been recorded as leaving before the meeting.
    workshop = markAt(markAt(workshop, third, ana, 'present'), third, ben, 'present');
    expect(attendanceCounts(workshop, third.id, statuses)).toEqual({ expected: 1, unmarked: 0, byStatus: { present: 1 }, attended: 1 });
  });

  it('counts everyone as unmarked before the meeting starts', () => {
    let workshop = custodySeries();
    for (const who of [ana, ben]) workshop = enrol(workshop, who);
    expect(attendanceCounts(workshop, meetingOn(workshop, '2027-03-04').id, statuses)).toEqual({
      expected: 2,
      unmarked: 2,
      byStatus: {},
      attended: 0,
    });
  });

  it('says so when the meeting is not in the workshop', () => {
    expect(() => attendanceCounts(custodySeries(), '7d1f6a52-3f0e-4b8e-9a43-1c2d3e4f5a6b', statuses)).toThrow(
      expect.objectContaining({ code: 'not-found', reason: { code: 'meeting-missing' } }),
    );
  });
});
