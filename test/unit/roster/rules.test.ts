import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { currentParticipantIds, enrol, everListedParticipantIds, exitParticipant } from '../../../core/domain/roster/rules';
import { buildWorkshop } from '../../support/workshops';

const codeOf = () => 'JH-26-014';

describe('roster rules', () => {
  it('enrols once; a second enrolment while still on the roster is refused by code', () => {
    const id = randomUUID();
    const workshop = enrol(buildWorkshop(), [id, id], '2027-03-02', codeOf);
    expect(workshop.roster).toEqual([{ participantId: id, enrolledOn: '2027-03-02' }]);
    expect(() => enrol(workshop, [id], '2027-03-04', codeOf)).toThrow(
      expect.objectContaining({ reason: { code: 'already-enrolled', params: { code: 'JH-26-014', title: 'Tuesday group' } } }),
    );
  });

  it('keeps each stay: someone who left may come back, but not before they left', () => {
    const id = randomUUID();
    let workshop = enrol(buildWorkshop(), [id], '2027-03-02', codeOf);
    workshop = exitParticipant(workshop, id, { on: '2027-03-09', reason: 'released' }, codeOf);
    expect(currentParticipantIds(workshop)).toEqual([]);
    expect(() => enrol(workshop, [id], '2027-03-08', codeOf)).toThrow(
      expect.objectContaining({ reason: { code: 'enrol-before-exit', params: { code: 'JH-26-014', date: '2027-03-09' } } }),
    );
    workshop = enrol(workshop, [id], '2027-03-16', codeOf);
    expect(workshop.roster).toEqual([
      { participantId: id, enrolledOn: '2027-03-02', exit: { on: '2027-03-09', reason: 'released' } },
      { participantId: id, enrolledOn: '2027-03-16' },
    ]);
    expect(currentParticipantIds(workshop)).toEqual([id]);
  });

  it('refuses an exit for someone not on the roster, or dated before their enrolment', () => {
    const id = randomUUID();
    const workshop = enrol(buildWorkshop(), [id], '2027-03-02', codeOf);
    expect(() => exitParticipant(workshop, randomUUID(), { on: '2027-03-09', reason: 'withdrew' }, codeOf)).toThrow(
      expect.objectContaining({ code: 'not-found', reason: expect.objectContaining({ code: 'not-enrolled-now' }) }),
    );
    expect(() => exitParticipant(workshop, id, { on: '2027-03-01', reason: 'withdrew' }, codeOf)).toThrow(
      expect.objectContaining({ reason: expect.objectContaining({ code: 'exit-before-enrolment' }) }),
    );
  });

  it('records where a moved participant went and where they came from', () => {
    const id = randomUUID();
    const to = randomUUID();
    const from = randomUUID();
    const left = exitParticipant(enrol(buildWorkshop(), [id], '2027-03-02', codeOf), id, { on: '2027-03-12', reason: 'moved', toWorkshopId: to }, codeOf);
    expect(left.roster[0]!.exit).toEqual({ on: '2027-03-12', reason: 'moved', toWorkshopId: to });
    expect(enrol(buildWorkshop(), [id], '2027-03-12', codeOf, from).roster[0]).toEqual({ participantId: id, enrolledOn: '2027-03-12', fromWorkshopId: from });
  });

  it('lists everyone ever on the roster or named by a make-up meeting, once', () => {
    const a = randomUUID();
    const b = randomUUID();
    const base = enrol(buildWorkshop(), [a], '2027-03-02', codeOf);
    const workshop = { ...base, meetings: [...base.meetings, { ...base.meetings[0]!, id: randomUUID(), kind: 'make-up' as const, participantIds: [a, b] }] };
    expect(everListedParticipantIds(workshop).sort()).toEqual([a, b].sort());
  });
});
