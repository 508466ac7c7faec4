import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bookingsOf, findConflicts, previewBookings, type Booking } from '../../../core/domain/schedule/conflicts';
import { cancelMeeting } from '../../../core/domain/schedule/edit';
import { generateSchedule } from '../../../core/domain/schedule/generate';
import type { Meeting, Workshop, WorkshopFacilitator, WorkshopSite } from '../../../core/domain/workshop';
import { buildWorkshop } from '../../support/workshops';
import { custodyPlan, deepFreeze, lockdown } from './helpers';

const maya: WorkshopFacilitator = { facilitatorId: randomUUID(), name: 'Maya Ortiz', roles: ['lead'] };
const jordan: WorkshopFacilitator = { facilitatorId: randomUUID(), name: 'Jordan Lee', roles: ['co-facilitator'] };
const hall: WorkshopSite = { siteId: randomUUID(), name: 'Eastlake Juvenile Hall', kind: 'detention' };
const school: WorkshopSite = { siteId: randomUUID(), name: 'Roosevelt Middle School', kind: 'school' };

function meeting(date: string, startTime: string, minutes = 60): Meeting {
  return { id: randomUUID(), date, startTime, minutes, sessionIds: [], kind: 'planned', sequence: 0 };
}

function workshop(title: string, meetings: Meeting[], overrides: Partial<Workshop> = {}): Workshop {
  return buildWorkshop({ title, meetings, facilitators: [maya], ...overrides });
}

/** The conflicts between the meetings of these workshops, as "kind resource: first → second". */
function summary(...workshops: Workshop[]): string[] {
  return findConflicts(workshops.flatMap(bookingsOf)).map(
    (conflict) =>
      `${conflict.kind} ${conflict.resourceName}: ${conflict.first.workshopTitle} ${conflict.first.date} ${conflict.first.startTime}` +
      ` → ${conflict.second.workshopTitle} ${conflict.second.date} ${conflict.second.startTime}`,
  );
}

describe('bookingsOf', () => {
  it('books the facilitators and the site from the meeting start, in the workshop time zone, for its length', () => {
    const first = meeting('2027-03-16', '15:30', 45);
    const group = workshop('Tuesday group', [first], { site: hall, facilitators: [maya, jordan] });
    expect(bookingsOf(group)).toEqual([
      {
        workshopId: group.id,
        workshopTitle: 'Tuesday group',
        meetingId: first.id,
        date: '2027-03-16',
        startTime: '15:30',
        minutes: 45,
        facilitators: [
          { id: maya.facilitatorId, name: 'Maya Ortiz' },
          { id: jordan.facilitatorId, name: 'Jordan Lee' },
        ],
        site: { id: hall.siteId, name: 'Eastlake Juvenile Hall' },
        start: Date.parse('2027-03-16T22:30:00Z'),
        end: Date.parse('2027-03-16T23:15:00Z'),
      },
    ]);
  });

  it('leaves out cancelled meetings, and books nothing for an archived workshop', () => {
    const group = workshop('Tuesday group', [meeting('2027-03-16', '15:30'), meeting('2027-03-23', '15:30')]);
    const cancelled = cancelMeeting(group, group.meetings[0]!.id, lockdown, false, randomUUID);
    expect(bookingsOf(cancelled).map((booking) => booking.date)).toEqual(['2027-03-23']);
    expect(bookingsOf({ ...group, archivedAt: '2027-04-01T00:00:00.000Z' })).toEqual([]);
  });
});

describe('findConflicts', () => {
  it('finds a facilitator booked in two workshops at once, the earlier meeting first', () => {
    const later = workshop('School group', [meeting('2027-03-16', '16:00')]);
    const earlier = workshop('Hall group', [meeting('2027-03-16', '15:30')]);
    const conflicts = findConflicts([...bookingsOf(later), ...bookingsOf(earlier)]);
    expect(conflicts).toEqual([
      {
        kind: 'facilitator',
        resourceId: maya.facilitatorId,
        resourceName: 'Maya Ortiz',
        first: { workshopId: earlier.id, workshopTitle: 'Hall group', meetingId: earlier.meetings[0]!.id, date: '2027-03-16', startTime: '15:30', minutes: 60 },
        second: { workshopId: later.id, workshopTitle: 'School group', meetingId: later.meetings[0]!.id, date: '2027-03-16', startTime: '16:00', minutes: 60 },
      },
    ]);
  });

  it('finds a site booked twice, with different facilitators', () => {
    const a = workshop('Unit A', [meeting('2027-03-16', '15:00')], { site: hall, facilitators: [maya] });
    const b = workshop('Unit B', [meeting('2027-03-16', '15:30')], { site: hall, facilitators: [jordan] });
    expect(summary(a, b)).toEqual(['site Eastlake Juvenile Hall: Unit A 2027-03-16 15:00 → Unit B 2027-03-16 15:30']);
  });

  it('reports a pair once for each facilitator and site they share', () => {
    const a = workshop('Unit A', [meeting('2027-03-16', '15:00')], { site: hall, facilitators: [maya, jordan] });
    const b = workshop('Unit B', [meeting('2027-03-16', '15:30')], { site: hall, facilitators: [jordan, maya] });
    expect(summary(a, b)).toEqual([
      'facilitator Jordan Lee: Unit A 2027-03-16 15:00 → Unit B 2027-03-16 15:30',
      'facilitator Maya Ortiz: Unit A 2027-03-16 15:00 → Unit B 2027-03-16 15:30',
      'site Eastlake Juvenile Hall: Unit A 2027-03-16 15:00 → Unit B 2027-03-16 15:30',
    ]);
  });

  it('does not count back-to-back meetings as a conflict', () => {
    const a = workshop('Unit A', [meeting('2027-03-16', '14:30', 60)], { site: hall });
    const b = workshop('Unit B', [meeting('2027-03-16', '15:30', 60)], { site: hall });
    expect(summary(a, b)).toEqual([]);
  });

  it('ignores overlapping meetings that share no facilitator and no site', () => {
    const a = workshop('Unit A', [meeting('2027-03-16', '15:00')], { site: hall, facilitators: [maya] });
    const b = workshop('School group', [meeting('2027-03-16', '15:30')], { site: school, facilitators: [jordan] });
    expect(summary(a, b)).toEqual([]);
  });

  it('finds two overlapping meetings of the same workshop', () => {
    const group = workshop('Tuesday group', [meeting('2027-03-16', '15:30'), meeting('2027-03-16', '16:00'), meeting('2027-03-23', '15:30')]);
    expect(summary(group)).toEqual(['facilitator Maya Ortiz: Tuesday group 2027-03-16 15:30 → Tuesday group 2027-03-16 16:00']);
  });

  it('compares workshops in different time zones by the instant, across the change to daylight time', () => {
    // 15:30 in Los Angeles is 23:30 UTC before 2027-03-14 and 22:30 UTC after it.
    const losAngeles = workshop('LA group', [meeting('2027-03-09', '15:30', 45), meeting('2027-03-16', '15:30', 45)]);
    const utc = workshop('Online group', [meeting('2027-03-09', '23:45', 30), meeting('2027-03-16', '23:45', 30)], { timeZone: 'UTC' });
    expect(summary(utc, losAngeles)).toEqual(['facilitator Maya Ortiz: LA group 2027-03-09 15:30 → Online group 2027-03-09 23:45']);

    const utcEarlier = workshop('Online group', [meeting('2027-03-16', '22:00', 45)], { timeZone: 'UTC' });
    expect(summary(losAngeles, utcEarlier)).toEqual(['facilitator Maya Ortiz: Online group 2027-03-16 22:00 → LA group 2027-03-16 15:30']);
  });

  it('ignores cancelled meetings and archived workshops', () => {
    const a = workshop('Unit A', [meeting('2027-03-16', '15:30')]);
    const b = workshop('Unit B', [meeting('2027-03-16', '15:30')]);
    expect(summary(a, b)).toHaveLength(1);
    expect(summary(cancelMeeting(a, a.meetings[0]!.id, lockdown, false, randomUUID), b)).toEqual([]);
    expect(summary(a, { ...b, archivedAt: '2027-03-01T00:00:00.000Z' })).toEqual([]);
  });

  it('finds exactly the overlaps among thousands of bookings', () => {
    // Three facilitators each with 3,000 back-to-back hour-long bookings, plus two stray overlapping ones.
    const people = [maya, jordan, { ...maya, facilitatorId: randomUUID(), name: 'Sam Rivera' }];
    const base = Date.parse('2027-01-04T16:00:00Z');
    const hour = 3_600_000;
    const bookings: Booking[] = people.flatMap((person) =>
      Array.from({ length: 3000 }, (_, index) => ({
        workshopId: randomUUID(),
        workshopTitle: `${person.name} ${index}`,
        date: '2027-01-04',
        startTime: '16:00',
        minutes: 60,
        facilitators: [{ id: person.facilitatorId, name: person.name }],
        start: base + index * hour,
        end: base + (index + 1) * hour,
      })),
    );
    const stray = (title: string, index: number): Booking => ({
      ...bookings[index]!,
      workshopTitle: title,
      start: bookings[index]!.start + hour / 2,
      end: bookings[index]!.end + hour / 2,
    });
    bookings.push(stray('Stray 1', 1500), stray('Stray 2', 4700));
    const conflicts = findConflicts(deepFreeze(bookings.reverse()));
    expect(conflicts.map((conflict) => [conflict.resourceName, conflict.first.workshopTitle, conflict.second.workshopTitle])).toEqual([
      ['Maya Ortiz', 'Maya Ortiz 1500', 'Stray 1'],
      ['Maya Ortiz', 'Stray 1', 'Maya Ortiz 1501'],
      ['Jordan Lee', 'Jordan Lee 1700', 'Stray 2'],
      ['Jordan Lee', 'Stray 2', 'Jordan Lee 1701'],
    ]);
  });
});

describe('previewBookings', () => {
  it('checks a schedule that is not saved yet against the saved workshops', () => {
    const saved = workshop('Hall group', [meeting('2027-03-04', '16:00'), meeting('2027-03-11', '09:00')], { site: hall, facilitators: [jordan] });
    const { meetings } = generateSchedule({ ...custodyPlan, weekdays: [4], minutes: 45 }, ['s1', 's2']);
    const preview = previewBookings({ title: 'New spring group', timeZone: 'America/Los_Angeles', facilitators: [maya], site: hall }, meetings);
    expect(
      preview.map(({ workshopId, workshopTitle, date, startTime, minutes, start }) => ({ workshopId, workshopTitle, date, startTime, minutes, start })),
    ).toEqual([
      { workshopId: '', workshopTitle: 'New spring group', date: '2027-03-04', startTime: '15:30', minutes: 45, start: Date.parse('2027-03-04T23:30:00Z') },
      { workshopId: '', workshopTitle: 'New spring group', date: '2027-03-11', startTime: '15:30', minutes: 45, start: Date.parse('2027-03-11T23:30:00Z') },
    ]);
    expect(preview[0]).not.toHaveProperty('meetingId');

    expect(findConflicts([...bookingsOf(saved), ...preview])).toEqual([
      {
        kind: 'site',
        resourceId: hall.siteId,
        resourceName: 'Eastlake Juvenile Hall',
        first: { workshopId: '', workshopTitle: 'New spring group', date: '2027-03-04', startTime: '15:30', minutes: 45 },
        second: { workshopId: saved.id, workshopTitle: 'Hall group', meetingId: saved.meetings[0]!.id, date: '2027-03-04', startTime: '16:00', minutes: 60 },
      },
    ]);
  });

  it('books no site when the draft has none', () => {
    const preview = previewBookings({ title: 'Draft', timeZone: 'UTC', facilitators: [] }, [
      { date: '2027-03-04', startTime: '10:00', minutes: 30, sessionIds: [] },
    ]);
    expect(preview[0]).not.toHaveProperty('site');
    expect(preview[0]!.end - preview[0]!.start).toBe(30 * 60_000);
  });
});
