import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { doubleBookingsBetween } from '../../../core/domain/schedule/doubleBookings';
import type { Meeting, Workshop, WorkshopFacilitator, WorkshopSite } from '../../../core/domain/workshop';
import { buildWorkshop } from '../../support/workshops';

const maya: WorkshopFacilitator = { facilitatorId: randomUUID(), name: 'Maya Ortiz', roles: ['lead'] };
const jordan: WorkshopFacilitator = { facilitatorId: randomUUID(), name: 'Jordan Lee', roles: ['lead'] };
const sam: WorkshopFacilitator = { facilitatorId: randomUUID(), name: 'Sam Rivera', roles: ['co-facilitator'] };
const hall: WorkshopSite = { siteId: randomUUID(), name: 'Eastlake Juvenile Hall', kind: 'detention' };
const school: WorkshopSite = { siteId: randomUUID(), name: 'Roosevelt Middle School', kind: 'school' };

function meeting(date: string, startTime: string, minutes = 60): Meeting {
  return { id: randomUUID(), date, startTime, minutes, sessionIds: [], kind: 'planned', sequence: 0 };
}

/** A group as one facilitator's laptop planned it: their own facilitators and site. */
function group(title: string, facilitators: WorkshopFacilitator[], site: WorkshopSite | undefined, meetings: Meeting[]): Workshop {
  return buildWorkshop({ title, facilitators, meetings, ...(site ? { site } : {}) });
}

/** "kind resource: first (people @ site) → second (people @ site)". */
function described(workshops: Workshop[], from = '2027-03-01', to = '2027-03-31'): string[] {
  return doubleBookingsBetween(workshops, from, to).map(({ kind, resourceName, first, second }) => {
    const side = (booking: typeof first) =>
      `${booking.workshopTitle} ${booking.date} ${booking.startTime} (${booking.facilitatorNames.join(' & ')} @ ${booking.siteName ?? 'no site'})`;
    return `${kind} ${resourceName}: ${side(first)} → ${side(second)}`;
  });
}

describe('doubleBookingsBetween: clashes across the program', () => {
  it('names both groups, their facilitators and site, for a facilitator in two groups and a site with two groups', () => {
    const mayaAtHall = group('Hall boys', [maya], hall, [meeting('2027-03-16', '15:00')]);
    const mayaAtSchool = group('School girls', [maya, sam], school, [meeting('2027-03-16', '15:30')]);
    const jordanAtHall = group('Hall girls', [jordan], hall, [meeting('2027-03-16', '15:45')]);
    expect(described([mayaAtHall, mayaAtSchool, jordanAtHall])).toEqual([
      'facilitator Maya Ortiz: Hall boys 2027-03-16 15:00 (Maya Ortiz @ Eastlake Juvenile Hall) → School girls 2027-03-16 15:30 (Maya Ortiz & Sam Rivera @ Roosevelt Middle School)',
      'site Eastlake Juvenile Hall: Hall boys 2027-03-16 15:00 (Maya Ortiz @ Eastlake Juvenile Hall) → Hall girls 2027-03-16 15:45 (Jordan Lee @ Eastlake Juvenile Hall)',
    ]);
  });

  it('finds nothing between groups of different facilitators at different sites, or meetings one after the other', () => {
    const a = group('Hall boys', [maya], hall, [meeting('2027-03-16', '15:00')]);
    const b = group('School girls', [jordan], school, [meeting('2027-03-16', '15:00')]);
    const c = group('Hall girls', [jordan], hall, [meeting('2027-03-16', '16:00')]);
    expect(described([a, b, c])).toEqual([]);
  });

  it('keeps only the clashes with a meeting in the range asked for, and leaves archived groups out', () => {
    const a = group('Hall boys', [maya], undefined, [meeting('2027-03-16', '15:00'), meeting('2027-04-06', '15:00')]);
    const b = group('School girls', [maya], undefined, [meeting('2027-03-16', '15:30'), meeting('2027-04-06', '15:30')]);
    expect(described([a, b], '2027-04-01', '2027-04-30')).toEqual([
      'facilitator Maya Ortiz: Hall boys 2027-04-06 15:00 (Maya Ortiz @ no site) → School girls 2027-04-06 15:30 (Maya Ortiz @ no site)',
    ]);
    expect(described([a, { ...b, archivedAt: '2027-03-01T00:00:00.000Z' }])).toEqual([]);
  });

  it('finds the clashes among 40 groups of eight facilitators without inventing any', () => {
    const people = Array.from({ length: 8 }, (_, index): WorkshopFacilitator => ({
      facilitatorId: randomUUID(),
      name: `Facilitator ${index + 1}`,
      roles: ['lead'],
    }));
    const sites = Array.from({ length: 8 }, (_, index): WorkshopSite => ({ siteId: randomUUID(), name: `Site ${index + 1}`, kind: 'school' }));
    // Eight groups an hour from 9:00 to 13:00, each hour every facilitator and every site once (in a different pairing).
    const groups = Array.from({ length: 40 }, (_, n) => {
      const hour = Math.floor(n / 8);
      const start = `${String(9 + hour).padStart(2, '0')}:00`;
      return group(`Group ${n + 1}`, [people[n % 8]!], sites[(n + hour) % 8]!, [meeting('2027-03-16', start)]);
    });
    expect(described(groups)).toEqual([]);
    // One more group for facilitator 1 at site 2, overlapping group 1 (facilitator 1, site 1, 9:00) and group 2 (facilitator 2, site 2, 9:00).
    const extra = group('Extra group', [people[0]!], sites[1]!, [meeting('2027-03-16', '09:30', 30)]);
    expect(described([...groups, extra])).toEqual([
      'facilitator Facilitator 1: Group 1 2027-03-16 09:00 (Facilitator 1 @ Site 1) → Extra group 2027-03-16 09:30 (Facilitator 1 @ Site 2)',
      'site Site 2: Group 2 2027-03-16 09:00 (Facilitator 2 @ Site 2) → Extra group 2027-03-16 09:30 (Facilitator 1 @ Site 2)',
    ]);
  });
});
