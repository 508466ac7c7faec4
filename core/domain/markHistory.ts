/**
 * Which version of an attendance mark came from which, so two computers can tell a mark changed on
 * one of them since they last agreed (it merges) from one changed on both (a conflict). A version
 * is named by the instant it was marked (`at`); each mark lists the versions it replaced
 * (`earlier`, oldest first). Pure: bundle imports and the program hub use it.
 */
import { MARK_HISTORY_LENGTH, type AttendanceMark } from './attendance';

export { MARK_HISTORY_LENGTH };

/** `next` as the version that replaces `previous` (when there was one) on this computer. */
export function replacing(previous: AttendanceMark | undefined, next: AttendanceMark): AttendanceMark {
  if (!previous) return next;
  return { ...next, earlier: [...(previous.earlier ?? []), previous.at].slice(-MARK_HISTORY_LENGTH) };
}

/**
 * Three-way merge of one mark held on both sides:
 * - `same`: the same version, nothing to do;
 * - `mine` / `theirs`: only that side changed since the version both had: it wins, silently;
 * - `agree`: both changed, to the same status and reason: nothing to do;
 * - `conflict`: both changed, differently: the person chooses (see `settled`).
 */
export type MarkMerge = 'same' | 'mine' | 'theirs' | 'agree' | 'conflict';

const sameStatus = (a: AttendanceMark, b: AttendanceMark) => a.statusId === b.statusId && a.reasonId === b.reasonId;

/**
 * One version held on two sides: the same instant and the same status. Two computers can mark the
 * same person at the same instant (clocks alike), differently: two versions, not one.
 */
export function sameVersion(a: AttendanceMark, b: AttendanceMark): boolean {
  return a.at === b.at && sameStatus(a, b);
}

export function mergeMark(mine: AttendanceMark, theirs: AttendanceMark): MarkMerge {
  if (sameVersion(mine, theirs)) return 'same';
  if (theirs.earlier?.includes(mine.at)) return 'theirs';
  if (mine.earlier?.includes(theirs.at)) return 'mine';
  return sameStatus(mine, theirs) ? 'agree' : 'conflict';
}

/** One version of a mark held on two sides: it replaced what either side says it replaced. */
export function sameVersionTogether(mine: AttendanceMark, theirs: AttendanceMark): AttendanceMark {
  const earlier = [...new Set([...(mine.earlier ?? []), ...(theirs.earlier ?? [])])].sort();
  return { ...mine, earlier: earlier.slice(-MARK_HISTORY_LENGTH) };
}

/**
 * The kept side of a settled conflict, now also replacing the other side's version: the computer
 * that held the other side takes it without asking again.
 */
export function settled(kept: AttendanceMark, other: AttendanceMark): AttendanceMark {
  const earlier = [...new Set([...(kept.earlier ?? []), ...(other.earlier ?? []), other.at])].sort();
  return { ...kept, earlier: earlier.slice(-MARK_HISTORY_LENGTH) };
}
