import { AppFailure } from '../../../core/contract/result';
import { RosterError } from '../../../core/domain/roster/rules';
import { ScheduleError } from '../../../core/domain/schedule';

/** Runs a domain rule, turning its refusal into a failure the renderer shows as it is. */
export function applyRule<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof ScheduleError || error instanceof RosterError) {
      throw new AppFailure(error.code === 'not-found' ? 'not-found' : 'invalid-input', error.reason);
    }
    // The schedule's pattern refuses to run on for decades (a date far in the future).
    if (error instanceof RangeError) throw new AppFailure('invalid-input', { code: 'schedule-too-far' });
    throw error;
  }
}
