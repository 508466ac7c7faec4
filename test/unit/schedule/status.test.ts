import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cancelMeeting } from '../../../core/domain/schedule/edit';
import { workshopStatus } from '../../../core/domain/schedule/status';
import { buildWorkshop } from '../../support/workshops';
import { lockdown } from './helpers';

// buildWorkshop meets on 2027-03-02 and 2027-03-09.
describe('workshopStatus', () => {
  it('is planned before the first meeting', () => {
    expect(workshopStatus(buildWorkshop(), '2027-03-01')).toBe('planned');
  });

  it('is running on the day of the first meeting, between meetings and on the last day', () => {
    const workshop = buildWorkshop();
    expect(workshopStatus(workshop, '2027-03-02')).toBe('running');
    expect(workshopStatus(workshop, '2027-03-05')).toBe('running');
    expect(workshopStatus(workshop, '2027-03-09')).toBe('running');
  });

  it('is finished after the last meeting', () => {
    expect(workshopStatus(buildWorkshop(), '2027-03-10')).toBe('finished');
  });

  it('is planned when there are no meetings', () => {
    expect(workshopStatus(buildWorkshop({ meetings: [] }), '2027-03-05')).toBe('planned');
  });

  it('is archived whatever the meetings say', () => {
    expect(workshopStatus(buildWorkshop({ archivedAt: '2027-03-05T12:00:00.000Z' }), '2027-03-05')).toBe('archived');
    expect(workshopStatus(buildWorkshop({ archivedAt: '2027-02-05T12:00:00.000Z' }), '2027-02-01')).toBe('archived');
  });

  it('does not count cancelled meetings', () => {
    const workshop = buildWorkshop();
    const [first, last] = workshop.meetings;
    const firstCancelled = cancelMeeting(workshop, first!.id, lockdown, false, randomUUID);
    expect(workshopStatus(firstCancelled, '2027-03-02')).toBe('planned');
    const lastCancelled = cancelMeeting(workshop, last!.id, lockdown, false, randomUUID);
    expect(workshopStatus(lastCancelled, '2027-03-05')).toBe('finished');
    const allCancelled = cancelMeeting(firstCancelled, last!.id, lockdown, false, randomUUID);
    expect(workshopStatus(allCancelled, '2027-03-05')).toBe('planned');
  });
});
