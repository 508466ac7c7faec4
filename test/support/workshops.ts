import { randomUUID } from 'node:crypto';
import { WORKSHOP_SCHEMA_VERSION, type Workshop } from '../../core/domain/workshop';
import { sampleModule } from './sampleModules';

/**
 * A valid workshop on the small test module: two weekly meetings from 2027-03-02 at 15:30 in
 * Los Angeles, no roster. Override what a test is about.
 */
export function buildWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  const module = sampleModule();
  const at = overrides.createdAt ?? '2027-02-01T12:00:00.000Z';
  return {
    schemaVersion: WORKSHOP_SCHEMA_VERSION,
    id: randomUUID(),
    title: 'Tuesday group',
    audience: 'Ages 13–17',
    facilitators: [],
    timeZone: 'America/Los_Angeles',
    module,
    plan: { startDate: '2027-03-02', weekdays: [2], startTime: '15:30', minutes: 45, everyWeeks: 1, coverage: 'one', skipDates: [] },
    meetings: module.sessions.map((session, index) => ({
      id: randomUUID(),
      date: index === 0 ? '2027-03-02' : '2027-03-09',
      startTime: '15:30',
      minutes: 45,
      sessionIds: [session.id],
      kind: 'planned' as const,
      sequence: 0,
    })),
    roster: [],
    agreements: [],
    attendance: [],
    presence: [],
    runs: [],
    followUps: [],
    audit: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
