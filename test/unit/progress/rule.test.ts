import { describe, expect, it } from 'vitest';
import { completionRule, sessionsNeeded } from '../../../electron/domain/progress';
import { custodySeries } from './helpers';

describe('completionRule', () => {
  it("is the module's rule when the workshop has none of its own", () => {
    expect(completionRule(custodySeries())).toEqual({ source: 'module', minimumPercent: 70, requiredSessionIds: ['session-1'] });
  });

  it("is the workshop's own rule when it has one", () => {
    const workshop = custodySeries('one', { completion: { minimumSessions: 6, requiredSessionIds: ['session-2', 'session-10'] } });
    expect(completionRule(workshop)).toEqual({ source: 'workshop', minimumSessions: 6, requiredSessionIds: ['session-2', 'session-10'] });
  });
});

describe('sessionsNeeded', () => {
  it('rounds a percentage of the module sessions up, without floating-point surprises', () => {
    const percent = (minimumPercent: number) => ({ source: 'module' as const, minimumPercent, requiredSessionIds: [] });
    expect(sessionsNeeded(percent(70), 10)).toBe(7);
    expect(sessionsNeeded(percent(70), 9)).toBe(7);
    expect(sessionsNeeded(percent(7), 100)).toBe(7);
    expect(sessionsNeeded(percent(100), 12)).toBe(12);
  });

  it('is the number itself for a minimum number of sessions', () => {
    expect(sessionsNeeded({ source: 'workshop', minimumSessions: 4, requiredSessionIds: [] }, 10)).toBe(4);
  });
});
