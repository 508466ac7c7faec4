import { randomUUID } from 'node:crypto';
import { generateSchedule } from '../../../core/domain/schedule/generate';
import type { Cancellation, SchedulePlan, Workshop } from '../../../core/domain/workshop';
import { custodyModule } from '../../support/sampleModules';
import { buildWorkshop } from '../../support/workshops';

/** The five-week juvenile-hall series: ten sessions, Tuesdays and Thursdays at 15:30 from 2027-03-02. */
export const custodyPlan: SchedulePlan = {
  startDate: '2027-03-02',
  weekdays: [2, 4],
  startTime: '15:30',
  minutes: 60,
  everyWeeks: 1,
  coverage: 'one',
  skipDates: [],
};

export const custodySessionIds = custodyModule().sessions.map((session) => session.id);

/** A saved workshop on the ten-session custody module, its meetings made by the generator. */
export function custodyWorkshop(plan: Partial<SchedulePlan> = {}, overrides: Partial<Workshop> = {}): Workshop {
  const fullPlan = { ...custodyPlan, ...plan };
  const module = custodyModule();
  const { meetings } = generateSchedule(
    fullPlan,
    module.sessions.map((session) => session.id),
  );
  return buildWorkshop({
    module,
    plan: fullPlan,
    meetings: meetings.map((meeting) => ({ ...meeting, id: randomUUID(), kind: 'planned', sequence: 0 })),
    ...overrides,
  });
}

export const lockdown: Cancellation = { reason: 'lockdown', note: 'Unit on lockdown', at: '2027-03-09T20:00:00.000Z' };

/** Freezes `value` and everything it holds, as the services may hand in. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The first `count` values of an iterator. */
export function take<T>(iterator: Iterator<T>, count: number): T[] {
  const values: T[] = [];
  while (values.length < count) {
    const next = iterator.next();
    if (next.done) break;
    values.push(next.value);
  }
  return values;
}
