import { describe, expect, it } from 'vitest';
import type { Joining } from '../../../core/domain/curriculum/schema';
import { lateJoining } from '../../../core/domain/joining';
import type { Workshop } from '../../../core/domain/workshop';
import { cancel, custodySeries, meetingOn } from './helpers';

/** The custody series (sessions 1-10 on 03-02, 03-04, 03-09, 03-11...) under a joining rule. */
function seriesJoining(joining: Joining): Workshop {
  const workshop = custodySeries();
  return { ...workshop, module: { ...workshop.module, delivery: { ...workshop.module.delivery, joining } } };
}

describe('lateJoining: the module joining rule on the roster', () => {
  it('never warns for an open group', () => {
    expect(lateJoining(seriesJoining({ rule: 'open' }), '2027-03-30')).toBeUndefined();
  });

  it('warns for a closed group once its first session is behind', () => {
    const closed = seriesJoining({ rule: 'closed' });
    expect(lateJoining(closed, '2027-03-02')).toBeUndefined();
    expect(lateJoining(closed, '2027-03-03')).toEqual({ rule: 'closed', lastJoinSession: 1, firstSession: 2 });
  });

  it('lets youth join up to and including session N of a closed-after group, and warns after it', () => {
    const closedAfterTwo = seriesJoining({ rule: 'closed-after', afterSession: 2 });
    expect(lateJoining(closedAfterTwo, '2027-03-04')).toBeUndefined(); // the day of session 2
    expect(lateJoining(closedAfterTwo, '2027-03-05')).toEqual({ rule: 'closed-after', lastJoinSession: 2, firstSession: 3 });
  });

  it('does not count a cancelled meeting as a session behind them', () => {
    const closedAfterTwo = seriesJoining({ rule: 'closed-after', afterSession: 2 });
    const cancelled = cancel(closedAfterTwo, meetingOn(closedAfterTwo, '2027-03-04'));
    expect(lateJoining(cancelled, '2027-03-05')).toBeUndefined();
  });
});
