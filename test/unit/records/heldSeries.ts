import { juvenileHallDraft, planningHarness, type PlanningHarness } from '../planning/harness';

/** After the five-week series (Tue/Thu 2 March – 1 April 2027) has ended. */
export const AFTER_SERIES = '2027-04-10T18:00:00.000Z';
export const TITLE = 'Knowing Your Worth – Unit B';
export const AUDIENCE = 'Girls 14–17, Unit B';

/**
 * The whole series held and marked, for five young people (the module asks for 70% of its 10 sessions,
 * that is 7, including session 1):
 *   001 present at all 10 → complete;          002 present at 7 (absent 8–10) → complete;
 *   003 present at 6 (absent 7–10) → not;      004 absent at 1, present 2–10 → not (session 1 is required);
 *   005 joins on 16 March (meeting 5) and is present from then on → not (6 sessions).
 */
export async function heldSeries(app: PlanningHarness) {
  await app.call('settings.setOrganisation', { name: 'Harbor Youth Services' });
  await app.call('settings.setPreferences', { allowFullNames: true });
  const settings = await app.call('settings.saveFacilitator', { name: 'Ana Reyes', roles: ['survivor-mentor'] });
  const withSite = await app.call('settings.saveSite', { name: 'Hillcrest Juvenile Hall', kind: 'detention' });
  const people = [
    { code: 'JH-26-001', initials: 'AB', fullName: 'Ana Bell' },
    { code: 'JH-26-002', initials: 'CD' },
    { code: 'JH-26-003' },
    { code: 'JH-26-004' },
  ];
  const ids: string[] = [];
  for (const person of people) ids.push((await app.call('participants.save', person)).participant.id);
  const created = await app.call(
    'workshops.create',
    juvenileHallDraft({
      title: TITLE,
      audience: AUDIENCE,
      participantIds: ids,
      siteId: withSite.sites[0]!.id,
      facilitators: [{ facilitatorId: settings.facilitators[0]!.id, roles: ['survivor-mentor'] }],
    }),
  );
  const workshopId = created.workshop.id;
  const late = (await app.call('participants.save', { code: 'JH-26-005' })).participant.id;
  await app.call('roster.enrol', { workshopId, participantIds: [late], enrolledOn: '2027-03-16' });
  const [p1, p2, p3, p4] = ids as [string, string, string, string];
  const meetings = created.workshop.meetings.map((meeting) => meeting.id);
  const absent: Record<string, number[]> = { [p2]: [8, 9, 10], [p3]: [7, 8, 9, 10], [p4]: [1] };
  for (const [index, meetingId] of meetings.entries()) {
    for (const participantId of [p1, p2, p3, p4, late]) {
      if (participantId === late && index < 4) continue;
      const statusId = absent[participantId]?.includes(index + 1) ? 'absent' : 'present';
      await app.call('attendance.mark', { workshopId, meetingId, participantId, statusId, confirmPastEdit: true });
    }
  }
  return { workshopId, meetings, ids: { p1, p2, p3, p4, p5: late } };
}

export async function heldSeriesHarness() {
  const app = await planningHarness({ now: AFTER_SERIES });
  return { app, ...(await heldSeries(app)) };
}
