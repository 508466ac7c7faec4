import type { Meeting } from '../workshop';

type Coverage = Pick<Meeting, 'sessionIds' | 'part'>;

/**
 * The sessions these meetings cover in full. A meeting without a part (a whole session, two sessions,
 * or a make-up) covers each of its sessions; a half of a split session counts only together with the
 * other half, from whichever meetings they came.
 */
export function sessionsCoveredBy(meetings: Iterable<Coverage>): Set<string> {
  const whole = new Set<string>();
  const halves = new Map<string, Set<1 | 2>>();
  for (const meeting of meetings) {
    for (const sessionId of meeting.sessionIds) {
      if (meeting.part === undefined) {
        whole.add(sessionId);
        continue;
      }
      const parts = halves.get(sessionId) ?? new Set<1 | 2>();
      parts.add(meeting.part);
      halves.set(sessionId, parts);
    }
  }
  for (const [sessionId, parts] of halves) if (parts.size === 2) whole.add(sessionId);
  return whole;
}
