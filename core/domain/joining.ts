import type { CivilDate } from './calendar/civil';
import { sessionsCoveredBy } from './progress/sessions';
import type { Workshop } from './workshop';

/** Joining a group later than its module allows: the rule, and the first session the youth would have. */
export interface LateJoining {
  rule: 'closed' | 'closed-after';
  /** The last session youth may join at: 1 for a closed group. */
  lastJoinSession: number;
  /** The first session of the module not yet held (or planned) before the day they join. */
  firstSession: number;
}

/**
 * Whether enrolling someone on `enrolledOn` goes against the module's joining rule: a closed group
 * takes no one after its first session, a closed-after group no one after session N. Only a warning:
 * a young person who is in the room is always enrolled and recorded.
 */
export function lateJoining(workshop: Pick<Workshop, 'module' | 'meetings'>, enrolledOn: CivilDate): LateJoining | undefined {
  const { joining } = workshop.module.delivery;
  if (joining.rule === 'open') return undefined;
  const lastJoinSession = joining.rule === 'closed-after' ? (joining.afterSession ?? 1) : 1;
  const before = sessionsCoveredBy(workshop.meetings.filter((meeting) => !meeting.cancellation && meeting.kind === 'planned' && meeting.date < enrolledOn));
  const next = workshop.module.sessions.find((session) => !before.has(session.id));
  const firstSession = next?.number ?? workshop.module.sessions.length + 1;
  return firstSession > lastJoinSession ? { rule: joining.rule, lastJoinSession, firstSession } : undefined;
}
