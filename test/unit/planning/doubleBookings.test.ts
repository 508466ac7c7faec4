import { describe, expect, it } from 'vitest';
import { juvenileHallDraft, planningHarness } from './harness';

describe('schedule.range: the program’s double bookings, from the workshop files', () => {
  it('lists a facilitator booked in two groups at once, with both groups’ people and sites, only for the range asked', async () => {
    const app = await planningHarness();
    const ana = (await app.call('settings.saveFacilitator', { name: 'Ana Reyes', roles: ['lead'] })).facilitators[0]!.id;
    const sites = (await app.call('settings.saveSite', { name: 'Eastlake Juvenile Hall', kind: 'detention' })).sites;
    const hall = sites[0]!.id;
    const school = (await app.call('settings.saveSite', { name: 'Roosevelt Middle School', kind: 'school' })).sites[1]!.id;
    const { plan } = juvenileHallDraft();
    // Tuesdays and Thursdays at 15:30 at the hall; Tuesdays at 16:00 at the school, both led by Ana.
    await app.call('workshops.create', juvenileHallDraft({ title: 'Hall group', siteId: hall, facilitators: [{ facilitatorId: ana, roles: ['lead'] }] }));
    await app.call(
      'workshops.create',
      juvenileHallDraft({
        title: 'School group',
        siteId: school,
        facilitators: [{ facilitatorId: ana, roles: ['lead'] }],
        plan: { ...plan, weekdays: [2], startTime: '16:00' },
      }),
    );

    const week = await app.call('schedule.range', { from: '2027-03-08', to: '2027-03-14' });
    expect(week.doubleBookings).toEqual([
      {
        kind: 'facilitator',
        resourceId: ana,
        resourceName: 'Ana Reyes',
        first: expect.objectContaining({
          workshopTitle: 'Hall group',
          date: '2027-03-09',
          startTime: '15:30',
          facilitatorNames: ['Ana Reyes'],
          siteName: 'Eastlake Juvenile Hall',
        }),
        second: expect.objectContaining({
          workshopTitle: 'School group',
          date: '2027-03-09',
          startTime: '16:00',
          facilitatorNames: ['Ana Reyes'],
          siteName: 'Roosevelt Middle School',
        }),
      },
    ]);
    expect(week.meetings.filter((occurrence) => occurrence.hasConflict).map((occurrence) => occurrence.workshopTitle)).toEqual(['Hall group', 'School group']);
    // The hall group's Thursday is nobody's clash.
    expect((await app.call('schedule.range', { from: '2027-03-11', to: '2027-03-11' })).doubleBookings).toEqual([]);
  });
});
