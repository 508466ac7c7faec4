import { describe, expect, it } from 'vitest';
import { completionRule, sessionsNeeded } from '../../../core/domain/progress';
import { custodySeries, statuses } from './helpers';

const settingsCredit = { source: 'settings', statuses: ['present', 'late', 'left-early'], madeUpCounts: true, excusedMadeUpOnly: false };

describe('completionRule', () => {
  it("is the module's rule when the workshop has none of its own", () => {
    expect(completionRule(custodySeries(), statuses)).toEqual({
      source: 'module',
      minimumPercent: 70,
      requiredSessionIds: ['session-1'],
      credit: settingsCredit,
    });
  });

  it("is the workshop's own rule when it has one", () => {
    const workshop = custodySeries('one', { completion: { minimumSessions: 6, requiredSessionIds: ['session-2', 'session-10'] } });
    expect(completionRule(workshop, statuses)).toEqual({
      source: 'workshop',
      minimumSessions: 6,
      requiredSessionIds: ['session-2', 'session-10'],
      credit: settingsCredit,
    });
  });
});

describe('sessionsNeeded', () => {
  it('rounds a percentage of the module sessions up, without floating-point surprises', () => {
    const percent = (minimumPercent: number) => ({ minimumPercent });
    expect(sessionsNeeded(percent(70), 10)).toBe(7);
    expect(sessionsNeeded(percent(70), 9)).toBe(7);
    expect(sessionsNeeded(percent(7), 100)).toBe(7);
    expect(sessionsNeeded(percent(100), 12)).toBe(12);
  });

  it('is the number itself for a minimum number of sessions', () => {
    expect(sessionsNeeded({ minimumSessions: 4 }, 10)).toBe(4);
  });
});
